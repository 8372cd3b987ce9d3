// tradeoffs-two-sided: a decision owns at least one downside: a cost, a risk, something given up.
import type { Section, SectionId } from "../../model/index.js";
import { isNegativeHeading, sectionForHeading } from "../../model/index.js";
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const DOWNSIDE =
  /\b(?:give up|gives up|giving up|given up|costs?|costly|expensive|risks?|risky|downsides?|drawbacks?|disadvantages?|trade-?offs?|penalty|overhead|burden|complexity|more complex|harder|more difficult|slower|lose|loses|losing|loss|sacrific\w*|limitations?|at the expense|negatives?|bad, because|cons?:|learning curve|technical debt|lock-?in|maintenance|more work|additional (?:work|effort|steps?|time)|extra (?:work|effort|steps?|time|step)|(?:will|would|shall) (?:also |still |now |then )*(?:need|have) to|needs? to be|must (?:now |also )?be|must now|requires?|required|no longer|cannot|can't|won't|will not|(?:do|does|did)(?:n't| not) (?:work|support|scale|cover|allow|handle)|not (?:be )?(?:easily|supported|possible|ideal|able)|there(?:'s| is| are) no|unsupported|cope with|depend(?:s|ent|ency) on|migrat\w+|breaking|duplicat\w+|increase[sd]? (?:the )?(?:complexity|load|cost|latency|size|time)|fewer|less \w+|limited|lacks?|lacking|admittedly|worse|weaker|at the cost)\b/i;
const NO_DOWNSIDE = /\b(?:no|without|zero|little|minimal|negligible)\s+(?:real\s+|significant\s+|additional\s+|extra\s+)?(?:downsides?|drawbacks?|costs?|risks?|overhead|disadvantages?|trade-?offs?)\b/gi;
// The decision's own sections; context and the other options' cons describe other things.
const OWN: readonly SectionId[] = ["decision", "tradeoffs", "consequences", "failureModes", "reversibility", "assumptions", "confirmation"];

const ELSEWHERE: readonly SectionId[] = ["context", "drivers", "options", "summary", "links"];

function statesDownside(text: string): boolean {
  return DOWNSIDE.test(text.replace(NO_DOWNSIDE, " "));
}

const rule: DecisionRule = {
  meta: {
    id: "tradeoffs-two-sided",
    type: "problem",
    description:
      "No downside stated anywhere: no con of the chosen option, no negative consequence, no cost, risk, drawback or \"give up\" in the decision, trade-offs, consequences or risks (\"no downside\" does not count). Applies to every status: what a decision cost is part of its history.",
    severity: "error",
    url: ruleDocsUrl("tradeoffs-two-sided"),
    messages: {
      oneSided: "Trade-offs name no downside: say what this decision costs or gives up (a con of the chosen option, a negative consequence, an accepted risk)",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    const { sections, otherSections, reasoning } = decision;
    if (reasoning.options.some((o) => o.chosen && o.cons.length > 0)) return;
    if (reasoning.failureModes.length > 0) return;
    const own = OWN.map((id) => sections[id]).filter((s): s is Section => s !== undefined);
    const parts = [...own, ...otherSections]
      .flatMap((s) => [s, ...s.subsections])
      .filter((p) => !ELSEWHERE.includes(sectionForHeading(p.heading) ?? "decision"));
    if (parts.some((p) => isNegativeHeading(p.heading) && p.text.trim())) return;
    if (parts.some((p) => statesDownside(p.text))) return;
    const place = sections.tradeoffs?.position ?? sections.consequences?.position ?? sections.decision?.position ?? decision.titlePosition;
    report({ messageId: "oneSided", place });
  },
};

export default rule;
