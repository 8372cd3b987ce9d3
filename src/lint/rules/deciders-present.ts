// Placeholder for `deciders-present` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "deciders-present",
    type: "suggestion",
    description: "An accepted decision names no decision-makers",
    severity: "warn",
    url: ruleDocsUrl("deciders-present"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
