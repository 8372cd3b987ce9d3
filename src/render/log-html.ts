// `adrkit log --format html`: one self-contained page with index, search, filters, graph, timeline and every decision.
import { randomBytes } from "node:crypto";
import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import type { Decision } from "../model/index.js";
import { indexLog, numberLabel, fullTitle, statusLabel, doorOf, type LogIndex } from "./relations.js";
import { decisionBodyHtml } from "./decision-html.js";
import { graphSvg, EDGE_COLORS } from "./graph-svg.js";
import { renderPage } from "./page.js";
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

export function statusBadge(decision: Decision): Element {
  const status = statusLabel(decision);
  return h("span", { className: ["badge", statusClass(status)] }, status);
}

function decisionLink(log: LogIndex, decision: Decision, label = fullTitle(decision)): Element {
  return h("a", { href: `#${log.anchor(decision)}` }, label);
}

function tagList(tags: readonly string[]): ElementContent[] {
  return tags.map((tag) => h("span", { className: ["tag"] }, tag));
}

function indexTable(log: LogIndex): Element {
  return h("table", { className: ["index"] }, [
    h("thead", h("tr", ["Number", "Title", "Status", "Date", "Tags", "Reversibility"].map((c) => h("th", c)))),
    h("tbody", log.decisions.map((d) => {
      const replacements = log.supersededBy(d);
      const door = doorOf(d);
      return h("tr", { dataKey: log.anchor(d) }, [
        h("td", decisionLink(log, d, numberLabel(d))),
        h("td", replacements.length || d.status.value === "superseded" ? h("del", d.title) : d.title),
        h("td", [
          statusBadge(d),
          ...(replacements.length
            ? [" by ", ...replacements.flatMap((r, i) => [...(i ? [", "] : []), decisionLink(log, r, numberLabel(r))])]
            : []),
        ]),
        h("td", { className: ["date"] }, d.date ?? ""),
        h("td", tagList(d.tags)),
        h("td", { className: [`door-${door}`] }, door),
      ]);
    })),
  ]);
}

function timeline(log: LogIndex): Element {
  const dated = [...log.decisions].sort((a, b) => (a.date ?? "9999") < (b.date ?? "9999") ? -1 : (a.date ?? "9999") > (b.date ?? "9999") ? 1 : 0);
  const items: Element[] = [];
  let year: string | null = null;
  for (const d of dated) {
    const y = d.date ? d.date.slice(0, 4) : "Undated";
    if (y !== year) {
      year = y;
      items.push(h("li", { className: ["year"] }, y));
    }
    items.push(h("li", { dataKey: log.anchor(d) }, [
      h("time", d.date ? { dateTime: d.date } : {}, d.date ?? "no date"), decisionLink(log, d), " ", statusBadge(d),
    ]));
  }
  return h("ol", { className: ["timeline"] }, items);
}

function people(label: string, names: readonly string[]): ElementContent[] {
  return names.length ? [h("dt", label), h("dd", names.join(", "))] : [];
}

function decisionArticle(log: LogIndex, d: Decision, body: NonNullable<LogHtmlOptions["body"]>): Element {
  const links = log.edgesOf(d).map((e) => {
    const other = e.from === d ? e.to : e.from;
    const verb = e.relation === "relates" ? "Relates to" : e.from === d ? (e.relation === "supersedes" ? "Supersedes" : "Amends")
      : e.relation === "supersedes" ? "Superseded by" : "Amended by";
    return h("li", [`${verb} `, decisionLink(log, other)]);
  });
  return h("article", {
    id: log.anchor(d), className: ["decision"], dataKey: log.anchor(d), dataStatus: statusLabel(d), dataTags: JSON.stringify(d.tags),
  }, [
    h("h3", fullTitle(d)),
    h("dl", [
      h("dt", "Status"), h("dd", statusBadge(d)),
      ...(d.date ? [h("dt", "Date"), h("dd", d.date)] : []),
      h("dt", "Reversibility"), h("dd", doorOf(d)),
      ...people("Decided by", d.people.deciders),
      ...people("Consulted", d.people.consulted),
      ...people("Informed", d.people.informed),
      ...(d.tags.length ? [h("dt", "Tags"), h("dd", tagList(d.tags))] : []),
      ...(d.reviewBy ? [h("dt", "Review by"), h("dd", d.reviewBy)] : []),
      h("dt", "File"), h("dd", h("code", d.path)),
    ]),
    ...(links.length ? [h("ul", { className: ["relations"] }, links)] : []),
    h("div", { className: ["body"] }, body(d, log)),
  ]);
}

function controls(log: LogIndex): Element {
  const statuses = [...new Set(log.decisions.map(statusLabel))].sort();
  const tags = [...new Set(log.decisions.flatMap((d) => d.tags))].sort((a, b) => a.localeCompare(b));
  return h("div", { className: ["controls"], role: "search" }, [
    h("input", { type: "search", id: "search", placeholder: "Search decisions…", ariaLabel: "Search decisions", autocomplete: "off" }),
    h("select", { id: "status-filter", ariaLabel: "Filter by status" }, [
      h("option", { value: "" }, "All statuses"), ...statuses.map((s) => h("option", { value: s }, s)),
    ]),
    h("select", { id: "tag-filter", ariaLabel: "Filter by tag" }, [
      h("option", { value: "" }, "All tags"), ...tags.map((t) => h("option", { value: t }, t)),
    ]),
    h("output", { id: "shown-count", ariaLive: "polite" }, `${log.decisions.length} decisions`),
  ]);
}

export function renderLogHtml(decisions: readonly Decision[], options: LogHtmlOptions = {}): string {
  const log = indexLog(decisions);
  const title = options.title ?? "Decision log";
  const graph = graphSvg(log);
  const render = options.body ?? decisionBodyHtml;
  // A body that is HTML text already (rendered in a parse worker) is spliced into the page text at the end: carried
  // through the serializer it would be copied again at every enclosing element, a second of work on a large log.
  const spliced: string[] = [];
  const marker = `adrkit-body-${randomBytes(8).toString("hex")}-`;
  const bodyOf = (d: Decision, l: LogIndex): ElementContent[] => {
    const content = render(d, l);
    if (content.length !== 1 || content[0].type !== "raw") return content;
    spliced.push(content[0].value);
    return [{ type: "raw", value: `<${marker}${spliced.length - 1}>` }];
  };
  const body = h("main", [
    h("header", { className: ["page"] }, [
      h("h1", title),
      h("p", `${log.decisions.length} decisions${options.today ? ` · as of ${options.today}` : ""} · generated by adrkit`),
      h("nav", { className: ["toc"] }, [
        h("a", { href: "#index" }, "Index"), h("a", { href: "#graph" }, "Graph"),
        h("a", { href: "#timeline" }, "Timeline"), h("a", { href: "#decisions" }, "Decisions"),
      ]),
    ]),
    controls(log),
    h("section", { id: "index" }, [h("h2", "Index"), indexTable(log)]),
    h("section", { id: "graph" }, [
      h("h2", "Supersede and amend graph"),
      ...(graph
        ? [
          h("p", { className: ["legend"] }, (Object.keys(EDGE_COLORS) as Array<keyof typeof EDGE_COLORS>).map((r) =>
            h("span", [h("i", { className: [`legend-${r}`] }), r === "relates" ? "relates to" : r]))),
          h("div", { className: ["figure"] }, graph),
        ]
        : [h("p", { className: ["muted"] }, "No decision supersedes, amends or relates to another yet.")]),
    ]),
    h("section", { id: "timeline" }, [h("h2", "Timeline"), timeline(log)]),
    h("section", { id: "decisions" }, [h("h2", "Decisions"), ...log.decisions.map((d) => decisionArticle(log, d, bodyOf))]),
  ]);
  const legendCss = Object.entries(EDGE_COLORS).map(([r, c]) => `.legend-${r}{border-top-color:${c} !important}`).join("\n");
  const page = renderPage({ title, css: `${LOG_CSS}\n${legendCss}\n`, js: LOG_JS, body: [body] });
  if (spliced.length === 0) return page;
  const pieces: string[] = [];
  let at = 0;
  for (;;) {
    const start = page.indexOf(`<${marker}`, at);
    if (start < 0) break;
    const end = page.indexOf(">", start);
    pieces.push(page.slice(at, start), spliced[Number(page.slice(start + marker.length + 1, end))]);
    at = end + 1;
  }
  pieces.push(page.slice(at));
  return pieces.join("");
}
