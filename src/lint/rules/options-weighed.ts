// options-weighed: every considered option has at least one argument for it and one against it.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "options-weighed",
    type: "suggestion",
    description:
      "A considered option lists no pro or no con (`- Pro:` / `- Con:`, MADR's `Good, because` / `Bad, because`, or Pros/Cons lists). When no option is weighed at all this is one finding at the options, not one per option; silent when options-considered already fails. Applies to every status.",
    severity: "warn",
    url: ruleDocsUrl("options-weighed"),
    messages: {
      noneWeighed: "Options are listed but none is weighed: give each option at least one pro and one con, so a reader sees why the chosen one won",
      noPro: "Option \"{{name}}\" lists no pro: say what speaks for it, even if it lost",
      noCon: "Option \"{{name}}\" lists no con: say what it costs or risks, even if it won",
      neither: "Option \"{{name}}\" lists no pro and no con: say what speaks for it and what it costs",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    const { options } = decision.reasoning;
    if (options.length < 2) return;
    if (options.every((o) => o.pros.length === 0 && o.cons.length === 0)) {
      report({ messageId: "noneWeighed", place: decision.sections.options?.position ?? options[0].position ?? decision.titlePosition });
      return;
    }
    for (const option of options) {
      const messageId = option.pros.length === 0 ? (option.cons.length === 0 ? "neither" : "noPro") : option.cons.length === 0 ? "noCon" : null;
      if (messageId) report({ messageId, data: { name: option.name }, place: option.position ?? decision.sections.options?.position });
    }
  },
};

export default rule;
