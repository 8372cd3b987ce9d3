// failure-mode-mitigation: every failure mode says how we would notice it or what we do about it.
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const rule: DecisionRule = {
  meta: {
    id: "failure-mode-mitigation",
    type: "suggestion",
    description:
      "A failure mode names no detection (`Detection:`, an alert, a dashboard, a health check) and no mitigation (`Mitigation:`, a fallback, retry, rollback, failover). One finding per failure mode. Applies to every status but rejected: a rejected decision was never run.",
    severity: "warn",
    url: ruleDocsUrl("failure-mode-mitigation"),
    messages: {
      unmitigated: "Failure mode \"{{failure}}\" names no detection and no mitigation: add `Detection: <alert or signal>` and `Mitigation: <fallback, rollback or limit>`",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    if (decision.status.value === "rejected") return;
    for (const failure of decision.reasoning.failureModes) {
      if (failure.detection || failure.mitigation) continue;
      const text = failure.text.length > 60 ? `${failure.text.slice(0, 57).trimEnd()}...` : failure.text;
      report({ messageId: "unmitigated", data: { failure: text }, place: failure.position ?? decision.sections.failureModes?.position });
    }
  },
};

export default rule;
