// links-resolve: links between ADRs name files and numbers that exist; web links are not ADR links.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/links-resolve.js";
import { good } from "./rule-runs.js";

const nygardStatus = (status: string) => good("nygard").replace("Accepted", status);
const kafka = "doc/adr/0003-use-kafka.md";
const nats = good("nygard").replace("# 3. Use Kafka for domain events", "# 4. Use NATS for domain events");

ruleTester(rule, {
  valid: [
    { name: "Nygard link to an existing file", code: { [kafka]: nygardStatus("Superseded by [4. Use NATS](0004-use-nats.md)"), "doc/adr/0004-use-nats.md": nats.replace("Accepted", "Accepted\n\nSupersedes [3. Use Kafka](0003-use-kafka.md)") } },
    { name: "Nygard link to a web page", code: { [kafka]: nygardStatus("Accepted\n\nRelates to [the RFC](https://example.com/rfc/12.md)") } },
    { name: "adrkit front matter number that exists", code: { "docs/adr/0007-use-postgresql.md": good("adrkit").replace("tags: [storage]", "tags: [storage]\nrelates-to: [3]"), "docs/adr/0003-use-kafka.md": good("nygard") } },
    { name: "a Links section pointing at other documentation", code: { [kafka]: good("nygard") + "\n## Links\n\n* [Runbook](../../runbooks/kafka.md)\n" } },
  ],
  invalid: [
    { name: "a Links section pointing at a missing ADR file", code: { [kafka]: good("nygard") + "\n## Links\n\n* [ADR 9](0009-use-nats.md)\n" }, errors: [{ messageId: "missing", line: 25, column: 3, data: { label: "Relates to", target: "0009-use-nats.md" } }] },
    { name: "Nygard link to a missing file", code: { [kafka]: nygardStatus("Superseded by [4. Use NATS](0004-use-nats.md)") }, errors: [{ messageId: "missing", line: 7, data: { label: "Superseded by", target: "0004-use-nats.md" } }] },
    { name: "Nygard amends a file in another folder", code: { [kafka]: nygardStatus("Accepted\n\nAmends [2. Queues](../decisions/0002-queues.md)") }, errors: [{ messageId: "missing", line: 9 }] },
    { name: "adrkit front matter number that does not exist", code: { "docs/adr/0007-use-postgresql.md": good("adrkit").replace("tags: [storage]", "tags: [storage]\nsupersedes: [5]") }, errors: [{ messageId: "missing" }] },
    { name: "MADR 2 status naming a missing ADR", code: { "docs/adr/0002-terraform.md": good("madr2").replace("Status: accepted", "Status: superseded by [ADR-0009](0009-pulumi.md)") }, errors: [{ messageId: "missing", line: 3 }] },
  ],
});
