// assumption-validation: each assumption says how or when it will be checked.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/assumption-validation.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: Validate and By on every assumption",
      code: "# 7. Use Postgres\n\n## Assumptions\n\n- Writes stay under 350/s. Validate: monthly peak of the writes metric. By: 2026-09-30\n- The database stays under 1 TB. By: after the first enterprise contract\n",
    },
    {
      name: "Nygard: a prose assumption with its check in the same paragraph",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Context\n\nWe assume volume stays under 5,000 events a day; we will check the broker dashboard every quarter.\n",
    },
    {
      name: "MADR: silent without assumptions (assumptions-stated reports that)",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n",
    },
    {
      name: "superseded ADRs are history: checking their assumptions is no longer planned",
      code: "---\nstatus: superseded\n---\n\n# 7. Use Postgres\n\n## Assumptions\n\n- Writes stay under 350/s.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: one finding per unchecked assumption",
      code: "# 7. Use Postgres\n\n## Assumptions\n\n- Writes stay under 350/s.\n- Legal needs no data residency. Validate: legal review of new contracts.\n- The team keeps two DBAs.\n",
      errors: [
        { messageId: "unchecked", line: 5, column: 1, data: { assumption: "Writes stay under 350/s" } },
        { messageId: "unchecked", line: 7, column: 1, data: { assumption: "The team keeps two DBAs" } },
      ],
    },
    {
      name: "Nygard: \"we assume\" with no check",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Context\n\nBookings are sent by HTTP.\n\nWe assume volume stays low.\n",
      errors: [{ messageId: "unchecked", line: 11, column: 1, data: { assumption: "We assume volume stays low" } }],
    },
    {
      name: "MADR: an Assumptions section in a MADR record",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n\n## Assumptions\n\n* CI images keep bash 4\n",
      errors: [{ messageId: "unchecked", line: 9, column: 1, data: { assumption: "CI images keep bash 4" } }],
    },
  ],
});
