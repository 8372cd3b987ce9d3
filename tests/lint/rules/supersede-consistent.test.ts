// supersede-consistent: both sides of a supersede agree, superseded ADRs name a replacement, no loops; fixes.
import { describe, it, expect } from "vitest";
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/supersede-consistent.js";
import { applyFixes, good, reportsOf } from "./rule-runs.js";

const nygard = (n: number, title: string, status: string) =>
  good("nygard").replace("# 3. Use Kafka for domain events", `# ${n}. ${title}`).replace("Accepted", status);
const adrkit = (n: number, extra: string, status = "accepted") =>
  good("adrkit").replace("# 7.", `# ${n}.`).replace("status: accepted", `status: ${status}`).replace("tags: [storage]", `tags: [storage]${extra}`);

const A = "doc/adr/0003-use-kafka.md";
const B = "doc/adr/0004-use-nats.md";

ruleTester(rule, {
  valid: [
    { name: "Nygard, both sides linked", code: { [A]: nygard(3, "Use Kafka", "Superseded by [4. Use NATS](0004-use-nats.md)"), [B]: nygard(4, "Use NATS", "Accepted\n\nSupersedes [3. Use Kafka](0003-use-kafka.md)") } },
    { name: "adrkit, both sides linked", code: { "docs/adr/0001-a.md": adrkit(1, "\nsuperseded-by: [2]", "superseded"), "docs/adr/0002-b.md": adrkit(2, "\nsupersedes: [1]") } },
    { name: "a superseded status that names its replacement in words", code: { [A]: nygard(3, "Use Kafka", "Superseded by ADR 12 once it is written") } },
    { name: "MADR 3 without supersedes at all", code: { "docs/adr/0001-a.md": good("madr3") } },
  ],
  invalid: [
    {
      name: "Nygard, the old ADR lacks its back-link",
      code: { [A]: nygard(3, "Use Kafka", "Accepted"), [B]: nygard(4, "Use NATS", "Accepted\n\nSupersedes [3. Use Kafka](0003-use-kafka.md)") },
      errors: [{ messageId: "missingBackLink", line: 7, column: 1, data: { other: `ADR 4 (${B})` } }],
    },
    {
      name: "Nygard, the new ADR lacks its forward link",
      code: { [A]: nygard(3, "Use Kafka", "Superseded by [4. Use NATS](0004-use-nats.md)"), [B]: nygard(4, "Use NATS", "Accepted") },
      errors: [{ messageId: "missingForwardLink", line: 1, column: 1, data: { other: `ADR 3 (${A})` } }],
    },
    { name: "adrkit superseded without a replacement", code: { "docs/adr/0001-a.md": adrkit(1, "", "superseded") }, errors: [{ messageId: "noReplacement", line: 2 }] },
    {
      name: "adrkit loop",
      code: { "docs/adr/0001-a.md": adrkit(1, "\nsupersedes: [2]\nsuperseded-by: [2]"), "docs/adr/0002-b.md": adrkit(2, "\nsupersedes: [1]\nsuperseded-by: [1]") },
      errors: [{ messageId: "cycle", data: { cycle: "1 → 2 → 1" } }, { messageId: "cycle", data: { cycle: "1 → 2 → 1" } }],
    },
    { name: "MADR 2 superseded without a replacement", code: { "docs/adr/0001-a.md": good("madr2").replace("Status: accepted", "Status: superseded") }, errors: [{ messageId: "noReplacement", line: 3 }] },
  ],
});

describe("supersede-consistent fixes", () => {
  it("adds the adr-tools back-link to the old Nygard ADR's status section", () => {
    const files = { [A]: nygard(3, "Use Kafka", "Accepted"), [B]: nygard(4, "Use NATS", "Accepted\n\nSupersedes [3. Use Kafka](0003-use-kafka.md)") };
    const reports = reportsOf(rule, files);
    expect(reports.map((r) => r.path)).toEqual([A]);
    expect(applyFixes(files[A], reports.map((r) => r.fix))).toBe(nygard(3, "Use Kafka", "Accepted\n\nSuperseded by [4. Use NATS](0004-use-nats.md)"));
  });

  it("adds a superseded-by key to adrkit front matter", () => {
    const files = { "docs/adr/0001-a.md": adrkit(1, ""), "docs/adr/0002-b.md": adrkit(2, "\nsupersedes: [1]") };
    const reports = reportsOf(rule, files);
    expect(applyFixes(files["docs/adr/0001-a.md"], reports.map((r) => r.fix))).toBe(adrkit(1, "").replace("review-by: 2027-03-01\n", "review-by: 2027-03-01\nsuperseded-by: [2]\n"));
  });

  it("appends to an existing flow list in front matter", () => {
    const files = { "docs/adr/0002-b.md": adrkit(2, "\nsuperseded-by: [3]", "superseded"), "docs/adr/0003-c.md": adrkit(3, "\nsupersedes: [2]"), "docs/adr/0004-d.md": adrkit(4, "\nsupersedes: [2]") };
    const reports = reportsOf(rule, files);
    expect(applyFixes(files["docs/adr/0002-b.md"], reports.map((r) => r.fix))).toContain("superseded-by: [3, 4]");
  });
});
