// Facts every renderer shares: order, labels, anchors, reversibility, and who supersedes or amends whom.
import type { Decision, Door } from "../model/index.js";

export type EdgeRelation = "supersedes" | "amends" | "relates";

/** A directed link between two decisions in a log: `from` supersedes / amends / relates to `to`. */
export interface Edge {
  from: Decision;
  to: Decision;
  relation: EdgeRelation;
}

/** The log as renderers see it: decisions in order, their anchors, and the edges between them. */
export interface LogIndex {
  decisions: readonly Decision[];
  edges: readonly Edge[];
  anchor(decision: Decision): string;
  /** Decisions that supersede this one. */
  supersededBy(decision: Decision): Decision[];
  /** The edges from or to this decision, in the order of `edges`. */
  edgesOf(decision: Decision): readonly Edge[];
  /** The decision a link target (a file name or path as written in an ADR) points at, if it is in the log. */
  resolveTarget(target: string): Decision | null;
}

export type DoorOrUnknown = Door | "unknown";

export function doorOf(decision: Decision): DoorOrUnknown {
  return decision.reasoning.reversibility?.door ?? "unknown";
}

export function byNumberThenDate(a: Decision, b: Decision): number {
  const na = a.number ?? Number.MAX_SAFE_INTEGER;
  const nb = b.number ?? Number.MAX_SAFE_INTEGER;
  if (na !== nb) return na - nb;
  const da = a.date ?? "";
  const db = b.date ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** "0007", or the file name when the decision has no number. */
export function numberLabel(decision: Decision): string {
  return decision.number === null ? baseName(decision.path).replace(/\.md$/i, "") : String(decision.number).padStart(4, "0");
}

/** "7. Use Postgres" — how people refer to a decision in prose. */
export function fullTitle(decision: Decision): string {
  const title = decision.title.trim() || baseName(decision.path);
  return decision.number === null ? title : `${decision.number}. ${title}`;
}

export function statusLabel(decision: Decision): string {
  return decision.status.value ?? "unknown";
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/**
 * The file name (lower case) a link target could name in the log, or null for a URL with a scheme, an in-page
 * anchor or an empty target: those never point at a decision.
 */
export function linkFileName(target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) return null;
  let file = target.split(/[?#]/)[0] ?? "";
  try {
    file = decodeURIComponent(file);
  } catch {
    // A malformed escape is kept as written.
  }
  return baseName(file).toLowerCase() || null;
}

/** Builds the index once so each renderer reads the same order, anchors and edges. */
export function indexLog(input: readonly Decision[]): LogIndex {
  const decisions = [...input].sort(byNumberThenDate);
  const anchors = new Map<Decision, string>();
  const used = new Set<string>();
  for (const decision of decisions) {
    const base = decision.number === null
      ? `adr-${baseName(decision.path).replace(/\.md$/i, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`
      : `adr-${decision.number}`;
    let anchor = base;
    // Real logs reuse numbers (two 0012s after a merge); each still gets its own anchor.
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(decision, anchor);
  }
  const byFile = new Map<string, Decision>();
  const byNumber = new Map<number, Decision>();
  for (const decision of decisions) {
    const file = baseName(decision.path).toLowerCase();
    if (!byFile.has(file)) byFile.set(file, decision);
    if (decision.number !== null && !byNumber.has(decision.number)) byNumber.set(decision.number, decision);
  }
  const resolveTarget = (target: string): Decision | null => {
    const file = linkFileName(target);
    if (!file) return null;
    return byFile.get(file) ?? byFile.get(`${file}.md`) ?? null;
  };
  const edges = collectEdges(decisions, (link) => {
    if (link.target) {
      const found = resolveTarget(link.target);
      if (found) return found;
    }
    return link.number === null ? null : byNumber.get(link.number) ?? null;
  });
  // Looked up for every row of a log: maps, not a scan of every edge per decision.
  const touching = new Map<Decision, Edge[]>();
  const replacedBy = new Map<Decision, Decision[]>();
  for (const e of edges) {
    append(touching, e.from, e);
    append(touching, e.to, e);
    if (e.relation === "supersedes") append(replacedBy, e.to, e.from);
  }
  return {
    decisions,
    edges,
    anchor: (decision) => anchors.get(decision) ?? "adr-unknown",
    supersededBy: (decision) => [...(replacedBy.get(decision) ?? [])],
    edgesOf: (decision) => touching.get(decision) ?? [],
    resolveTarget,
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function collectEdges(
  decisions: readonly Decision[],
  resolve: (link: Decision["links"][number]) => Decision | null,
): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const ids = new Map(decisions.map((d, i) => [d, i]));
  const add = (from: Decision, to: Decision, relation: EdgeRelation): void => {
    if (from === to) return;
    let a = ids.get(from) ?? -1;
    let b = ids.get(to) ?? -1;
    // "relates" has no direction: 3 relates to 5 and 5 relates to 3 are one edge.
    if (relation === "relates" && a > b) [a, b] = [b, a];
    const key = `${relation}:${a}:${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(relation === "relates" ? { from: decisions[a], to: decisions[b], relation } : { from, to, relation });
  };
  for (const decision of decisions) {
    for (const link of decision.links) {
      const other = resolve(link);
      if (!other) continue;
      switch (link.relation) {
        case "supersedes": add(decision, other, "supersedes"); break;
        case "superseded-by": add(other, decision, "supersedes"); break;
        case "amends": add(decision, other, "amends"); break;
        case "amended-by": add(other, decision, "amends"); break;
        case "relates": add(decision, other, "relates"); break;
      }
    }
  }
  return edges;
}
