// decision-has-rationale: the decision says why, not only what.
import type { Section } from "../../model/index.js";
import { headingKey, sectionForHeading } from "../../model/index.js";
import { ruleDocsUrl, type DecisionRule } from "../types.js";

// Words that introduce a reason or a purpose ("because", "so that", "as it"), as whole words.
const REASON =
  /\b(?:because|since|so that|in order to|to ensure|to make sure|to avoid|to prevent|to allow|to enable|to reduce|to improve|to keep|to support|to simplify|given (?:that|the|our|this|these)|as (?:it|this|they|we|there|our|these|those|that|such)|due to|thanks to|which (?:means|allows|lets|gives|ensures|enables|makes|reduces|avoids|keeps)|this (?:allows|lets|means|gives|ensures|enables|makes|reduces|avoids|keeps|way)|the (?:main )?reasons?|rationale|justification|motivation|benefits?|advantages?|hence|therefore|thus|(?:will|would|should|can) (?:help|allow|enable|let|give|make|reduce|improve|ensure|avoid|keep|simplify|provide|remove|prevent|save|speed)|allow(?:s|ing)? (?:us|teams?|users?|developers?)|(?:this|it|which) (?:is|provides|offers|gives) (?:a |an |the )?(?:good|better|best|simple|simpler|simplest|cheap|cheaper|cheapest|safe|safer|fast|faster|standard|proven|balance)|(?:simpler|cheaper|easier|faster|safer|better) than|in line with|consistent with|aligns? with|so (?:we|it|they|you|that|teams?|users?|developers?) (?:can|could|will|do not|don't|no longer|are|have))\b/i;
const RATIONALE_HEADING = /^(?:rationale|reasoning|reasons?|justification|why|why this|motivation|decision rationale|arguments?)\b/;

const rule: DecisionRule = {
  meta: {
    id: "decision-has-rationale",
    type: "problem",
    description:
      "The decision says what but never why: no \"because\", \"since\", \"so that\", \"in order to\", \"given ...\" or \"as ...\" in the decision, no Rationale or Decision Drivers section, no reason after `Chosen option: \"X\", because`. Applies to every status: the why is what a superseded or rejected ADR is kept for.",
    severity: "error",
    url: ruleDocsUrl("decision-has-rationale"),
    messages: {
      noReason: "The decision says what but not why: add the reason (\"We will ... because ...\") or a Rationale section that ties the choice to the context",
      noDecision: "No decision section: add one that says what was decided and why (\"We will ... because ...\")",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    const { sections, otherSections, reasoning } = decision;
    if (reasoning.chosen.some((c) => c.rationale)) return;
    if (sections.drivers?.text.trim()) return;
    const all: Array<Pick<Section, "heading" | "text">> = [...(Object.values(sections) as Section[]), ...otherSections].flatMap((s) => [s, ...s.subsections]);
    if (all.some((s) => RATIONALE_HEADING.test(headingKey(s.heading)) && s.text.trim())) return;
    const decisionParts = all.filter((s) => sectionForHeading(s.heading) === "decision");
    if (decisionParts.length === 0 && !sections.decision) {
      report({ messageId: "noDecision", place: decision.titlePosition });
      return;
    }
    if ([sections.decision, ...decisionParts].some((s) => s && REASON.test(s.text))) return;
    report({ messageId: "noReason", place: sections.decision?.position ?? decision.titlePosition });
  },
};

export default rule;
