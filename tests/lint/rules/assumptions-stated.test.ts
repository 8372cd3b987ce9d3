// assumptions-stated: assumptions in a section of their own or in prose.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/assumptions-stated.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: an Assumptions section",
      code: "# 7. Use Postgres\n\n## Assumptions\n\n- Peak writes stay under 350 per second. Validate: metric. By: 2026-09-30\n",
    },
    {
      name: "Nygard: \"we assume\" in the context",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Context\n\nWe assume volume stays under 5,000 events a day.\n",
    },
    {
      name: "MADR: \"relies on\" in the decision outcome",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard. This relies on every CI image having bash 4.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: an Assumptions section holding only its prompt",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres.\n\n## Assumptions\n\n<!-- What must hold for this to stay right? -->\n",
      errors: [{ messageId: "empty", line: 7, column: 1 }],
    },
    {
      name: "Nygard: no assumption anywhere, reported at the title",
      code: "# 2. Shell scripts\n\n## Status\n\nAccepted\n\n## Decision\n\nWe write the tool as shell scripts.\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
    {
      name: "MADR: the options' arguments are not this decision's assumptions",
      code: "# Tenants\n\n## Considered Options\n\n* Schema per clinic\n* Code review\n\n## Decision Outcome\n\nChosen option: \"Schema per clinic\", because it isolates data.\n\n## Pros and Cons of the Options\n\n### Code review\n\n* Bad, because it relies on every reviewer noticing a missing filter\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
  ],
});
