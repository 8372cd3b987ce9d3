// Pictures for the summary page, drawn as inline SVG: decisions over time by status, and a reversibility/risk matrix.
import type { Element } from "hast";
import { s } from "hastscript";
import type { Decision } from "../model/index.js";
import { statusLabel, doorOf, fullTitle, type DoorOrUnknown } from "./relations.js";
import { statusColor, STATUS_COLORS } from "./page.js";
import { listedFailureModes } from "./digest.js";

interface Bucket { label: string; counts: Map<string, number>; total: number }

function monthIndex(iso: string): number {
  return +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1);
}

/** Months when the span is up to three years, quarters up to nine, years beyond that. */
function buckets(decisions: readonly Decision[]): Bucket[] {
  const dated = decisions.filter((d): d is Decision & { date: string } => d.date !== null);
  if (dated.length === 0) return [];
  const months = dated.map((d) => monthIndex(d.date));
  const first = Math.min(...months);
  const last = Math.max(...months);
  const size = last - first < 36 ? 1 : last - first < 108 ? 3 : 12;
  const start = first - (first % size);
  const list: Bucket[] = [];
  for (let m = start; m <= last; m += size) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const label = size === 12 ? `${year}` : size === 3 ? `${year} Q${Math.floor((month - 1) / 3) + 1}` : `${year}-${String(month).padStart(2, "0")}`;
    list.push({ label, counts: new Map(), total: 0 });
  }
  for (const d of dated) {
    const bucket = list[Math.floor((monthIndex(d.date) - start) / size)];
    const status = statusLabel(d);
    bucket.counts.set(status, (bucket.counts.get(status) ?? 0) + 1);
    bucket.total++;
  }
  return list;
}

/** Stacked bars: how many decisions each month (or quarter, or year), coloured by status. Null without dated decisions. */
export function decisionsOverTimeChart(decisions: readonly Decision[]): Element | null {
  const data = buckets(decisions);
  if (data.length === 0) return null;
  const statuses = [...new Set(decisions.map(statusLabel))].sort(
    (a, b) => Object.keys(STATUS_COLORS).indexOf(a) - Object.keys(STATUS_COLORS).indexOf(b));
  const max = Math.max(...data.map((b) => b.total));
  const barW = Math.max(8, Math.min(40, Math.floor(640 / data.length) - 4));
  const step = barW + 4;
  const left = 36, top = 14, plotH = 160;
  const width = Math.max(360, left + data.length * step + 16);
  const height = top + plotH + 60;
  const scale = plotH / max;
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  const labelEvery = Math.max(1, Math.ceil(64 / step));
  const shapes: Element[] = [];
  for (const t of ticks) {
    const y = top + plotH - t * scale;
    shapes.push(s("line", { x1: left - 4, x2: width - 8, y1: y, y2: y, stroke: "#e3e7ec" }));
    shapes.push(s("text", { x: left - 8, y: y + 4, textAnchor: "end", fontSize: 11, fill: "#5b6470" }, String(t)));
  }
  data.forEach((bucket, i) => {
    const x = left + i * step;
    let y = top + plotH;
    for (const status of statuses) {
      const n = bucket.counts.get(status) ?? 0;
      if (!n) continue;
      y -= n * scale;
      shapes.push(s("rect", { x, y, width: barW, height: n * scale, fill: statusColor(status) }, [
        s("title", `${bucket.label}: ${n} ${status}`),
      ]));
    }
    if (i % labelEvery === 0) {
      shapes.push(s("text", { x: x + barW / 2, y: top + plotH + 16, textAnchor: "middle", fontSize: 11, fill: "#5b6470" }, bucket.label));
    }
  });
  statuses.forEach((status, i) => {
    const x = left + i * 110;
    const y = top + plotH + 36;
    shapes.push(s("rect", { x, y, width: 12, height: 12, rx: 2, fill: statusColor(status) }));
    shapes.push(s("text", { x: x + 18, y: y + 11, fontSize: 12, fill: "#1d2127" }, status));
  });
  return s("svg", {
    xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    ariaLabel: "Decisions per period, by status", className: ["chart-over-time"],
  }, [s("title", "Decisions per period, by status"), ...shapes]);
}

type RiskColumn = "none recorded" | "all mitigated" | "unmitigated";
const RISK_COLUMNS: RiskColumn[] = ["none recorded", "all mitigated", "unmitigated"];
const DOOR_ROWS: DoorOrUnknown[] = ["one-way", "two-way", "unknown"];

function riskOf(d: Decision): RiskColumn {
  const modes = listedFailureModes(d);
  if (modes.length === 0) return "none recorded";
  return modes.every((f) => f.mitigation?.trim()) ? "all mitigated" : "unmitigated";
}

/** A 3x3 matrix of reversibility against failure-mode coverage; the hard-to-undo, unmitigated corner is red. */
export function riskMatrixChart(decisions: readonly Decision[]): Element | null {
  if (decisions.length === 0) return null;
  const cells = new Map<string, Decision[]>();
  for (const d of decisions) {
    const key = `${doorOf(d)}|${riskOf(d)}`;
    cells.set(key, [...(cells.get(key) ?? []), d]);
  }
  const left = 120, top = 54, cw = 130, ch = 56;
  const width = left + cw * 3 + 10, height = top + ch * 3 + 10;
  const shapes: Element[] = [];
  shapes.push(s("text", { x: left + (cw * 3) / 2, y: 16, textAnchor: "middle", fontSize: 12, fontWeight: 600, fill: "#1d2127" }, "Failure modes"));
  RISK_COLUMNS.forEach((col, c) => shapes.push(
    s("text", { x: left + c * cw + cw / 2, y: top - 10, textAnchor: "middle", fontSize: 12, fill: "#1d2127" }, col)));
  DOOR_ROWS.forEach((row, r) => {
    shapes.push(s("text", { x: left - 10, y: top + r * ch + ch / 2 + 4, textAnchor: "end", fontSize: 12, fill: "#1d2127" },
      row === "unknown" ? "door not stated" : `${row} door`));
    RISK_COLUMNS.forEach((col, c) => {
      const list = cells.get(`${row}|${col}`) ?? [];
      const danger = (row === "one-way" ? 2 : row === "unknown" ? 1 : 0) + (col === "unmitigated" ? 2 : col === "none recorded" ? 1 : 0);
      const fill = list.length === 0 ? "#f5f7fa" : ["#e3f2e5", "#eef6d8", "#fff4d6", "#ffe0c2", "#f8c4c0"][danger];
      const x = left + c * cw, y = top + r * ch;
      shapes.push(s("rect", { x: x + 2, y: y + 2, width: cw - 4, height: ch - 4, rx: 6, fill, stroke: "#d9dee5" }, [
        s("title", list.length ? list.map(fullTitle).join("\n") : "none"),
      ]));
      shapes.push(s("text", { x: x + cw / 2, y: y + ch / 2 + 8, textAnchor: "middle", fontSize: 22, fontWeight: 600,
        fill: list.length ? "#1d2127" : "#aab3bf" }, String(list.length)));
    });
  });
  return s("svg", {
    xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    ariaLabel: "Reversibility against failure-mode coverage", className: ["chart-risk"],
  }, [s("title", "Reversibility against failure-mode coverage"), ...shapes]);
}
