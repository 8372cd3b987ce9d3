// Placeholder for `failure-modes-stated` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "failure-modes-stated",
    type: "suggestion",
    description: "Nothing on what breaks",
    severity: "warn",
    url: ruleDocsUrl("failure-modes-stated"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
