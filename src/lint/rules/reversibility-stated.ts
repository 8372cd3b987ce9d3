// reversibility-stated: a decision says how hard it is to undo.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "reversibility-stated",
    type: "suggestion",
    description:
      "Nothing on how hard the decision is to undo: no Reversibility section with content, and no prose such as \"one-way door\", \"irreversible\", \"easy to revert\", \"can be rolled back\", \"lock-in\". Applies to every status but rejected: a rejected decision has nothing to undo.",
    severity: "warn",
    url: ruleDocsUrl("reversibility-stated"),
    messages: {
      missing: "Nothing on how hard this is to undo: say whether it is a one-way or two-way door, what reverting would cost, and the plan to revert",
      empty: "The {{heading}} section is empty: start with `Door: one-way` or `Door: two-way`, then the cost and the plan to undo it",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    if (decision.status.value === "rejected" || decision.reasoning.reversibility) return;
    const section = decision.sections.reversibility;
    if (section) report({ messageId: "empty", data: { heading: section.heading }, place: section.position });
    else report({ messageId: "missing", place: decision.titlePosition });
  },
};

export default rule;
