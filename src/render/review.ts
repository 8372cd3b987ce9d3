// `adrkit review`: assumptions and decisions that are due (or overdue) for review, for a team's review meeting.
import type { Root, ListItem, PhrasingContent } from "mdast";
import type { Decision, Assumption } from "../model/index.js";
import { HISTORICAL_STATUSES } from "../model/index.js";
import { indexLog, fullTitle } from "./relations.js";
import { addDays, daysBetween, describeDays } from "./dates.js";
import { stringifyMarkdown, text, root, oneLine } from "./markdown.js";

export interface ReviewOptions {
  /** ISO date to compare with. */
  today: string;
  /** Include items due within this many days from today (default 30). */
  withinDays?: number;
}

export interface ReviewItem {
  decision: Decision;
  kind: "assumption" | "decision";
  /** The assumption, for `kind: "assumption"`. */
  assumption: Assumption | null;
  due: string;
  /** Days past due (positive) or until due (negative). */
  daysOverdue: number;
  overdue: boolean;
}

/** Items due on or before today + withinDays, most overdue first. Decisions that are history are skipped. */
export function dueForReview(decisions: readonly Decision[], options: ReviewOptions): ReviewItem[] {
  const horizon = addDays(options.today, options.withinDays ?? 30);
  const items: ReviewItem[] = [];
  for (const decision of indexLog(decisions).decisions) {
    if (decision.status.value && (HISTORICAL_STATUSES as readonly string[]).includes(decision.status.value)) continue;
    const add = (kind: ReviewItem["kind"], due: string, assumption: Assumption | null): void => {
      if (due > horizon) return;
      const daysOverdue = daysBetween(due, options.today);
      items.push({ decision, kind, assumption, due, daysOverdue, overdue: daysOverdue > 0 });
    };
    if (decision.reviewBy) add("decision", decision.reviewBy, null);
    for (const assumption of decision.reasoning.assumptions) {
      if (assumption.dueDate) add("assumption", assumption.dueDate, assumption);
    }
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.decision.number ?? 0) - (b.decision.number ?? 0));
}

/** Text on one line ending in a full stop, so that sentences joined after it still read. */
export function asSentence(value: string): string {
  const line = oneLine(value);
  return !line || /[.!?…]$/.test(line) ? line : `${line}.`;
}

export function whenDue(item: ReviewItem): string {
  if (item.daysOverdue > 0) return `${describeDays(item.daysOverdue)} overdue (due ${item.due})`;
  if (item.daysOverdue === 0) return `due today (${item.due})`;
  return `due in ${describeDays(-item.daysOverdue)} (${item.due})`;
}

/** One review item as phrasing: the decision in bold, then what to check and when. */
export function reviewItemPhrasing(item: ReviewItem): PhrasingContent[] {
  const out: PhrasingContent[] = [{ type: "strong", children: [text(oneLine(fullTitle(item.decision)))] }, text(" — ")];
  if (item.assumption) {
    out.push(text(`assumption: ${asSentence(item.assumption.text)}`));
    if (item.assumption.validation) out.push(text(` Check: ${asSentence(item.assumption.validation)}`));
    out.push(text(` — ${whenDue(item)}`));
  } else {
    out.push(text(`review the decision — ${whenDue(item)}`));
  }
  return out;
}

export function reviewTree(items: readonly ReviewItem[], options: ReviewOptions): Root {
  const within = options.withinDays ?? 30;
  const list = (group: readonly ReviewItem[]) => ({
    type: "list" as const,
    ordered: false,
    spread: false,
    children: group.map((item): ListItem => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: reviewItemPhrasing(item) }] })),
  });
  const overdue = items.filter((i) => i.overdue);
  const soon = items.filter((i) => !i.overdue);
  const children: Root["children"] = [
    { type: "heading", depth: 1, children: [text("Due for review")] },
    { type: "paragraph", children: [text(`As of ${options.today}, looking ${within} days ahead: ${overdue.length} overdue, ${soon.length} due soon.`)] },
  ];
  if (items.length === 0) children.push({ type: "paragraph", children: [text("Nothing is due for review.")] });
  if (overdue.length) children.push({ type: "heading", depth: 2, children: [text("Overdue")] }, list(overdue));
  if (soon.length) children.push({ type: "heading", depth: 2, children: [text("Due soon")] }, list(soon));
  return root(children);
}

export function renderReviewMarkdown(decisions: readonly Decision[], options: ReviewOptions): string {
  return stringifyMarkdown(reviewTree(dueForReview(decisions, options), options));
}

export function renderReviewJson(decisions: readonly Decision[], options: ReviewOptions): string {
  const items = dueForReview(decisions, options).map((i) => ({
    number: i.decision.number,
    title: i.decision.title,
    path: i.decision.path,
    kind: i.kind,
    assumption: i.assumption?.text ?? null,
    validation: i.assumption?.validation ?? null,
    due: i.due,
    overdue: i.overdue,
    daysOverdue: i.daysOverdue,
  }));
  return `${JSON.stringify({ schemaVersion: 1, today: options.today, withinDays: options.withinDays ?? 30, items }, null, 2)}\n`;
}
