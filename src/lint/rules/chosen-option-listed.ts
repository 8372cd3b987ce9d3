// chosen-option-listed: the option a decision says it chose is one of the options it considered.
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import { matchOption } from "../../parse/reasoning.js";

const rule: DecisionRule = {
  meta: {
    id: "chosen-option-listed",
    type: "problem",
    description:
      "The chosen option (`Chosen option: \"X\"`) is not among the considered options; names match ignoring case, quotes, emphasis and \"Option 1:\" prefixes. Silent when no options are listed (options-considered reports that). Applies to every status.",
    severity: "warn",
    url: ruleDocsUrl("chosen-option-listed"),
    messages: {
      notListed:
        "Chosen option \"{{name}}\" is not among the considered options: use the same name as in the options list, or add it there with its pros and cons",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    const { options, chosen } = decision.reasoning;
    if (options.length === 0) return;
    for (const choice of chosen) {
      if (matchOption(options, choice.name)) continue;
      report({ messageId: "notListed", data: { name: choice.name }, place: choice.position ?? decision.sections.decision?.position });
    }
  },
};

export default rule;
