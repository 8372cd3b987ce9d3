// Placeholder for `links-resolve` until its rule lands: the real id and meta, and no findings.
import { ruleDocsUrl, type RepositoryRule } from "../types.js";

const rule: RepositoryRule = {
  meta: {
    id: "links-resolve",
    type: "problem",
    description: "A link names an ADR or file that does not exist",
    severity: "error",
    url: ruleDocsUrl("links-resolve"),
    messages: {},
    fixable: false,
    schema: null,
    scope: "repository",
  },
  check() {},
};

export default rule;
