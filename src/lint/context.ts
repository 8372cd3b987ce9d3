// The rest of the log for files linted one by one: parse only the siblings that can change the named files' findings.
import type { Decision } from "../model/index.js";
import { numberFromName } from "../parse/index.js";
import { decisionFromName } from "./facts.js";
import { indexLog, resolveLink, type LogIndex } from "./rules/links-resolve.js";

/**
 * Words the parser reads a supersede relation from (src/parse: front matter keys `supersedes`, `superseded-by`,
 * a status "superseded by ...", body lines starting "Supersedes", "Superseded by", "Replaced by", "Obsoletes").
 * A sibling without any of them has no supersede link.
 */
const SUPERSEDE_WORDS = /super[sc]ede[sd]|replace[sd]|obsolete[sd]/gi;

/**
 * The blocks (runs of lines between blank lines) holding a supersede word: a supersede link is written on the
 * line of its word (a body line, a status) or under its key (front matter, which has no blank lines), so the
 * file name or number it names is inside one of them.
 */
export function supersedeBlocks(text: string): string {
  const blocks: string[] = [];
  let covered = -1;
  // Front matter is one block whatever blank lines it holds (a YAML list may start after one).
  const frontMatter = /^\uFEFF?---[ \t]*\r?\n/.test(text) ? /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text) : null;
  for (const match of text.matchAll(SUPERSEDE_WORDS)) {
    if (match.index < covered) continue;
    if (frontMatter && match.index < frontMatter.index) {
      covered = frontMatter.index;
      blocks.push(text.slice(0, covered));
      continue;
    }
    const before = text.lastIndexOf("\n\n", match.index);
    const blank = /\n[ \t]*\r?\n/g;
    blank.lastIndex = match.index;
    const after = blank.exec(text);
    const start = before === -1 ? 0 : before;
    covered = after ? after.index : text.length;
    blocks.push(text.slice(start, covered));
  }
  return blocks.join("\n\n");
}

export interface Sibling {
  filePath: string;
  text: string;
}

/**
 * Decisions for one log, in `order`: the known ones (parsed or from cached facts) as they are, and every other
 * sibling either parsed (`parse`) or stood in for by its path and file-name number.
 *
 * What the whole-log rules report on a seed (a file being linted) stays exact:
 * - links-resolve reads which paths and numbers exist: a stand-in has both (the file name's number is the number
 *   the parser takes; a sibling whose name gives none is parsed).
 * - number-unique reads numbers and paths: the same.
 * - supersede-consistent reads the supersede links touching a decision and, for loops, its whole connected
 *   group. Starting from the seeds, the group is followed link by link: a stand-in is parsed when a group
 *   member's link resolves to it, or when its text has a supersede word and names a group member (by file name
 *   or number). Stand-ins left unparsed have no link into the group, so they change nothing reported on it.
 */
export function settleContext(
  order: readonly Sibling[],
  seeds: Iterable<string>,
  known: ReadonlyMap<string, Decision>,
  parse: (sibling: Sibling) => Decision | null,
): Decision[] {
  const decisions = new Map<string, Decision>();
  const standIns = new Map<string, Sibling>();
  for (const s of order) {
    const decision = known.get(s.filePath);
    if (decision) {
      decisions.set(s.filePath, decision);
      continue;
    }
    const number = numberFromName(s.filePath);
    if (number === undefined) {
      const parsed = parse(s);
      if (parsed) decisions.set(s.filePath, parsed);
    } else {
      decisions.set(s.filePath, decisionFromName(s.filePath, s.text, number));
      standIns.set(s.filePath, s);
    }
  }
  const candidates = [...standIns.values()].flatMap((s) => {
    const blocks = supersedeBlocks(s.text);
    return blocks ? [{ filePath: s.filePath, blocks }] : [];
  });
  if (candidates.length === 0) return order.flatMap((s) => decisions.get(s.filePath) ?? []);

  const log = indexLog([...decisions.values()]);
  const replace = (parsed: Decision) => {
    const before = decisions.get(parsed.path)!;
    decisions.set(parsed.path, parsed);
    standIns.delete(parsed.path);
    for (const [key, d] of log.byPath) if (d === before) log.byPath.set(key, parsed);
    for (const [key, d] of log.byStem) if (d === before) log.byStem.set(key, parsed);
    for (const [number, group] of log.byNumber) {
      const at = group.indexOf(before);
      if (at !== -1) {
        group.splice(at, 1);
        if (parsed.number === number) group.splice(at, 0, parsed);
      }
    }
    if (parsed.number !== null && parsed.number !== before.number) log.byNumber.set(parsed.number, [...(log.byNumber.get(parsed.number) ?? []), parsed]);
  };
  const parseStandIn = (path: string): Decision | null => {
    const sibling = standIns.get(path);
    if (!sibling) return null;
    const parsed = parse(sibling);
    if (parsed) replace(parsed);
    else standIns.delete(path); // the parser crashed on it (an internal error): it stays a stand-in
    return parsed;
  };

  // Links already known (parsed or cached decisions), reversed: who says it supersedes or is superseded by whom.
  const incoming = new Map<string, string[]>();
  const addEdges = (d: Decision) => {
    for (const target of supersedeTargets(d, log)) incoming.set(target, [...(incoming.get(target) ?? []), d.path]);
  };
  for (const d of decisions.values()) if (!standIns.has(d.path) && d.links.length > 0) addEdges(d);
  const group = new Set<string>();
  const queue: string[] = [];
  const enter = (path: string) => {
    if (group.has(path)) return;
    if (standIns.has(path)) {
      const parsed = parseStandIn(path);
      if (parsed) addEdges(parsed);
    }
    group.add(path);
    queue.push(path);
  };
  for (const path of seeds) if (decisions.has(path)) enter(path);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const member = decisions.get(path)!;
    for (const target of supersedeTargets(member, log)) enter(target);
    const mentions = mentionTest(member);
    for (const sibling of candidates) {
      if (!standIns.has(sibling.filePath) || !mentions(sibling.blocks)) continue;
      const parsed = parseStandIn(sibling.filePath);
      if (!parsed) continue;
      addEdges(parsed);
      if (supersedeTargets(parsed, log).some((t) => group.has(t))) enter(parsed.path);
    }
    for (const from of incoming.get(path) ?? []) enter(from);
  }
  return order.flatMap((s) => decisions.get(s.filePath) ?? []);
}

/** Paths of the decisions a decision's supersede links resolve to. */
function supersedeTargets(decision: Decision, log: LogIndex): string[] {
  const targets: string[] = [];
  for (const link of decision.links) {
    if (link.relation !== "supersedes" && link.relation !== "superseded-by") continue;
    const r = resolveLink(link, decision, log);
    if (r.kind === "found") targets.push(r.decision.path);
  }
  return targets;
}

/**
 * True for a text that could hold a link resolving to `decision`: its file name without extension (as written or
 * URL-encoded), or its number standing alone (not a part of a longer number or of a date like 2024-07-01).
 */
function mentionTest(decision: Decision): (text: string) => boolean {
  const base = (decision.path.split(/[\\/]/).pop() ?? decision.path).replace(/\.md$/i, "");
  const names = [...new Set([base, encodeURI(base)])].filter(Boolean);
  const number = decision.number === null ? null : new RegExp(`(?<!\\d|\\d[-/.])0*${decision.number}(?!\\d)`);
  return (text) => names.some((n) => text.includes(n)) || (number !== null && number.test(text));
}
