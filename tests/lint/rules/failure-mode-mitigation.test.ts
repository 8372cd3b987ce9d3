// failure-mode-mitigation: each failure mode names a detection or a mitigation.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/failure-mode-mitigation.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: Detection and Mitigation labels",
      code: "# 7. Use Postgres\n\n## Failure modes\n\n- The primary fails. Impact: 2 minutes of failed bookings. Detection: error-rate alert. Mitigation: clients retry.\n",
    },
    {
      name: "Nygard: prose failure with its fallback",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Consequences\n\nIf the broker goes down, publishers fall back to writing events to disk.\n",
    },
    {
      name: "MADR: a Risks list whose items say how we notice",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n\n### Risks\n\n* bats breaks on a new bash: the nightly CI job alerts us\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: one finding per unmitigated failure mode",
      code: "# 7. Use Postgres\n\n## Failure modes\n\n- The primary fails. Detection: error-rate alert.\n- Replication stalls during the migration.\n- The disk fills up.\n",
      errors: [
        { messageId: "unmitigated", line: 6, column: 1, data: { failure: "Replication stalls during the migration" } },
        { messageId: "unmitigated", line: 7, column: 1, data: { failure: "The disk fills up" } },
      ],
    },
    {
      name: "Nygard: a single point of failure, and nothing about it",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Consequences\n\nThe broker is a single point of failure.\n",
      errors: [{ messageId: "unmitigated", line: 9, column: 1, data: { failure: "The broker is a single point of failure" } }],
    },
    {
      name: "MADR: a Risks section with a bare risk",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n\n## Risks\n\n* The bats project is abandoned\n",
      errors: [{ messageId: "unmitigated", line: 9, column: 1, data: { failure: "The bats project is abandoned" } }],
    },
  ],
});
