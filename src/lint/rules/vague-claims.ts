// Placeholder for `vague-claims` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "vague-claims",
    type: "suggestion",
    description: "Unquantified claims with no number, unit or comparison",
    severity: "warn",
    url: ruleDocsUrl("vague-claims"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
