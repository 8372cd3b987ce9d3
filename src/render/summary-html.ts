// `adrkit summary --format html`: the digest as one self-contained page with inline SVG charts.
import type { Element } from "hast";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { Decision } from "../model/index.js";
import { HISTORICAL_STATUSES } from "../model/index.js";
import { buildDigest } from "./digest.js";
import { digestSections, scopeText, atAGlance, type SummaryMarkdownOptions } from "./summary-markdown.js";
import { mdastToSafeHast } from "./decision-html.js";
import { decisionsOverTimeChart, riskMatrixChart } from "./charts.js";
import { renderPage, BASE_CSS } from "./page.js";

const SUMMARY_CSS = `${BASE_CSS}
main{max-width:920px}
.glance{font-size:17px;background:var(--panel);border-radius:8px;padding:12px 16px}
.charts{display:grid;grid-template-columns:1fr;gap:16px}
.charts figure{margin:0}
.charts figcaption{font-weight:600;margin-bottom:6px}
li{margin:3px 0}
`;

export function renderSummaryHtml(decisions: readonly Decision[], options: SummaryMarkdownOptions): string {
  const digest = buildDigest(decisions, options);
  const current = digest.inPeriod.filter((d) => !d.status.value || !(HISTORICAL_STATUSES as readonly string[]).includes(d.status.value));
  const figures: Element[] = [];
  const overTime = decisionsOverTimeChart(digest.inPeriod);
  if (overTime) figures.push(h("figure", [h("figcaption", "Decisions over time, by status"), h("div", { className: ["figure"] }, overTime)]));
  const matrix = riskMatrixChart(current);
  if (matrix) {
    figures.push(h("figure", [
      h("figcaption", "Risk: how hard to undo, against how well failure is covered (current decisions)"),
      h("div", { className: ["figure"] }, matrix),
    ]));
  }
  // The sections are the same mdast the Markdown form prints, sanitized on the way to HTML.
  const sections = mdastToSafeHast({ type: "root", children: digestSections(digest, options.href) }, "summary");
  const body = h("main", [
    h("header", { className: ["page"] }, [h("h1", "Decision summary"), h("p", scopeText(options))]),
    h("p", { className: ["glance"] }, atAGlance(digest)),
    ...(figures.length ? [h("section", { className: ["charts"] }, figures)] : []),
    ...sections,
  ]);
  return renderPage({ title: "Decision summary", css: SUMMARY_CSS, js: null, body: toHtml(body) });
}
