// review-overdue: an accepted decision whose review date, or an assumption's check date, has passed.
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import type { Decision, Position } from "../../model/index.js";
import { linesOf } from "../text.js";

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The front matter's `review-by:` line, so the finding points at the date a writer will edit. */
function reviewByPosition(decision: Decision): Position | undefined {
  const fm = decision.frontMatter;
  if (!fm) return undefined;
  const text = String(decision.file.value);
  const m = /^review[-_ ]?by[ \t]*:.*$/im.exec(text.slice(fm.start, fm.bodyStart));
  if (!m) return undefined;
  const start = fm.start + m.index;
  return linesOf(text).position(start, start + m[0].length);
}

function isDate(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

const rule: DecisionRule = {
  meta: {
    id: "review-overdue",
    type: "suggestion",
    description:
      "An accepted decision's `review-by` date, or an assumption's `By:` date, has passed (compared with `--today`). Superseded, deprecated and rejected ADRs are skipped.",
    severity: "warn",
    url: ruleDocsUrl("review-overdue"),
    messages: {
      reviewOverdue:
        "Review was due on {{due}} ({{days}} days ago): revisit this decision — confirm it still holds and set a new `review-by` date, or supersede it.",
      assumptionOverdue:
        "Assumption \"{{assumption}}\" was to be checked by {{due}} ({{days}} days ago): record what the check found and set the next date, or revisit the decision if it no longer holds.",
    },
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check({ decision, today, report }) {
    // Only accepted decisions are commitments to revisit; superseded, deprecated and rejected ones are history.
    if (decision.status.value !== "accepted") return;
    const reviewOverdue = isDate(decision.reviewBy) && decision.reviewBy < today;
    if (reviewOverdue) {
      report({
        messageId: "reviewOverdue",
        data: { due: decision.reviewBy!, days: daysBetween(decision.reviewBy!, today) },
        place: reviewByPosition(decision) ?? decision.status.position ?? decision.titlePosition,
      });
    }
    for (const assumption of decision.reasoning.assumptions) {
      if (!isDate(assumption.dueDate) || assumption.dueDate >= today) continue;
      // Assumptions due with the decision's own review are part of that one overdue review.
      if (reviewOverdue && assumption.dueDate === decision.reviewBy) continue;
      const short = assumption.text.length > 60 ? `${assumption.text.slice(0, 57).trimEnd()}...` : assumption.text;
      report({
        messageId: "assumptionOverdue",
        data: { assumption: short, due: assumption.dueDate, days: daysBetween(assumption.dueDate, today) },
        place: assumption.position ?? decision.sections.assumptions?.position ?? decision.titlePosition,
      });
    }
  },
};

export default rule;
