// Light helpers shared by `new` and the log commands: errors, numbers, statuses, relations, link targets.
import { posix, resolve, sep } from "node:path";
import type { Decision, LinkRelation } from "../model/index.js";
import { displayPath } from "./config.js";
import { STATUSES } from "../model/index.js";
import { relationFor } from "../parse/metadata.js";
import type { LoadedConfig } from "./config.js";
import { EditError, LINK_LABELS, editHints, type EditHints, type LinkTarget } from "./edit.js";
import { FrontMatterEditError } from "./front-matter-edit.js";
import type { FileChange } from "./atomic.js";

/** A request the log cannot satisfy (no such ADR, unknown status): exit code 2 in the CLI. */
export class RepoError extends Error {
  override name = "RepoError";
}

/** Parses an ADR number as typed ("7", "0007", "ADR-7"). */
export function parseDecisionNumber(text: string): number {
  const m = /^(?:adr[-_ ]?)?0*(\d{1,6})$/i.exec(text.trim());
  if (!m) throw new RepoError(`"${text}" is not an ADR number; give a number such as 7`);
  return Number(m[1]);
}

/** How `from` names `to` in a link: its title, number and file name relative to `from`'s folder. */
export function linkTarget(from: { path: string }, to: { path: string; number: number | null; title: string }): LinkTarget {
  const fromDir = posix.dirname(from.path.split(sep).join("/"));
  const fileName = posix.relative(fromDir, to.path.split(sep).join("/"));
  return { number: to.number ?? 0, title: to.title, fileName };
}

/** The statuses a log accepts: the standard vocabulary plus the config's own. */
export function checkStatus(status: string, config: LoadedConfig): string {
  const allowed = [...STATUSES, ...(config.config.statuses ?? [])];
  const wanted = status.trim();
  if (!allowed.some((s) => s.toLowerCase() === wanted.toLowerCase())) {
    const where = config.path ? ` (add it to "statuses" in ${config.path})` : " (or add it to \"statuses\" in adrkit.config.json)";
    throw new RepoError(`"${status}" is not a status; use one of ${allowed.join(", ")}${where}`);
  }
  return wanted;
}

/** A relation as typed ("Amends", "superseded-by", "Clarifies") and its reverse, when it has a known one. */
export function parseRelation(label: string): { relation: LinkRelation; label: string; known: boolean } {
  const words = label.toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
  const relation = relationFor(label) ?? (words === "relates" ? "relates" : null);
  if (relation === null) return { relation: "relates", label: label.trim(), known: false };
  // The standard relations are written with the standard words; anything else keeps the user's wording.
  const spellings = [LINK_LABELS[relation].toLowerCase(), relation.replace(/-/g, " "), ...(relation === "relates" ? ["relates", "related", "related to"] : [])];
  const standard = spellings.includes(words);
  return { relation, label: standard ? LINK_LABELS[relation] : label.trim(), known: standard };
}


/** The one decision numbered `number`; an error naming the files when there are none or several. */
export function findDecision(log: { dir: string; decisions: readonly Decision[] }, number: number): Decision {
  const found = log.decisions.filter((d) => d.number === number);
  if (found.length === 0) throw new RepoError(`${displayPath(log.dir)}: no ADR numbered ${number}; 'adrkit list' shows the numbers`);
  if (found.length > 1) {
    throw new RepoError(`ADR ${number} is used by ${found.map((d) => d.path).join(" and ")}; run 'adrkit renumber' first`);
  }
  return found[0];
}

/** Computes one ADR's edit from its text as loaded; an edit that cannot be made names the file. */
export function editDecision(dir: string, decision: Decision, edit: (text: string, hints: EditHints) => string): FileChange {
  const path = resolve(dir, decision.path);
  const before = String(decision.file.value);
  try {
    return { path, before, after: edit(before, editHints(decision)) };
  } catch (error) {
    if (error instanceof EditError || error instanceof FrontMatterEditError) throw new RepoError(`${displayPath(path)}: ${error.message}`);
    throw error;
  }
}
