// Placeholder for `options-considered` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "options-considered",
    type: "problem",
    description: "Fewer than two options considered",
    severity: "error",
    url: ruleDocsUrl("options-considered"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
