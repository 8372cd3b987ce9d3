// failure-modes-stated: something on what breaks, in a section or in prose.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/failure-modes-stated.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: a Failure modes section",
      code: "# 7. Use Postgres\n\n## Failure modes\n\n- The primary fails. Detection: error-rate alert. Mitigation: retry.\n",
    },
    {
      name: "Nygard: \"if the broker goes down\" in the consequences",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Consequences\n\nIf the broker goes down, publishers buffer events on disk.\n",
    },
    {
      name: "MADR: a Risks sub-heading under the outcome",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n\n### Risks\n\n* The bats project is abandoned\n",
    },
    {
      name: "rejected decisions were never run: nothing to break",
      code: "---\nstatus: rejected\n---\n\n# 7. Use Mongo\n\n## Decision\n\nWe will not use Mongo.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: an empty Failure modes section",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres.\n\n## Failure modes\n\n<!-- What breaks at 10x load? -->\n",
      errors: [{ messageId: "empty", line: 7, column: 1, data: { heading: "Failure modes" } }],
    },
    {
      name: "Nygard: nothing on failure anywhere",
      code: "# 2. Shell scripts\n\n## Status\n\nAccepted\n\n## Decision\n\nWe write the tool as shell scripts.\n\n## Consequences\n\nThe tool won't support Windows.\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
    {
      name: "MADR: failure of a losing option is not this decision's failure mode",
      code: "# Ingress\n\n## Considered Options\n\n* Host network\n* Load balancer\n\n## Decision Outcome\n\nChosen option: \"Host network\", because it is simple.\n\n## Pros and Cons of the Options\n\n### Load balancer\n\n* Bad, because if the cloud API is down, ingress is unavailable\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
  ],
});
