// number-unique: no two ADRs of one log share a number.
import { ruleDocsUrl, type RepositoryRule } from "../types.js";
import { indexLog } from "./links-resolve.js";

const rule: RepositoryRule = {
  meta: {
    id: "number-unique",
    type: "problem",
    description:
      "Two ADRs of one log share a number; reported on each of them.",
    severity: "error",
    url: ruleDocsUrl("number-unique"),
    messages: {
      duplicate:
        "ADR number {{number}} is also used by {{others}}: give each ADR its own number (`adrkit renumber` picks the next free one) so links and references stay unambiguous.",
    },
    fixable: false,
    schema: null,
    scope: "repository",
  },
  check({ decisions, report }) {
    for (const [number, group] of indexLog(decisions).byNumber) {
      if (group.length < 2) continue;
      for (const decision of group) {
        const others = group.filter((d) => d !== decision).map((d) => d.path).join(", ");
        report(decision, { messageId: "duplicate", data: { number, others }, place: decision.titlePosition });
      }
    }
  },
};

export default rule;
