// options-considered: a decision names at least two options, in an options section or in its prose.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "options-considered",
    type: "problem",
    description:
      "Fewer than two options considered anywhere in the record (options section, `###` per option, or prose such as \"We considered A and B\"). Applies to every status: a superseded or rejected ADR still records what was weighed.",
    severity: "error",
    url: ruleDocsUrl("options-considered"),
    messages: {
      none: "No options considered: list at least two real alternatives (doing nothing counts) and what speaks for and against each",
      one: "Only one option considered ({{name}}): name at least one real alternative (doing nothing counts) and why it lost",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    const { options } = decision.reasoning;
    if (options.length >= 2) return;
    const place = decision.sections.options?.position ?? decision.titlePosition;
    if (options.length === 1) report({ messageId: "one", data: { name: options[0].name }, place });
    else report({ messageId: "none", place });
  },
};

export default rule;
