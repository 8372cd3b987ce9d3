// links-resolve: every supersedes / superseded-by / amends / relates link names an ADR that exists in the log.
import { posix } from "node:path";
import { ruleDocsUrl, type RepositoryRule } from "../types.js";
import type { Decision, Link } from "../../model/index.js";

/** The log as lookups by number and by path, built once per list of decisions and shared by the whole-log rules. */
export interface LogIndex {
  byNumber: Map<number, Decision[]>;
  byPath: Map<string, Decision>;
  /** Paths without their `.md`, for links that drop the extension; the first file wins, as in `byPath` order. */
  byStem: Map<string, Decision>;
}

const indexes = new WeakMap<readonly Decision[], LogIndex>();

export function indexLog(decisions: readonly Decision[]): LogIndex {
  // links-resolve, number-unique and supersede-consistent each ask for the index of the same list.
  let index = indexes.get(decisions);
  if (!index) indexes.set(decisions, (index = buildIndex(decisions)));
  return index;
}

function buildIndex(decisions: readonly Decision[]): LogIndex {
  const byNumber = new Map<number, Decision[]>();
  const byPath = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.number !== null) byNumber.set(d.number, [...(byNumber.get(d.number) ?? []), d]);
    byPath.set(posix.normalize(d.path.replace(/\\/g, "/")), d);
  }
  const byStem = new Map<string, Decision>();
  for (const [p, d] of byPath) {
    const stem = p.replace(/\.md$/i, "");
    if (!byStem.has(stem)) byStem.set(stem, d);
  }
  return { byNumber, byPath, byStem };
}

/** True for targets outside the log: web addresses, mail, anchors within the same file. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith("//") || target.startsWith("#");
}

/** The log-relative path a relative link target points at, from the linking ADR's folder. */
export function targetPath(from: Decision, target: string): string {
  let clean = target.split("#")[0].split("?")[0];
  try {
    clean = decodeURI(clean);
  } catch {
    // A malformed escape is kept as written; it will not match a file and is reported as such.
  }
  const base = posix.dirname(from.path.replace(/\\/g, "/"));
  return posix.normalize(clean.startsWith("/") ? clean.slice(1) : posix.join(base, clean));
}

export type Resolution = { kind: "found"; decision: Decision } | { kind: "external" | "unknown" } | { kind: "missing"; what: string };

/** What one link points at. A relative file target wins over a number read from the link text. */
export function resolveLink(link: Link, from: Decision, log: LogIndex): Resolution {
  if (link.target && isExternal(link.target)) return { kind: "external" };
  if (link.target && link.target.split("#")[0].trim()) {
    const path = targetPath(from, link.target);
    const found = log.byPath.get(path);
    if (found) return { kind: "found", decision: found };
    // Links written from a rendered site may drop the extension ("0002-use-x" or "0002-use-x.html").
    const stem = path.replace(/\.(md|html?)$/i, "");
    const byStem = log.byStem.get(stem);
    if (byStem) return { kind: "found", decision: byStem };
    return { kind: "missing", what: link.target };
  }
  if (link.number !== null) {
    const found = log.byNumber.get(link.number);
    if (found?.length) return { kind: "found", decision: found[0] };
    return { kind: "missing", what: `ADR ${link.number}` };
  }
  return { kind: "unknown" };
}

const RELATION_LABELS: Record<Link["relation"], string> = {
  supersedes: "Supersedes", "superseded-by": "Superseded by", amends: "Amends", "amended-by": "Amended by", relates: "Relates to",
};

/**
 * A link written with a relation ("Superseded by", `supersedes:`) is always meant as an ADR link. A plain link in
 * a Links section is one only when it points into the log's folders or at a numbered ADR file name; links to
 * other documentation are not ADR links.
 */
function meantAsAdr(link: Link, from: Decision, log: LogIndex): boolean {
  if (link.label) return true;
  if (!link.target) return link.number !== null;
  const path = targetPath(from, link.target);
  return foldersOf(log).has(posix.dirname(path)) || /^(?:adr[-_]?)?\d{1,6}[-_]/i.test(posix.basename(path));
}

const folders = new WeakMap<LogIndex, Set<string>>();

/** The folders the log's files sit in, worked out once per log rather than once per link. */
function foldersOf(log: LogIndex): Set<string> {
  let found = folders.get(log);
  if (!found) folders.set(log, (found = new Set([...log.byPath.keys()].map((p) => posix.dirname(p)))));
  return found;
}

const rule: RepositoryRule = {
  meta: {
    id: "links-resolve",
    type: "problem",
    description:
      "A supersedes / superseded-by / amends / relates link names an ADR number or file that is not in the log. Web links, and Links-section links to documents outside the log's folders, are not ADR links.",
    severity: "error",
    url: ruleDocsUrl("links-resolve"),
    messages: {
      missing:
        "\"{{label}}\" link to {{target}} names no ADR in this log: point it at an existing ADR file or number (e.g. `0012-use-kafka.md`), or remove it.",
    },
    fixable: false,
    schema: null,
    scope: "repository",
  },
  check({ decisions, report }) {
    const log = indexLog(decisions);
    for (const decision of decisions) {
      for (const link of decision.links) {
        const result = resolveLink(link, decision, log);
        if (result.kind !== "missing" || !meantAsAdr(link, decision, log)) continue;
        const label = link.label || RELATION_LABELS[link.relation];
        report(decision, { messageId: "missing", data: { label, target: result.what }, place: link.position ?? decision.status.position });
      }
    }
  },
};

export default rule;
