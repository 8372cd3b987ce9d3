// Placeholder for `assumptions-stated` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "assumptions-stated",
    type: "suggestion",
    description: "No assumptions stated",
    severity: "warn",
    url: ruleDocsUrl("assumptions-stated"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
