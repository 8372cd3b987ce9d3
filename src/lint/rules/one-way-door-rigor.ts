// one-way-door-rigor: a decision that is hard to undo gets more options and more people than one that is not.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

interface Options {
  minOptions: number;
}

const rule: DecisionRule<Options> = {
  meta: {
    id: "one-way-door-rigor",
    type: "suggestion",
    description:
      "An irreversible (one-way door) decision considered fewer than three options (configurable), names no decision-makers, or consulted no one; one finding per gap, at the reversibility statement. Applies to every status but rejected: a rejected one-way door was never walked through.",
    severity: "warn",
    url: ruleDocsUrl("one-way-door-rigor"),
    messages: {
      fewOptions: "One-way door weighed only {{count}} option(s): an irreversible decision deserves at least {{min}} real alternatives, each with pros and cons",
      noDeciders: "One-way door names no decision-makers: list who decided (front matter `decision-makers`), so the call has owners",
      noConsulted: "One-way door consulted no one: list who was consulted (front matter `consulted`), e.g. the teams that will live with it",
    },
    fixable: false,
    schema: {
      type: "object",
      properties: { minOptions: { type: "integer", minimum: 2 } },
      additionalProperties: false,
    },
    defaultOptions: { minOptions: 3 },
    scope: "decision",
  },
  check({ decision, options, report }) {
    const reversibility = decision.reasoning.reversibility;
    if (decision.status.value === "rejected" || reversibility?.door !== "one-way") return;
    const place = reversibility.position ?? decision.sections.reversibility?.position ?? decision.titlePosition;
    const min = options.minOptions ?? 3;
    const count = decision.reasoning.options.length;
    if (count < min) report({ messageId: "fewOptions", data: { count, min }, place });
    if (decision.people.deciders.length === 0) report({ messageId: "noDeciders", place });
    if (decision.people.consulted.length === 0) report({ messageId: "noConsulted", place });
  },
};

export default rule;
