// Placeholder for `assumption-validation` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "assumption-validation",
    type: "suggestion",
    description: "An assumption says neither how nor when it will be checked",
    severity: "warn",
    url: ruleDocsUrl("assumption-validation"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
