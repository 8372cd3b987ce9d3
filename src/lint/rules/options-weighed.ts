// Placeholder for `options-weighed` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "options-weighed",
    type: "suggestion",
    description: "A considered option has no pro or no con",
    severity: "warn",
    url: ruleDocsUrl("options-weighed"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
