// decision-has-rationale: the decision gives a reason, in its own words or in a rationale/drivers section.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/decision-has-rationale.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: \"We will ... because\"",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres because finance reports need joins.\n",
    },
    {
      name: "Nygard: a purpose clause (\"so we can\")",
      code: "# 13. Userdata snippets\n\n## Status\n\nAccepted\n\n## Decision\n\nAll user_data snippets live in one directory so we can find and maintain them.\n",
    },
    {
      name: "MADR: Chosen option with a reason",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is the standard tool.\n",
    },
    {
      name: "MADR: reasons in Decision Drivers",
      code: "# Use bats\n\n## Decision Drivers\n\n* Standard tools over home-grown ones\n\n## Decision Outcome\n\nChosen option: \"bats\".\n",
    },
    {
      name: "Nygard: a Rationale section",
      code: "# 4. Use Make\n\n## Decision\n\nWe use Make.\n\n## Rationale\n\nEvery developer machine has it.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: the decision says what but not why",
      code: "# 7. Use Postgres\n\n## Context\n\nOrders need a database.\n\n## Decision\n\nWe will move orders to PostgreSQL on RDS.\n",
      errors: [{ messageId: "noReason", line: 7, column: 1 }],
    },
    {
      name: "Nygard: a list of steps and no reason",
      code: "# 11. Use Graviton\n\n## Status\n\nAccepted\n\n## Decision\n\n1. Build ARM images\n2. Add Graviton node groups\n\n## Consequences\n\nNodes are cheaper.\n",
      errors: [{ messageId: "noReason", line: 7, column: 1 }],
    },
    {
      name: "MADR: Chosen option with no \"because\"",
      code: "# Alerting\n\n## Considered Options\n\n* Alertmanager\n* Opsgenie\n\n## Decision Outcome\n\nChosen option: \"Opsgenie\".\n",
      errors: [{ messageId: "noReason", line: 8, column: 1 }],
    },
    {
      name: "no decision section at all: reported at the title",
      code: "# 9. Something\n\n## Context\n\nWe need something.\n",
      errors: [{ messageId: "noDecision", line: 1, column: 1 }],
    },
  ],
});
