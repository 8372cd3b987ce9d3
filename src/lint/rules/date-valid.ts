// Placeholder for `date-valid` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "date-valid",
    type: "problem",
    description: "Date missing or not ISO 8601",
    severity: "warn",
    url: ruleDocsUrl("date-valid"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
