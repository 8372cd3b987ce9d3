// Placeholder for `accepted-immutable` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "accepted-immutable",
    type: "suggestion",
    description: "An accepted ADR had text changed beyond status and links",
    severity: "warn",
    url: ruleDocsUrl("accepted-immutable"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
