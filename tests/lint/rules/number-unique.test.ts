// number-unique: two ADRs of one log with the same number are both reported.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/number-unique.js";
import { good } from "./rule-runs.js";

const nygard = (n: number, title: string) => good("nygard").replace("# 3. Use Kafka for domain events", `# ${n}. ${title}`);

ruleTester(rule, {
  valid: [
    {
      name: "distinct numbers across formats",
      code: { "docs/adr/0001-a.md": nygard(1, "A"), "docs/adr/0002-b.md": good("madr3"), "docs/adr/0007-use-postgresql.md": good("adrkit") },
    },
    { name: "files without numbers are not compared", code: { "docs/adr/README.md": "# Decisions\n\nThe log.\n", "docs/adr/index.md": "# Index\n\nAll ADRs.\n" } },
  ],
  invalid: [
    {
      name: "two Nygard files numbered 3",
      code: { "doc/adr/0003-use-kafka.md": nygard(3, "Use Kafka"), "doc/adr/0003-use-nats.md": nygard(3, "Use NATS") },
      errors: [
        { messageId: "duplicate", line: 1, column: 1, data: { number: 3, others: "doc/adr/0003-use-nats.md" } },
        { messageId: "duplicate", line: 1, column: 1, data: { number: 3, others: "doc/adr/0003-use-kafka.md" } },
      ],
    },
    {
      name: "an adrkit and a MADR file share 7",
      code: { "docs/adr/0007-use-postgresql.md": good("adrkit"), "docs/adr/0007-use-playwright.md": good("madr3") },
      errors: [{ messageId: "duplicate", line: 11 }, { messageId: "duplicate", line: 6 }],
    },
  ],
});
