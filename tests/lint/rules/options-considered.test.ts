// options-considered: two or more options, found in an options section or in prose, in every format.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/options-considered.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: one ### per option",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### Postgres\n\n- Pro: joins\n\n### DynamoDB\n\n- Con: no joins\n\n## Decision\n\nWe will use Postgres because we need joins.\n",
    },
    {
      name: "Nygard: options named in the context's prose",
      code: "# 3. Use RabbitMQ\n\n## Status\n\nAccepted\n\n## Context\n\nWe considered Amazon SQS and RabbitMQ.\n\n## Decision\n\nWe will use RabbitMQ.\n",
    },
    {
      name: "MADR: Considered Options bullets",
      code: "# Use MADR\n\n## Considered Options\n\n* MADR\n* Nygard\n\n## Decision Outcome\n\nChosen option: \"MADR\", because it is lean.\n",
    },
    {
      name: "Nygard: an Alternatives section leaves the decision itself as the other option",
      code: "# 6. Use cloud.gov\n\n## Decision\n\nWe will run on cloud.gov.\n\n## Alternatives Considered\n\nRun the application in our own AWS account.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: a single option under its heading",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### Postgres\n\n- Pro: joins\n\n## Decision\n\nWe will use Postgres.\n",
      errors: [{ messageId: "one", line: 3, column: 1, data: { name: "Postgres" } }],
    },
    {
      name: "Nygard: no options anywhere, reported at the title",
      code: "# 2. Implement as shell scripts\n\n## Status\n\nAccepted\n\n## Context\n\nThe tool edits text files.\n\n## Decision\n\nThe tool is implemented as shell scripts.\n",
      errors: [{ messageId: "none", line: 1, column: 1 }],
    },
    {
      name: "MADR: one bullet under Considered Options",
      code: "# Use MADR\n\n## Context and Problem Statement\n\nWhich format?\n\n## Considered Options\n\n* MADR\n\n## Decision Outcome\n\nChosen option: \"MADR\", because it is lean.\n",
      errors: [{ messageId: "one", line: 7, column: 1, data: { name: "MADR" } }],
    },
  ],
});
