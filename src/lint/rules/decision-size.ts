// decision-size: one ADR, one decision, short enough to be read in full.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

interface Options {
  maxWords: number;
}

const rule: DecisionRule<Options> = {
  meta: {
    id: "decision-size",
    type: "suggestion",
    description:
      "Over the word limit (`maxWords`, default 1500, prose outside code), or more than one chosen option.",
    severity: "warn",
    url: ruleDocsUrl("decision-size"),
    messages: {
      tooLong:
        "This ADR has {{words}} words, over the limit of {{maxWords}}: keep the decision and its reasoning here and move background material to linked documents.",
      manyChosen:
        "This ADR chooses {{count}} options ({{names}}): record one decision per ADR, and split the others into ADRs of their own that link to this one.",
    },
    fixable: false,
    schema: {
      type: "object",
      properties: { maxWords: { type: "integer", minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { maxWords: 1500 },
    scope: "decision",
  },
  check({ decision, options, report }) {
    if (decision.wordCount > options.maxWords) {
      report({ messageId: "tooLong", data: { words: decision.wordCount, maxWords: options.maxWords }, place: decision.titlePosition });
    }
    const chosen = decision.reasoning.chosen;
    if (chosen.length > 1) {
      report({
        messageId: "manyChosen",
        data: { count: chosen.length, names: chosen.map((c) => `"${c.name}"`).join(", ") },
        place: chosen[1].position ?? chosen[0].position ?? decision.titlePosition,
      });
    }
  },
};

export default rule;
