// consequences-present: the ADR says what becomes easier and what becomes harder.
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import type { Decision } from "../../model/index.js";
import { isNegativeHeading, isPositiveHeading, sectionForHeading } from "../../model/index.js";
import { countWords } from "../text.js";

function isConsequenceHeading(heading: string): boolean {
  return sectionForHeading(heading) === "consequences" || isPositiveHeading(heading) || isNegativeHeading(heading);
}

/** Consequences written somewhere other than a Consequences section: under the decision, as pros/cons of the chosen option, as trade-offs. */
function consequencesElsewhere(decision: Decision): boolean {
  const nested = [...Object.values(decision.sections), ...decision.otherSections].flatMap((s) => s?.subsections ?? []);
  if (nested.some((sub) => isConsequenceHeading(sub.heading) && countWords(sub.text) > 0)) return true;
  if (decision.otherSections.some((s) => isConsequenceHeading(s.heading) && countWords(s.text) > 0)) return true;
  if (decision.reasoning.options.some((o) => o.chosen && o.pros.length + o.cons.length > 0)) return true;
  if (chosenProsAndCons(decision)) return true;
  const tradeoffs = decision.sections.tradeoffs;
  return tradeoffs !== undefined && countWords(tradeoffs.text) > 0;
}

/**
 * MADR's "Pros and Cons of the Options": the Good/Bad arguments of the chosen option are its consequences.
 * Read from the headings directly, so this holds whether or not the reasoning extractor found the options.
 */
function chosenProsAndCons(decision: Decision): boolean {
  const chosen = /chosen option\W+["“]?([^"”,\n]+)/i.exec(decision.sections.decision?.text ?? "")?.[1]?.trim().toLowerCase();
  if (!chosen) return false;
  const options = [decision.sections.options, ...decision.otherSections].flatMap((s) => s?.subsections ?? []);
  return options.some(
    (sub) => sub.heading.toLowerCase().includes(chosen) && sub.items.some((i) => /^\s*(?:good|bad|pro|con|neutral)\b/i.test(i.text)),
  );
}

const rule: DecisionRule = {
  meta: {
    id: "consequences-present",
    type: "problem",
    description:
      "No consequences: no Consequences section with content, no MADR Positive/Negative Consequences, no Good/Bad of the chosen option, no trade-offs. An empty Consequences section is reported at its heading.",
    severity: "error",
    url: ruleDocsUrl("consequences-present"),
    messages: {
      missing:
        "No consequences: add a `## Consequences` section that says what becomes easier, what becomes harder, and what follow-up work this decision creates.",
      empty:
        "The consequences section is empty: say what becomes easier, what becomes harder, and what follow-up work this decision creates.",
    },
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check({ decision, report }) {
    const section = decision.sections.consequences;
    if (section) {
      const words = countWords(section.text) + countWords(section.subsections.map((s) => s.text).join(" "));
      if (words === 0 && !consequencesElsewhere(decision)) report({ messageId: "empty", place: section.position });
      return;
    }
    if (!consequencesElsewhere(decision)) report({ messageId: "missing", place: decision.titlePosition });
  },
};

export default rule;
