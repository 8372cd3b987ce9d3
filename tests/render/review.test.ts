// `review`: what is due within the window, overdue first; history is not reviewed.
import { describe, it, expect } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { toString } from "mdast-util-to-string";
import type { Root } from "mdast";
import { dueForReview, renderReviewMarkdown, renderReviewJson, parseDuration } from "../../src/render/index.js";
import { makeDecision } from "./make-decision.js";

const log = [
  makeDecision({ number: 1, title: "Old review", reviewBy: "2026-03-01" }),
  makeDecision({
    number: 2, title: "Assumptions", reviewBy: "2026-09-01",
    reasoning: {
      assumptions: [
        { text: "Soon", validation: "dashboard", due: "2026-04-20", dueDate: "2026-04-20" },
        { text: "Later", validation: null, due: "2026-08-01", dueDate: "2026-08-01" },
        { text: "After 10k users", validation: null, due: "after 10k users", dueDate: null },
      ],
    },
  }),
  makeDecision({ number: 3, title: "Superseded one", status: "superseded", reviewBy: "2026-01-01" }),
];

describe("review", () => {
  it("lists items due within the window, most overdue first, and skips superseded decisions", () => {
    const items = dueForReview(log, { today: "2026-04-01", withinDays: 30 });
    expect(items.map((i) => [i.decision.number, i.assumption?.text ?? "decision", i.overdue, i.daysOverdue])).toEqual([
      [1, "decision", true, 31],
      [2, "Soon", false, -19],
    ]);
    expect(dueForReview(log, { today: "2026-04-01", withinDays: 180 })).toHaveLength(4);
  });

  it("prints overdue and due-soon groups as Markdown", () => {
    const tree = unified().use(remarkParse).parse(renderReviewMarkdown(log, { today: "2026-04-01", withinDays: 30 })) as Root;
    expect(tree.children.map((n) => toString(n))).toEqual([
      "Due for review",
      "As of 2026-04-01, looking 30 days ahead: 1 overdue, 1 due soon.",
      "Overdue",
      "1. Old review — review the decision — 31 days overdue (due 2026-03-01)",
      "Due soon",
      "2. Assumptions — assumption: Soon. Check: dashboard. — due in 19 days (2026-04-20)",
    ]);
    const empty = renderReviewMarkdown(log, { today: "2025-01-01", withinDays: 7 });
    expect(empty).toContain("Nothing is due for review.");
  });

  it("writes JSON for tools", () => {
    const json = JSON.parse(renderReviewJson(log, { today: "2026-04-01" }));
    expect(json.schemaVersion).toBe(1);
    expect(json.items[0]).toMatchObject({ number: 1, kind: "decision", due: "2026-03-01", overdue: true, daysOverdue: 31 });
  });

  it("reads the durations people type", () => {
    expect([parseDuration("30d"), parseDuration("6w"), parseDuration("3m"), parseDuration("1y"), parseDuration("10")]).toEqual([30, 42, 90, 365, 10]);
    expect(parseDuration("soon")).toBeNull();
  });
});
