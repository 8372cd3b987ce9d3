// assumptions-stated: a decision says what it takes for granted, in an Assumptions section or in prose.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "assumptions-stated",
    type: "suggestion",
    description:
      "No assumptions stated: no Assumptions section with content, and no \"we assume\", \"assuming\", \"this relies on\" in the prose of any section. Applies to every status: the assumptions are often why a decision was later superseded.",
    severity: "warn",
    url: ruleDocsUrl("assumptions-stated"),
    messages: {
      missing: "No assumptions stated: say what must hold for this decision to stay right (load, team, budget, a dependency), e.g. an Assumptions section or \"We assume ...\"",
      empty: "The Assumptions section is empty: list what must hold for this decision to stay right, one item each, with how and when it will be checked",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    if (decision.reasoning.assumptions.length > 0) return;
    const section = decision.sections.assumptions;
    if (section) report({ messageId: "empty", place: section.position });
    else report({ messageId: "missing", place: decision.titlePosition });
  },
};

export default rule;
