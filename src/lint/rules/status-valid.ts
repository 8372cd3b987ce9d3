// Placeholder for `status-valid` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "status-valid",
    type: "problem",
    description: "Status missing, or outside the configured vocabulary",
    severity: "error",
    url: ruleDocsUrl("status-valid"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
