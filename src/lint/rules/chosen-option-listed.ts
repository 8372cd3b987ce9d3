// Placeholder for `chosen-option-listed` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "chosen-option-listed",
    type: "problem",
    description: "The chosen option is not among the considered options",
    severity: "warn",
    url: ruleDocsUrl("chosen-option-listed"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
