// `adrkit graph`: the supersede / amend / relates graph as Mermaid or Graphviz DOT, labels escaped per syntax.
import type { Decision } from "../model/index.js";
import { indexLog, fullTitle, type Edge, type LogIndex } from "./relations.js";

export type GraphFormat = "mermaid" | "dot";

export interface GraphOptions {
  /** Include decisions that have no link to any other (default: only linked ones). */
  all?: boolean;
}

const MERMAID_ARROWS: Record<Edge["relation"], string> = { supersedes: "-->", amends: "-.->", relates: "---" };
const DOT_STYLES: Record<Edge["relation"], string> = {
  supersedes: "solid",
  amends: "dashed",
  relates: "dotted",
};
const RELATION_LABELS: Record<Edge["relation"], string> = { supersedes: "supersedes", amends: "amends", relates: "relates to" };

function graphNodes(log: LogIndex, all: boolean): Decision[] {
  if (all) return [...log.decisions];
  const linked = new Set<Decision>();
  for (const edge of log.edges) linked.add(edge.from).add(edge.to);
  return log.decisions.filter((d) => linked.has(d));
}

function nodeId(log: LogIndex, decision: Decision): string {
  return log.anchor(decision).replace(/-/g, "_");
}

/**
 * Mermaid label text: entity codes for every character Mermaid or the HTML it renders to would read
 * as syntax (quotes, brackets, angle brackets, `#`, `;`, backticks), newlines flattened.
 */
export function escapeMermaidLabel(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/[#"<>&;`[\](){}|\\]/g, (c) => `#${c.codePointAt(0)};`);
}

/** DOT quoted-string text: backslash and quote escaped, newlines flattened (DOT reads `\n`, `\l` as layout). */
export function escapeDotLabel(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/[\\"]/g, (c) => `\\${c}`);
}

export function renderMermaid(decisions: readonly Decision[], options: GraphOptions = {}): string {
  const log = indexLog(decisions);
  const lines = ["flowchart LR"];
  const nodes = graphNodes(log, options.all ?? false);
  if (nodes.length === 0) lines.push("  %% no decision supersedes, amends or relates to another");
  for (const decision of nodes) {
    lines.push(`  ${nodeId(log, decision)}["${escapeMermaidLabel(fullTitle(decision))}"]`);
  }
  for (const edge of log.edges) {
    lines.push(`  ${nodeId(log, edge.from)} ${MERMAID_ARROWS[edge.relation]}|${RELATION_LABELS[edge.relation]}| ${nodeId(log, edge.to)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderDot(decisions: readonly Decision[], options: GraphOptions = {}): string {
  const log = indexLog(decisions);
  const lines = ["digraph decisions {", "  rankdir=LR;", '  node [shape=box, style=rounded, fontname="sans-serif"];'];
  for (const decision of graphNodes(log, options.all ?? false)) {
    const status = decision.status.value ?? "unknown";
    lines.push(`  ${nodeId(log, decision)} [label="${escapeDotLabel(fullTitle(decision))}", tooltip="${escapeDotLabel(status)}"];`);
  }
  for (const edge of log.edges) {
    const dir = edge.relation === "relates" ? ", dir=none" : "";
    lines.push(
      `  ${nodeId(log, edge.from)} -> ${nodeId(log, edge.to)} [label="${RELATION_LABELS[edge.relation]}", style=${DOT_STYLES[edge.relation]}${dir}];`,
    );
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

export function renderGraph(decisions: readonly Decision[], format: GraphFormat, options: GraphOptions = {}): string {
  return format === "dot" ? renderDot(decisions, options) : renderMermaid(decisions, options);
}
