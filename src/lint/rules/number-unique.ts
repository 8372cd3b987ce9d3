// Placeholder for `number-unique` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type RepositoryRule } from "../types.js";

const rule: RepositoryRule = {
  meta: {
    id: "number-unique",
    type: "problem",
    description: "Two ADRs of one log share a number",
    severity: "error",
    url: ruleDocsUrl("number-unique"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "repository",
  },
  check() {},
};

export default rule;
