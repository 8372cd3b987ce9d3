// `adrkit log --format html`: one self-contained page with index, search, filters, graph, timeline and every decision.
// Written as text (html-text.ts) rather than built as hast and serialized: on a large log the tree and its
// serialization cost more than everything else the page needs.
import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Decision } from "../model/index.js";
import { indexLog, numberLabel, fullTitle, statusLabel, doorOf, type LogIndex } from "./relations.js";
import { decisionBodyHtml } from "./decision-html.js";
import { graphSvg, EDGE_COLORS } from "./graph-svg.js";
import { attribute, element, escapeText, textElement } from "./html-text.js";
import { pageFrame } from "./page.js";
import { LOG_CSS, LOG_JS } from "./log-assets.js";

export interface LogHtmlOptions {
  /** Page heading; defaults to "Decision log". */
  title?: string;
  /** The date the page was generated for (YYYY-MM-DD), shown in the header. */
  today?: string;
  /** Each decision's body (default: `decisionBodyHtml`); `adrkit log` passes bodies rendered in the parse workers. */
  body?: (decision: Decision, log: LogIndex) => ElementContent[];
}

export function statusClass(status: string): string {
  return `status-${status.toLowerCase().replace(/[^a-z0-9-]/g, "")}`;
}

function statusBadge(decision: Decision): string {
  const status = statusLabel(decision);
  return textElement("span", attribute("class", `badge ${statusClass(status)}`), status);
}

function decisionLink(log: LogIndex, decision: Decision, label = fullTitle(decision)): string {
  return textElement("a", attribute("href", `#${log.anchor(decision)}`), label);
}

function tagList(tags: readonly string[]): string {
  return tags.map((tag) => textElement("span", ' class="tag"', tag)).join("");
}

function indexRow(log: LogIndex, d: Decision): string {
  const replacements = log.supersededBy(d);
  const door = doorOf(d);
  const title = replacements.length || d.status.value === "superseded" ? textElement("del", "", d.title) : escapeText(d.title);
  const by = replacements.length
    ? ` by ${replacements.map((r) => decisionLink(log, r, numberLabel(r))).join(", ")}`
    : "";
  return element("tr", attribute("data-key", log.anchor(d)), [
    element("td", "", decisionLink(log, d, numberLabel(d))),
    element("td", "", title),
    element("td", "", statusBadge(d) + by),
    textElement("td", ' class="date"', d.date ?? ""),
    element("td", "", tagList(d.tags)),
    textElement("td", attribute("class", `door-${door}`), door),
  ].join(""));
}

function indexTable(log: LogIndex): string {
  const head = ["Number", "Title", "Status", "Date", "Tags", "Reversibility"].map((c) => textElement("th", "", c)).join("");
  return element("table", ' class="index"', element("thead", "", element("tr", "", head))
    + element("tbody", "", log.decisions.map((d) => indexRow(log, d)).join("")));
}

function timeline(log: LogIndex): string {
  const dated = [...log.decisions].sort((a, b) => (a.date ?? "9999") < (b.date ?? "9999") ? -1 : (a.date ?? "9999") > (b.date ?? "9999") ? 1 : 0);
  const items: string[] = [];
  let year: string | null = null;
  for (const d of dated) {
    const y = d.date ? d.date.slice(0, 4) : "Undated";
    if (y !== year) {
      year = y;
      items.push(textElement("li", ' class="year"', y));
    }
    const time = textElement("time", d.date ? attribute("datetime", d.date) : "", d.date ?? "no date");
    items.push(element("li", attribute("data-key", log.anchor(d)), `${time}${decisionLink(log, d)} ${statusBadge(d)}`));
  }
  return element("ol", ' class="timeline"', items.join(""));
}

/** A `dt`/`dd` pair of the decision's facts; `value` is HTML. */
function fact(label: string, value: string): string {
  return textElement("dt", "", label) + element("dd", "", value);
}

function textFact(label: string, value: string): string {
  return textElement("dt", "", label) + textElement("dd", "", value);
}

function facts(d: Decision): string {
  const { deciders, consulted, informed } = d.people;
  return [
    fact("Status", statusBadge(d)),
    d.date ? textFact("Date", d.date) : "",
    textFact("Reversibility", doorOf(d)),
    deciders.length ? textFact("Decided by", deciders.join(", ")) : "",
    consulted.length ? textFact("Consulted", consulted.join(", ")) : "",
    informed.length ? textFact("Informed", informed.join(", ")) : "",
    d.tags.length ? fact("Tags", tagList(d.tags)) : "",
    d.reviewBy ? textFact("Review by", d.reviewBy) : "",
    fact("File", textElement("code", "", d.path)),
  ].join("");
}

function relations(log: LogIndex, d: Decision): string {
  const links = log.edgesOf(d).map((e) => {
    const other = e.from === d ? e.to : e.from;
    const verb = e.relation === "relates" ? "Relates to" : e.from === d ? (e.relation === "supersedes" ? "Supersedes" : "Amends")
      : e.relation === "supersedes" ? "Superseded by" : "Amended by";
    return element("li", "", `${verb} ${decisionLink(log, other)}`);
  });
  return links.length ? element("ul", ' class="relations"', links.join("")) : "";
}

function decisionArticle(log: LogIndex, d: Decision, body: string): string {
  const anchor = log.anchor(d);
  const attributes = attribute("id", anchor) + ' class="decision"' + attribute("data-key", anchor)
    + attribute("data-status", statusLabel(d)) + attribute("data-tags", JSON.stringify(d.tags));
  return element("article", attributes, textElement("h3", "", fullTitle(d)) + element("dl", "", facts(d)) + relations(log, d)
    + element("div", ' class="body"', body));
}

function options(label: string, values: readonly string[]): string {
  return textElement("option", ' value=""', label) + values.map((v) => textElement("option", attribute("value", v), v)).join("");
}

function controls(log: LogIndex): string {
  const statuses = [...new Set(log.decisions.map(statusLabel))].sort();
  const tags = [...new Set(log.decisions.flatMap((d) => d.tags))].sort((a, b) => a.localeCompare(b));
  return element("div", ' class="controls" role="search"', [
    '<input type="search" id="search" placeholder="Search decisions…" aria-label="Search decisions" autocomplete="off">',
    element("select", ' id="status-filter" aria-label="Filter by status"', options("All statuses", statuses)),
    element("select", ' id="tag-filter" aria-label="Filter by tag"', options("All tags", tags)),
    textElement("output", ' id="shown-count" aria-live="polite"', `${log.decisions.length} decisions`),
  ].join(""));
}

function header(log: LogIndex, title: string, today: string | undefined): string {
  const nav = [["index", "Index"], ["graph", "Graph"], ["timeline", "Timeline"], ["decisions", "Decisions"]]
    .map(([id, label]) => textElement("a", ` href="#${id}"`, label)).join("");
  return element("header", ' class="page"', textElement("h1", "", title)
    + textElement("p", "", `${log.decisions.length} decisions${today ? ` · as of ${today}` : ""} · generated by adrkit`)
    + element("nav", ' class="toc"', nav));
}

function graphSection(log: LogIndex): string {
  const graph = graphSvg(log);
  const content = graph
    ? element("p", ' class="legend"', (Object.keys(EDGE_COLORS) as Array<keyof typeof EDGE_COLORS>).map((r) =>
      element("span", "", `${element("i", attribute("class", `legend-${r}`), "")}${r === "relates" ? "relates to" : r}`)).join(""))
      + element("div", ' class="figure"', graph)
    : textElement("p", ' class="muted"', "No decision supersedes, amends or relates to another yet.");
  return element("section", ' id="graph"', textElement("h2", "", "Supersede and amend graph") + content);
}

/** A body as HTML: bodies rendered to text (one raw node) go in as they are, others are serialized. */
function bodyText(content: ElementContent[]): string {
  if (content.length === 1 && content[0].type === "raw") return content[0].value;
  return toHtml({ type: "root", children: content }, { allowDangerousHtml: true });
}

export function renderLogHtml(decisions: readonly Decision[], options: LogHtmlOptions = {}): string {
  return logHtmlPieces(decisions, options).join("");
}

/**
 * The page as pieces whose concatenation is `renderLogHtml`'s text: the shell and each section, then one piece
 * per decision. Encoded piece by piece, the page never has to exist as one string, which would be copied whole
 * once more (as UTF-16, if any character of it needs that).
 */
export function logHtmlPieces(decisions: readonly Decision[], options: LogHtmlOptions = {}): string[] {
  const log = indexLog(decisions);
  const title = options.title ?? "Decision log";
  const render = options.body ?? decisionBodyHtml;
  const legendCss = Object.entries(EDGE_COLORS).map(([r, c]) => `.legend-${r}{border-top-color:${c} !important}`).join("\n");
  const [open, close] = pageFrame({ title, css: `${LOG_CSS}\n${legendCss}\n`, js: LOG_JS });
  return [
    `${open}<main>${header(log, title, options.today)}${controls(log)}`,
    element("section", ' id="index"', textElement("h2", "", "Index") + indexTable(log)),
    graphSection(log),
    element("section", ' id="timeline"', textElement("h2", "", "Timeline") + timeline(log)),
    `<section id="decisions">${textElement("h2", "", "Decisions")}`,
    ...log.decisions.map((d) => decisionArticle(log, d, bodyText(render(d, log)))),
    `</section></main>${close}`,
  ];
}
