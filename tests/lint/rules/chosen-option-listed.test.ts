// chosen-option-listed: the chosen option is one of the listed ones, names compared leniently.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/chosen-option-listed.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: chosen name matches a ### option, ignoring case and emphasis",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### **PostgreSQL on RDS**\n\n- Pro: joins\n\n### DynamoDB\n\n- Pro: no servers\n\n## Decision\n\nChosen option: \"postgresql on rds\", because we need joins.\n",
    },
    {
      name: "MADR: prefix and link text (\"MADR 4.0.0\" for \"[MADR](url) 4.0.0 – The Markdown ...\")",
      code: "# Use MADR\n\n## Considered Options\n\n* [MADR](https://adr.github.io/madr/) 4.0.0 – The Markdown Architectural Decision Records\n* Formless – No conventions\n\n## Decision Outcome\n\nChosen option: \"MADR 4.0.0\", because it is lean.\n",
    },
    {
      name: "MADR: \"Option 2\" by number",
      code: "# Images\n\n## Considered Options\n\n- Option 1: one image\n- Option 2: one image per config\n\n## Decision Outcome\n\nChosen option: \"Option 2\", because images stay small.\n",
    },
    {
      name: "Nygard: no explicit choice and no options is options-considered's business",
      code: "# 2. Use Make\n\n## Status\n\nAccepted\n\n## Decision\n\nChosen option: \"Make\".\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: chosen name not among the ### options",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### PostgreSQL\n\n- Pro: joins\n\n### DynamoDB\n\n- Pro: no servers\n\n## Decision\n\nWe will use Aurora because we need joins.\n\nChosen option: \"Aurora Serverless\"\n",
      errors: [{ messageId: "notListed", line: 17, column: 1, data: { name: "Aurora Serverless" } }],
    },
    {
      name: "MADR: chosen option differs from every bullet",
      code: "# Alerting\n\n## Considered Options\n\n- Configure alerting in Alertmanager\n- Configure alerting in PagerDuty\n\n## Decision Outcome\n\nChosen option: \"Opsgenie\", because the on-call team uses it.\n",
      errors: [{ messageId: "notListed", line: 10, column: 1, data: { name: "Opsgenie" } }],
    },
    {
      name: "Nygard: prose options, and a chosen option that is neither",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Context\n\nWe considered Amazon SQS and RabbitMQ.\n\n## Decision\n\n- Chosen option: Kafka, because of replay.\n",
      errors: [{ messageId: "notListed", line: 13, column: 1, data: { name: "Kafka" } }],
    },
  ],
});
