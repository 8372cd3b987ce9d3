// accepted-immutable: with --since, accepted ADRs change only in status and links.
import { describe, it, expect } from "vitest";
import rule from "../../../src/lint/rules/accepted-immutable.js";
import { good, reportsOf } from "./rule-runs.js";

const path = "docs/adr/0007-example.md";
const since = (old: string | null) => ({ since: { ref: "v1.0", textAt: (p: string) => (p === path ? old : null) } });
const run = (now: string, old: string | null) => reportsOf(rule, { [path]: now }, since(old)).map((r) => ({ messageId: r.messageId, line: pointLine(r.place), data: r.data }));
const pointLine = (place: unknown) => (place as { start?: { line: number } } | undefined)?.start?.line;

describe("accepted-immutable", () => {
  const cases: Array<{ name: string; old: string | null; now: string; expected: Array<{ messageId: string; line?: number; section?: string }> }> = [
    { name: "adrkit unchanged", old: good("adrkit"), now: good("adrkit"), expected: [] },
    { name: "adrkit status changed to superseded, link added", old: good("adrkit"), now: good("adrkit").replace("status: accepted", "status: superseded").replace("tags: [storage]", "tags: [storage]\nsuperseded-by: [9]"), expected: [] },
    { name: "Nygard status section rewritten", old: good("nygard"), now: good("nygard").replace("Accepted", "Superseded by [9. Use NATS](0009-use-nats.md)"), expected: [] },
    { name: "new file", old: null, now: good("adrkit"), expected: [] },
    { name: "proposed at the ref: free to change", old: good("madr3").replace("status: accepted", "status: proposed"), now: good("madr3").replace("40 minutes", "45 minutes"), expected: [] },
    { name: "adrkit decision rewritten", old: good("adrkit"), now: good("adrkit").replace("We will store orders", "We will keep orders"), expected: [{ messageId: "sectionChanged", line: 34, section: "Decision" }] },
    { name: "Nygard title changed", old: good("nygard"), now: good("nygard").replace("Use Kafka", "Use Pulsar"), expected: [{ messageId: "titleChanged", line: 1 }] },
    { name: "MADR 3 context edited", old: good("madr3"), now: good("madr3").replace("40 minutes", "45 minutes"), expected: [{ messageId: "sectionChanged", line: 8, section: "Context and Problem Statement" }] },
    { name: "MADR 2 section removed", old: good("madr2"), now: good("madr2").replace(/## Considered Options\n\n[\s\S]*?\n\n## Decision/, "## Decision"), expected: [{ messageId: "sectionRemoved", line: 1, section: "Considered Options" }] },
  ];
  for (const c of cases) {
    it(`${c.expected.length ? "invalid" : "valid"}: ${c.name}`, () => {
      const found = run(c.now, c.old);
      expect(found.map((f) => f.messageId)).toEqual(c.expected.map((e) => e.messageId));
      c.expected.forEach((e, i) => {
        if (e.line !== undefined) expect(found[i].line).toBe(e.line);
        if (e.section !== undefined) expect(found[i].data?.section).toBe(e.section);
        expect(found[i].data?.ref).toBe("v1.0");
      });
    });
  }

  it("does nothing without --since", () => {
    expect(reportsOf(rule, { [path]: good("adrkit") })).toEqual([]);
  });
});
