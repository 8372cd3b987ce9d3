// Placeholder for `no-placeholders` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "no-placeholders",
    type: "problem",
    description: "Template text left in: TODO/TBD/FIXME, template placeholders and prompts",
    severity: "error",
    url: ruleDocsUrl("no-placeholders"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check() {},
};

export default rule;
