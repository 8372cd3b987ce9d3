// reversibility-stated: something on how hard the decision is to undo.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/reversibility-stated.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: a Reversibility section with its door",
      code: "# 7. Use Postgres\n\n## Reversibility\n\nDoor: one-way. Leaving means rewriting every query.\n",
    },
    {
      name: "Nygard: \"can be rolled back\" in the consequences",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Consequences\n\nThe change can be rolled back with a config flag.\n",
    },
    {
      name: "MADR: \"irreversible\" in the outcome",
      code: "# Spanner\n\n## Decision Outcome\n\nChosen option: \"Spanner\", because it scales. The data migration is irreversible.\n",
    },
    {
      name: "rejected decisions have nothing to undo",
      code: "# 5. Use Mongo\n\n## Status\n\nRejected\n\n## Decision\n\nWe will not use Mongo.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: an empty Reversibility section",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres.\n\n## Reversibility\n\n<!-- Door: one-way or two-way? -->\n",
      errors: [{ messageId: "empty", line: 7, column: 1, data: { heading: "Reversibility" } }],
    },
    {
      name: "Nygard: nothing on undoing it",
      code: "# 2. Shell scripts\n\n## Status\n\nAccepted\n\n## Decision\n\nWe write the tool as shell scripts.\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
    },
    {
      name: "MADR: a superseded record still owes its reversibility (history keeps the reasoning)",
      code: "---\nstatus: superseded\n---\n\n# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n",
      errors: [{ messageId: "missing", line: 5, column: 1 }],
    },
  ],
});
