// Status, supersede, link and renumber over a whole log: every edit computed first, then written atomically.
import { readFile, unlink } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { Decision } from "../model/index.js";
import { loadLog, type DecisionLog } from "./load.js";
import { loadConfig, resolveAdrDir, displayPath, type LoadedConfig } from "./config.js";
import { addLink, markSuperseded, setStatus, LINK_LABELS, REVERSE_RELATION } from "./edit.js";
import { createExclusive, writeFileAtomic, writeChanges, type FileChange } from "./atomic.js";
import { RepoError, checkStatus, editDecision, findDecision, linkTarget, parseRelation } from "./links.js";
import { planRenumber, type RenumberPlan } from "./renumber.js";

export interface OpenLog extends DecisionLog {
  config: LoadedConfig;
  /** Whether the directory exists (a missing one opens as an empty log when allowed). */
  exists: boolean;
}

export interface OpenLogOptions {
  dir?: string;
  cwd?: string;
  /** Open a missing directory as an empty log instead of failing. */
  allowMissing?: boolean;
}

/** Finds the ADR directory and loads it; decision paths are relative to the directory. */
export async function openLog(options: OpenLogOptions = {}): Promise<OpenLog> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = await loadConfig(cwd);
  const found = await resolveAdrDir({ dir: options.dir, cwd, loaded: config });
  if (!found.exists) {
    if (options.allowMissing) return { dir: found.dir, decisions: [], failures: [], config, exists: false };
    const named = found.from ? ` (named by ${displayPath(found.from, cwd)})` : "";
    throw new RepoError(`${displayPath(found.dir, cwd)}: no ADR directory here${named}; run 'adrkit init' or pass --dir`);
  }
  const { statuses, limits, parseTimeoutMs } = config.config;
  const log = await loadLog(found.dir, {
    root: found.dir,
    parse: { statuses, limits: { ...limits, ...(parseTimeoutMs ? { parseTimeoutMs } : {}) } },
  });
  return { ...log, config, exists: true };
}

export function decisionFile(log: DecisionLog, decision: Decision): string {
  return resolve(log.dir, decision.path);
}

/** Sets a decision's status in its own format; the same status again changes no byte. */
export async function setDecisionStatus(log: OpenLog, number: number, status: string): Promise<FileChange> {
  const decision = findDecision(log, number);
  const wanted = checkStatus(status, log.config);
  const change = editDecision(log.dir, decision, (text, hints) => setStatus(text, wanted, hints));
  await writeChanges([change]);
  return change;
}

/** Marks `oldNumber` superseded by `newNumber` and records the link both ways. */
export async function supersedeDecision(log: OpenLog, oldNumber: number, newNumber: number): Promise<FileChange[]> {
  if (oldNumber === newNumber) throw new RepoError(`an ADR cannot supersede itself (${oldNumber})`);
  const older = findDecision(log, oldNumber);
  const newer = findDecision(log, newNumber);
  const changes = [
    editDecision(log.dir, older, (text, hints) => markSuperseded(text, linkTarget(older, newer), hints)),
    editDecision(log.dir, newer, (text, hints) => addLink(text, "supersedes", linkTarget(newer, older), hints)),
  ];
  await writeChanges(changes);
  return changes;
}

/** Links `from` to `to` with `relation`, and `to` back to `from` with the reverse relation. */
export async function linkDecisions(
  log: OpenLog,
  fromNumber: number,
  relationLabel: string,
  toNumber: number,
  reverseLabel?: string,
): Promise<FileChange[]> {
  if (fromNumber === toNumber) throw new RepoError(`an ADR cannot link to itself (${fromNumber})`);
  const from = findDecision(log, fromNumber);
  const to = findDecision(log, toNumber);
  const forward = parseRelation(relationLabel);
  if (!reverseLabel && !forward.known) {
    throw new RepoError(`"${relationLabel}" has no standard reverse; give it as the last argument, e.g. adrkit link ${fromNumber} "${relationLabel}" ${toNumber} "${relationLabel} by"`);
  }
  const reverse = reverseLabel ? parseRelation(reverseLabel) : parseRelation(LINK_LABELS[REVERSE_RELATION[forward.relation]]);
  const changes = [
    editDecision(log.dir, from, (text, hints) => addLink(text, forward.relation, linkTarget(from, to), hints, forward.label)),
    editDecision(log.dir, to, (text, hints) => addLink(text, reverse.relation, linkTarget(to, from), hints, reverse.label)),
  ];
  await writeChanges(changes);
  return changes;
}

export interface RenumberResult extends RenumberPlan {
  dir: string;
  /** Files written (rewritten links), absolute paths. Empty on a dry run. */
  written: string[];
}

/**
 * Gives later duplicates of a number the next free numbers. Each renamed file is created under its new name
 * (exclusive create, so nothing is overwritten) before the old name is removed, and every other file whose links
 * change is rewritten atomically. With `dryRun` nothing is written.
 */
export async function renumberLog(log: OpenLog, options: { dryRun?: boolean } = {}): Promise<RenumberResult> {
  const files = await Promise.all(log.decisions.map(async (d) => ({
    name: d.path.split(sep).join("/"),
    number: d.number,
    date: d.date,
    text: await readFile(decisionFile(log, d), "utf8"),
  })));
  const plan = planRenumber(files);
  const written: string[] = [];
  if (options.dryRun) return { ...plan, dir: log.dir, written };
  const byName = new Map(files.map((f) => [f.name, f.text]));
  for (const r of plan.renames) {
    const target = join(log.dir, r.to);
    await createExclusive(target, plan.rewrites.get(r.from) ?? byName.get(r.from)!);
    await unlink(join(log.dir, r.from));
    written.push(target);
  }
  const renamed = new Set(plan.renames.map((r) => r.from));
  for (const [name, text] of plan.rewrites) {
    if (renamed.has(name)) continue;
    await writeFileAtomic(join(log.dir, name), text);
    written.push(join(log.dir, name));
  }
  return { ...plan, dir: log.dir, written };
}


/** The fields of a decision that `list --json` and `show --json` print. */
export function decisionSummary(d: Decision) {
  return {
    number: d.number, title: d.title, status: d.status.value, statusText: d.status.raw, date: d.date, format: d.format,
    path: d.path, tags: d.tags, people: d.people, reviewBy: d.reviewBy,
    links: d.links.map((l) => ({ relation: l.relation, number: l.number, target: l.target })),
  };
}
