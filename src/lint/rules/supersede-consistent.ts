// Placeholder for `supersede-consistent` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type RepositoryRule } from "../types.js";

const rule: RepositoryRule = {
  meta: {
    id: "supersede-consistent",
    type: "problem",
    description: "Supersede links that do not agree both ways",
    severity: "error",
    url: ruleDocsUrl("supersede-consistent"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "repository",
  },
  check() {},
};

export default rule;
