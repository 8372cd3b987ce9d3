// The supersede / amend / relates graph drawn as inline SVG: decisions in columns, newer to the right.
import type { Decision } from "../model/index.js";
import { fullTitle, statusLabel, type Edge, type LogIndex } from "./relations.js";
import { statusColor } from "./page.js";
import { attribute, element, textElement } from "./html-text.js";

const BOX_W = 230;
const BOX_H = 40;
const GAP_X = 70;
const GAP_Y = 14;
const PAD = 12;

export const EDGE_COLORS: Record<Edge["relation"], string> = { supersedes: "#6a1b9a", amends: "#1f5fbf", relates: "#8a94a0" };

/** Column of each decision: one right of everything it supersedes or amends, so history reads left to right. */
function columns(nodes: Decision[], edges: readonly Edge[]): Map<Decision, number> {
  const column = new Map(nodes.map((d) => [d, 0]));
  const directed = edges.filter((e) => e.relation !== "relates");
  // At most one pass per node: a cycle (1 supersedes 2 supersedes 1) cannot loop forever.
  for (let pass = 0; pass < nodes.length; pass++) {
    let moved = false;
    for (const edge of directed) {
      const want = (column.get(edge.to) ?? 0) + 1;
      if ((column.get(edge.from) ?? 0) < want) {
        column.set(edge.from, want);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return column;
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * The graph as SVG markup, or null when no decision links to another. Each box links to the decision's anchor.
 * Written as hast-util-to-html wrote the hastscript tree it once was: no element self-closes.
 */
export function graphSvg(log: LogIndex): string | null {
  const linked = new Set<Decision>();
  for (const edge of log.edges) linked.add(edge.from).add(edge.to);
  const nodes = log.decisions.filter((d) => linked.has(d));
  if (nodes.length === 0) return null;
  const column = columns(nodes, log.edges);
  const place = new Map<Decision, { x: number; y: number }>();
  const rows = new Map<number, number>();
  const row = new Map<Decision, number>();
  const lastColumn = Math.max(...column.values());
  for (let c = 0; c <= lastColumn; c++) {
    // Each decision sits level with the ones it supersedes or amends, on average, so fewer lines cross.
    const here = nodes.filter((n) => column.get(n) === c).map((node, index) => {
      const targets = log.edgesOf(node).filter((e) => e.from === node && e.relation !== "relates" && row.has(e.to)).map((e) => row.get(e.to)!);
      return { node, key: targets.length ? targets.reduce((a, b) => a + b, 0) / targets.length : Number.MAX_SAFE_INTEGER, index };
    });
    here.sort((a, b) => a.key - b.key || a.index - b.index);
    here.forEach(({ node }, r) => {
      row.set(node, r);
      place.set(node, { x: PAD + c * (BOX_W + GAP_X), y: PAD + r * (BOX_H + GAP_Y) });
    });
    rows.set(c, here.length);
  }
  const width = PAD * 2 + (Math.max(...rows.keys()) + 1) * (BOX_W + GAP_X) - GAP_X + 40;
  const height = PAD * 2 + Math.max(...rows.values()) * (BOX_H + GAP_Y) - GAP_Y;
  const markers = (Object.keys(EDGE_COLORS) as Edge["relation"][]).map((relation) => element("marker",
    attribute("id", `arrow-${relation}`) + ' viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"',
    element("path", attribute("d", "M0,0 L10,5 L0,10 z") + attribute("fill", EDGE_COLORS[relation]), "")));
  const edges = log.edges.map((edge) => {
    const a = place.get(edge.from)!;
    const b = place.get(edge.to)!;
    const dash = edge.relation === "amends" ? "6 4" : edge.relation === "relates" ? "2 4" : null;
    const attributes = attribute("d", edgePath(a, b)) + ' fill="none"' + attribute("stroke", EDGE_COLORS[edge.relation])
      + ' stroke-width="1.6"' + (dash ? attribute("stroke-dasharray", dash) : "")
      + (edge.relation === "relates" ? "" : attribute("marker-end", `url(#arrow-${edge.relation})`))
      + attribute("class", `edge edge-${edge.relation}`);
    const label = `${fullTitle(edge.from)} ${edge.relation === "relates" ? "relates to" : edge.relation} ${fullTitle(edge.to)}`;
    return element("path", attributes, textElement("title", "", label));
  });
  const boxes = nodes.map((node) => {
    const { x, y } = place.get(node)!;
    const status = statusLabel(node);
    const color = statusColor(status);
    const anchor = log.anchor(node);
    return element("a", attribute("href", `#${anchor}`) + attribute("data-key", anchor) + ' class="graph-node"', [
      textElement("title", "", `${fullTitle(node)} (${status})`),
      rect(x, y, BOX_W, 6, "#ffffff", `${attribute("stroke", color)} stroke-width="1.5"`),
      rect(x, y, 6, 2, color, ""),
      svgText(x + 14, y + 17, 13, "#1d2127", truncate(fullTitle(node), 30)),
      svgText(x + 14, y + 32, 11, color, status),
    ].join(""));
  });
  const attributes = ' xmlns="http://www.w3.org/2000/svg"' + attribute("width", width) + attribute("height", height)
    + attribute("viewBox", `0 0 ${width} ${height}`) + ' role="group"'
    + ' aria-label="Which decisions supersede, amend or relate to which" class="decision-graph"';
  return element("svg", attributes, element("defs", "", markers.join("")) + edges.join("") + boxes.join(""));
}

/** A box of the graph's height; `more` is attributes after the fill. */
function rect(x: number, y: number, width: number, rx: number, fill: string, more: string): string {
  const attributes = attribute("x", x) + attribute("y", y) + attribute("width", width) + attribute("height", BOX_H)
    + attribute("rx", rx) + attribute("fill", fill) + more;
  return element("rect", attributes, "");
}

function svgText(x: number, y: number, size: number, fill: string, content: string): string {
  return textElement("text", attribute("x", x) + attribute("y", y) + attribute("font-size", size) + attribute("fill", fill), content);
}

function edgePath(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const fy = from.y + BOX_H / 2;
  const ty = to.y + BOX_H / 2;
  if (from.x === to.x) {
    // Same column: bow out to the right so the line does not run through the boxes between.
    const x = from.x + BOX_W;
    const bow = 30 + Math.min(60, Math.abs(fy - ty) / 4);
    return `M${x},${fy} C${x + bow},${fy} ${x + bow},${ty} ${x + 2},${ty}`;
  }
  const leftToRight = from.x < to.x;
  const fx = leftToRight ? from.x + BOX_W : from.x;
  const tx = leftToRight ? to.x - 2 : to.x + BOX_W + 2;
  const mid = (fx + tx) / 2;
  return `M${fx},${fy} C${mid},${fy} ${mid},${ty} ${tx},${ty}`;
}
