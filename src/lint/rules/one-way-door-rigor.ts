// Placeholder for `one-way-door-rigor` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "one-way-door-rigor",
    type: "suggestion",
    description: "An irreversible decision with too little rigor",
    severity: "warn",
    url: ruleDocsUrl("one-way-door-rigor"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
