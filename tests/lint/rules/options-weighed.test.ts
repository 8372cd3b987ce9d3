// options-weighed: each considered option has a pro and a con; one finding when none is weighed.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/options-weighed.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: Pro and Con under every option",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### Postgres\n\n- Pro: joins\n- Con: cost\n\n### DynamoDB\n\n- Pro: no servers\n- Con: no joins\n",
    },
    {
      name: "MADR: Good/Bad bullets in Pros and Cons of the Options",
      code: "# Use MADR\n\n## Considered Options\n\n* MADR\n* Formless\n\n## Pros and Cons of the Options\n\n### MADR\n\n* Good, because it is lean\n* Bad, because it is new\n\n### Formless\n\n* Good, because no work\n* Bad, because no structure\n",
    },
    {
      name: "Nygard: Pros/Cons labels with nested lists",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Options\n\n- SQS\n  - Pros:\n    - managed\n  - Cons:\n    - no fan-out\n- RabbitMQ\n  - Pro: fan-out\n  - Con: we run it\n",
    },
    {
      name: "silent when fewer than two options (options-considered reports that)",
      code: "# 2. Use Make\n\n## Decision\n\nWe use Make.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: one option without a con, one without a pro",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### Postgres\n\n- Pro: joins\n\n### DynamoDB\n\n- Con: no joins\n",
      errors: [
        { messageId: "noCon", line: 5, column: 1, data: { name: "Postgres" } },
        { messageId: "noPro", line: 9, column: 1, data: { name: "DynamoDB" } },
      ],
    },
    {
      name: "MADR: names only, no option weighed: one finding at the section",
      code: "# Use MADR\n\n## Considered Options\n\n* MADR\n* Nygard\n* Formless\n\n## Decision Outcome\n\nChosen option: \"MADR\", because it is lean.\n",
      errors: [{ messageId: "noneWeighed", line: 3, column: 1 }],
    },
    {
      name: "Nygard: prose options with no arguments: one finding",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Context\n\nWe considered Amazon SQS and RabbitMQ.\n",
      errors: [{ messageId: "noneWeighed", line: 9, column: 1 }],
    },
    {
      name: "MADR: one option with neither pro nor con",
      code: "# Use MADR\n\n## Considered Options\n\n* MADR\n* Formless\n\n## Pros and Cons of the Options\n\n### MADR\n\n* Good, because it is lean\n* Bad, because it is new\n",
      errors: [{ messageId: "neither", line: 6, column: 1, data: { name: "Formless" } }],
    },
  ],
});
