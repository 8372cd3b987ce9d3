// failure-modes-stated: a decision says what breaks: under load, when a dependency fails.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "failure-modes-stated",
    type: "suggestion",
    description:
      "Nothing on what breaks: no Failure modes or Risks section with content, and no prose on failure (\"if X goes down\", \"under peak load\", \"single point of failure\", \"risk of ...\"). Applies to every status but rejected: a rejected decision was never run, so it has nothing to break.",
    severity: "warn",
    url: ruleDocsUrl("failure-modes-stated"),
    messages: {
      missing: "Nothing on what breaks: say how this fails at 10x load, when a dependency is down, or when an assumption turns out wrong, and what the impact is",
      empty: "The {{heading}} section is empty: list what breaks (at 10x load, when a dependency is down), its impact, and how you would notice",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    if (decision.status.value === "rejected" || decision.reasoning.failureModes.length > 0) return;
    const section = decision.sections.failureModes;
    if (section) report({ messageId: "empty", data: { heading: section.heading }, place: section.position });
    else report({ messageId: "missing", place: decision.titlePosition });
  },
};

export default rule;
