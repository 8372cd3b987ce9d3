// Placeholder for `decision-has-rationale` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "decision-has-rationale",
    type: "problem",
    description: "The decision says what but never why",
    severity: "error",
    url: ruleDocsUrl("decision-has-rationale"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
