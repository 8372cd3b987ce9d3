// Placeholder for `review-overdue` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "review-overdue",
    type: "suggestion",
    description: "A review-by date has passed for an accepted decision",
    severity: "warn",
    url: ruleDocsUrl("review-overdue"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
