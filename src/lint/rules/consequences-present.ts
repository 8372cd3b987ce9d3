// Placeholder for `consequences-present` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "consequences-present",
    type: "problem",
    description: "No consequences",
    severity: "error",
    url: ruleDocsUrl("consequences-present"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
