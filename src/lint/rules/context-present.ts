// Placeholder for `context-present` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "context-present",
    type: "problem",
    description: "No context, or too thin to explain the forces",
    severity: "error",
    url: ruleDocsUrl("context-present"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
