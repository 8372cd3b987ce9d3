// `adrkit summary --format markdown`: the digest as an mdast tree in plain language.
import type { Root, RootContent, PhrasingContent, ListItem, BlockContent } from "mdast";
import type { Decision } from "../model/index.js";
import { fullTitle, statusLabel } from "./relations.js";
import { buildDigest, type Digest, type SummaryOptions } from "./digest.js";
import { reviewItemPhrasing } from "./review.js";
import { describeDays } from "./dates.js";
import { stringifyMarkdown, text, root, table, oneLine } from "./markdown.js";

export interface SummaryMarkdownOptions extends SummaryOptions {
  /** Link target for a decision; without it decisions are named in bold, unlinked. */
  href?: (decision: Decision) => string;
}

type Href = SummaryMarkdownOptions["href"];

function name(d: Decision, href: Href): PhrasingContent {
  const strong: PhrasingContent = { type: "strong", children: [text(oneLine(fullTitle(d)))] };
  return href ? { type: "link", url: href(d), children: [strong] } : strong;
}

function heading(depth: 1 | 2 | 3, value: string): RootContent {
  return { type: "heading", depth, children: [text(value)] };
}

function para(children: PhrasingContent[]): RootContent {
  return { type: "paragraph", children };
}

function blockList(items: BlockContent[][]): RootContent {
  return {
    type: "list", ordered: false, spread: false,
    children: items.map((children): ListItem => ({ type: "listItem", spread: false, children })),
  };
}

function list(items: PhrasingContent[][]): RootContent {
  return blockList(items.map((content) => [{ type: "paragraph", children: content }]));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function periodText(o: SummaryOptions): string {
  if (o.since && o.until) return `${o.since} to ${o.until}`;
  if (o.since) return `since ${o.since}`;
  if (o.until) return `up to ${o.until}`;
  return "all time";
}

export function atAGlance(digest: Digest): string {
  const counts = new Map<string, number>();
  for (const d of digest.inPeriod) counts.set(statusLabel(d), (counts.get(statusLabel(d)) ?? 0) + 1);
  const byStatus = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${n} ${s}`).join(", ");
  const attention = digest.proposals.length + digest.due.length;
  return [
    `${plural(digest.inPeriod.length, "decision")} in this period${byStatus ? ` (${byStatus})` : ""}.`,
    `${plural(digest.oneWayDoors.length, "one-way door")} and ${plural(digest.unmitigated.length, "failure mode")} without a mitigation.`,
    `${plural(attention, "item")} need${attention === 1 ? "s" : ""} attention.`,
  ].join(" ");
}

/** The digest's sections after the title and the at-a-glance line, shared by the Markdown and HTML forms. */
export function digestSections(digest: Digest, href: Href): RootContent[] {
  const out: RootContent[] = [];
  out.push(heading(2, "What was decided"));
  out.push(digest.decided.length
    ? list(digest.decided.map((e) => [
      name(e.decision, href),
      text(` (${statusLabel(e.decision)}${e.decision.date ? `, ${e.decision.date}` : ""}): ${e.summary}`),
    ]))
    : para([text("No decisions were recorded in this period.")]));

  out.push(heading(2, "What it costs"));
  out.push(digest.costs.length
    ? blockList(digest.costs.map((c) => [
      { type: "paragraph", children: [name(c.decision, href)] },
      list(c.costs.map((cost) => [text(cost)])) as BlockContent,
    ]))
    : para([text("None of these decisions records what it gives up.")]));

  out.push(heading(2, "Risk and reversibility"));
  out.push(heading(3, "One-way doors (hard to undo)"));
  out.push(digest.oneWayDoors.length
    ? list(digest.oneWayDoors.map((d) => {
      const how = oneLine(d.reasoning.reversibility?.text ?? "").replace(/^door:\s*one-way[.\s]*/i, "");
      return [name(d, href), ...(how ? [text(`: ${how}`)] : [])];
    }))
    : para([text("None.")]));
  out.push(heading(3, "Failure modes without a mitigation"));
  out.push(digest.unmitigated.length
    ? list(digest.unmitigated.map((u) => [name(u.decision, href), text(`: ${oneLine(u.failureMode.text)}`)]))
    : para([text("None.")]));
  out.push(para([text(
    `Two-way doors (cheap to undo): ${digest.doors["two-way"]}. Reversibility not stated: ${digest.doors.unknown}.`,
  )]));

  out.push(heading(2, "What needs attention"));
  out.push(heading(3, "Proposals awaiting a decision"));
  out.push(digest.proposals.length
    ? list(digest.proposals.map((p) => [
      name(p.decision, href),
      text(p.waitingDays === null ? ` (${statusLabel(p.decision)}, no date)` : ` (${statusLabel(p.decision)}): waiting ${describeDays(p.waitingDays)}, since ${p.decision.date}`),
    ]))
    : para([text("None.")]));
  out.push(heading(3, "Assumptions and reviews due"));
  out.push(digest.due.length ? list(digest.due.map(reviewItemPhrasing)) : para([text("Nothing is due.")]));
  out.push(heading(3, "Superseded in this period"));
  out.push(digest.superseded.length
    ? list(digest.superseded.map((s) => [
      name(s.decision, href), text(" by "),
      ...s.by.flatMap((b, i) => [...(i ? [text(", ")] : []), name(b, href)]),
      ...(s.on ? [text(` on ${s.on}`)] : []),
    ]))
    : para([text("None.")]));

  out.push(heading(2, "Who decided, who was consulted, who was informed"));
  out.push(digest.people.length
    ? table(["Person", "Decided", "Consulted", "Informed"], digest.people.map((p) => [
      [text(p.name)], [text(String(p.decided))], [text(String(p.consulted))], [text(String(p.informed))],
    ]))
    : para([text("No decision in this period names its decision-makers.")]));
  return out;
}

export function scopeText(o: SummaryOptions): string {
  const parts = [`Period: ${periodText(o)}`];
  if (o.tags?.length) parts.push(`tags: ${o.tags.join(", ")}`);
  if (o.statuses?.length) parts.push(`status: ${o.statuses.join(", ")}`);
  parts.push(`as of ${o.today}`);
  return parts.join(" · ");
}

export function summaryTree(decisions: readonly Decision[], options: SummaryMarkdownOptions): Root {
  const digest = buildDigest(decisions, options);
  return root([
    heading(1, "Decision summary"),
    para([{ type: "emphasis", children: [text(scopeText(options))] }]),
    para([text(atAGlance(digest))]),
    ...digestSections(digest, options.href),
  ]);
}

export function renderSummaryMarkdown(decisions: readonly Decision[], options: SummaryMarkdownOptions): string {
  return stringifyMarkdown(summaryTree(decisions, options));
}
