// Placeholder for `failure-mode-mitigation` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "failure-mode-mitigation",
    type: "suggestion",
    description: "A failure mode names no detection and no mitigation",
    severity: "warn",
    url: ruleDocsUrl("failure-mode-mitigation"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
