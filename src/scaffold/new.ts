// `adrkit new` as a library call: the next numbered ADR from a template, with its links written both ways.
import { mkdir, unlink } from "node:fs/promises";
import { resolve } from "node:path";
import type { Decision, Format } from "../model/index.js";
// Only light modules load up front: the parser is needed just when the new ADR links to others or must match
// the log's format, and 32 `adrkit new` started at once should not each pay for it.
import { addLink, editHints, markSuperseded, LINK_LABELS, REVERSE_RELATION, type EditHints } from "../repo/edit.js";
import { addFrontMatterListItem, frontMatterValue, hasFrontMatter } from "../repo/front-matter-edit.js";
import { createNumberedFile, takenNumbers } from "../repo/numbering.js";
import { slugify } from "../repo/slug.js";
import { loadConfig, resolveAdrDir } from "../repo/config.js";
import { writeChanges, type FileChange } from "../repo/atomic.js";
import { checkStatus, editDecision, findDecision, linkTarget, parseRelation, RepoError } from "../repo/links.js";
import type { OpenLog } from "../repo/operations.js";
import { isTemplateName, loadTemplate, renderTemplate, today, type TemplateName } from "./template.js";

export interface LinkRequest {
  number: number;
  /** The relation from the new ADR to `number` ("Amends"). */
  relation: string;
  /** The relation written back into `number` ("Amended by"); the standard reverse when omitted. */
  reverse?: string;
}

export interface NewDecisionOptions {
  title: string;
  cwd?: string;
  dir?: string;
  /** "adrkit", "nygard", "madr" or a template path; default: the config's, else the log's own format. */
  template?: string;
  status?: string;
  supersedes?: number[];
  links?: LinkRequest[];
  tags?: string[];
  deciders?: string[];
  /** ISO date written into the ADR (default: today, or ADRKIT_TODAY). */
  date?: string;
}

export interface NewDecisionResult {
  path: string;
  number: number;
  fileName: string;
  template: string;
  /** Existing ADRs that now link back to the new one. */
  updated: string[];
}

/** Parses `--link "N:Amends:Amended by"`. */
export function parseLinkRequest(text: string): LinkRequest {
  const [number, relation, reverse] = text.split(":").map((s) => s.trim());
  const n = Number(number);
  if (!/^\d{1,6}$/.test(number ?? "") || !relation) {
    throw new RepoError(`--link "${text}": write it as N:Relation[:Reverse relation], e.g. --link "3:Amends:Amended by"`);
  }
  return { number: n, relation, ...(reverse ? { reverse } : {}) };
}

/** The template a log is written in, so that a new ADR matches its neighbours. */
function templateForLog(decisions: readonly Decision[]): TemplateName {
  const count: Record<TemplateName, number> = { adrkit: 0, nygard: 0, madr: 0 };
  for (const d of decisions) {
    if (d.format === "adrkit") count.adrkit++;
    else if (d.format === "nygard") count.nygard++;
    else if (d.format !== "unknown") count.madr++;
  }
  const best = (Object.entries(count) as [TemplateName, number][]).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : "adrkit";
}

const TEMPLATE_FORMAT: Record<TemplateName, Format> = { adrkit: "adrkit", nygard: "nygard", madr: "madr4" };

/** Writes the next numbered ADR; the ADRs it supersedes or links to are updated in their own formats. */
export async function createDecision(options: NewDecisionOptions): Promise<NewDecisionResult> {
  // Control characters would make the file look binary to the parser; line breaks would split the heading.
  const title = options.title.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  if (!title) throw new RepoError("the ADR needs a title, e.g. adrkit new \"Use PostgreSQL for orders\"");
  const cwd = options.cwd ?? process.cwd();
  const config = await loadConfig(cwd);
  const needsLog = (options.supersedes ?? []).length > 0 || (options.links ?? []).length > 0
    || (!options.template && !config.config.template && (await takenNumbers((await resolveAdrDir({ dir: options.dir, cwd, loaded: config })).dir)).size > 0);
  const log: OpenLog = needsLog
    ? await (await import("../repo/operations.js")).openLog({ dir: options.dir, cwd, allowMissing: true })
    : { ...(await resolveAdrDir({ dir: options.dir, cwd, loaded: config })), decisions: [], failures: [], config };
  const status = checkStatus(options.status ?? "proposed", log.config);
  const superseded = (options.supersedes ?? []).map((n) => findDecision(log, n));
  const links = (options.links ?? []).map((link) => {
    const forward = parseRelation(link.relation);
    if (!link.reverse && !forward.known) {
      throw new RepoError(`--link "${link.number}:${link.relation}": give the reverse relation too, e.g. "${link.number}:${link.relation}:${link.relation} by"`);
    }
    const reverse = parseRelation(link.reverse ?? LINK_LABELS[REVERSE_RELATION[forward.relation]]);
    return { decision: findDecision(log, link.number), forward, reverse };
  });
  const templateName = options.template ?? log.config.config.template ?? templateForLog(log.decisions);
  const template = await loadTemplate(templateName, log.config.root);
  const hints: EditHints = isTemplateName(templateName) ? { format: TEMPLATE_FORMAT[templateName] } : {};
  const date = options.date ?? today();
  const slug = slugify(title);

  await mkdir(log.dir, { recursive: true });
  const created = await createNumberedFile(log.dir, slug, (number) => {
    const self = { path: `${String(number).padStart(4, "0")}-${slug}.md`, number, title };
    let text = renderTemplate(template.text, {
      number, title, date, status, deciders: options.deciders ?? [], tags: options.tags ?? [],
    });
    for (const tag of hasFrontMatter(text) && frontMatterValue(text, "tags") === undefined ? options.tags ?? [] : []) {
      text = addFrontMatterListItem(text, "tags", tag);
    }
    for (const old of superseded) text = addLink(text, "supersedes", linkTarget(self, old), hints);
    for (const { decision, forward } of links) text = addLink(text, forward.relation, linkTarget(self, decision), hints, forward.label);
    return text;
  });
  const self = { path: created.fileName, number: created.number, title };
  try {
    const changes = backLinks(log, self, superseded, links);
    const updated = await writeChanges(changes);
    return { path: created.path, number: created.number, fileName: created.fileName, template: templateName, updated };
  } catch (error) {
    // An old ADR that cannot take its back-link: the new file goes too, so the command leaves nothing behind.
    await unlink(created.path).catch(() => undefined);
    throw error;
  }
}

function backLinks(
  log: OpenLog,
  self: { path: string; number: number; title: string },
  superseded: readonly Decision[],
  links: ReadonlyArray<{ decision: Decision; reverse: ReturnType<typeof parseRelation> }>,
): FileChange[] {
  const texts = new Map<Decision, string>();
  const edit = (d: Decision, change: (text: string) => string) => {
    const current = texts.get(d) ?? String(d.file.value);
    texts.set(d, editDecision(log.dir, { ...d, file: { value: current } } as Decision, (text) => change(text)).after);
  };
  for (const old of superseded) edit(old, (text) => markSuperseded(text, linkTarget(old, self), editHints(old)));
  for (const { decision, reverse } of links) {
    edit(decision, (text) => addLink(text, reverse.relation, linkTarget(decision, self), editHints(decision), reverse.label));
  }
  return [...texts].map(([d, after]) => ({ path: resolve(log.dir, d.path), before: String(d.file.value), after }));
}
