// Placeholder for `decision-assertive` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "decision-assertive",
    type: "suggestion",
    description: "Hedged decision: should / might / maybe / could / probably / TBD",
    severity: "warn",
    url: ruleDocsUrl("decision-assertive"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
