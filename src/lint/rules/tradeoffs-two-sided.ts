// Placeholder for `tradeoffs-two-sided` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "tradeoffs-two-sided",
    type: "problem",
    description: "No downside stated anywhere",
    severity: "error",
    url: ruleDocsUrl("tradeoffs-two-sided"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
