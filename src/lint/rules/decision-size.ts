// Placeholder for `decision-size` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "decision-size",
    type: "suggestion",
    description: "Over the word limit or more than one chosen option",
    severity: "warn",
    url: ruleDocsUrl("decision-size"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
