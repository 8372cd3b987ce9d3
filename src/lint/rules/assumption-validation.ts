// assumption-validation: every assumption says how it will be checked or by when.
import { HISTORICAL_STATUSES, type Status } from "../../model/index.js";
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "assumption-validation",
    type: "suggestion",
    description:
      "An assumption says neither how it will be checked (`Validate: ...`, \"we will measure ...\") nor when (`By: <date or trigger>`). One finding per assumption; silent when there are none (assumptions-stated reports that). Checking is future work, so superseded, deprecated and rejected ADRs are skipped.",
    severity: "warn",
    url: ruleDocsUrl("assumption-validation"),
    messages: {
      unchecked: "Assumption \"{{assumption}}\" says neither how nor when it will be checked: add `Validate: <how>` and `By: <YYYY-MM-DD or trigger>`",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    if (HISTORICAL_STATUSES.includes(decision.status.value as Status)) return;
    for (const assumption of decision.reasoning.assumptions) {
      if (assumption.validation || assumption.due) continue;
      const text = assumption.text.length > 60 ? `${assumption.text.slice(0, 57).trimEnd()}...` : assumption.text;
      report({ messageId: "unchecked", data: { assumption: text }, place: assumption.position ?? decision.sections.assumptions?.position });
    }
  },
};

export default rule;
