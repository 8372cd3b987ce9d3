// title-present: valid and invalid titles across adrkit, Nygard and MADR files.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/title-present.js";
import { good, goodInEveryFormat } from "./rule-runs.js";

ruleTester(rule, {
  valid: [
    ...goodInEveryFormat(),
    { name: "static-site front matter title", code: "---\ntitle: Use Kafka for domain events\n---\n\n## Decision\n\nWe will use Kafka.\n" },
    { name: "setext title", code: "Use Kafka\n=========\n\nText.\n" },
  ],
  invalid: [
    { name: "adrkit without H1", code: good("adrkit").replace("# 7. Use PostgreSQL for order data\n\n", ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
    { name: "Nygard without H1", code: good("nygard").replace("# 3. Use Kafka for domain events\n\n", ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
    { name: "MADR 3 with a number only", code: good("madr3").replace("# Use Playwright for end-to-end tests", "# 12."), errors: [{ messageId: "empty", line: 6, column: 1 }] },
    { name: "MADR 2 with the title as H2", code: good("madr2").replace("# Use Terraform", "## Use Terraform"), errors: [{ messageId: "missing", line: 1, column: 1 }] },
  ],
});
