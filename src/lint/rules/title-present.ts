// Placeholder for `title-present` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "title-present",
    type: "problem",
    description: "No H1 title",
    severity: "error",
    url: ruleDocsUrl("title-present"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
