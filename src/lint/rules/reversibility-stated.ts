// Placeholder for `reversibility-stated` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "reversibility-stated",
    type: "suggestion",
    description: "Nothing on how hard the decision is to undo",
    severity: "warn",
    url: ruleDocsUrl("reversibility-stated"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
