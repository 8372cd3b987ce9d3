// The reasoning a reader sees in an ADR (options, choice, assumptions, failure modes, reversibility), in every format.
import { describe, it, expect } from "vitest";
import { parseDecision } from "../../src/parse/index.js";

const read = (text: string) => parseDecision(text, "docs/adr/0007-example.md").reasoning;
const names = (text: string) => read(text).options.map((o) => o.name);

const ADRKIT = `---
status: accepted
date: 2026-01-10
decision-makers: [Ana]
consulted: [Ops]
---

# 7. Use PostgreSQL for orders

## Context

Orders live on one MySQL 5.7 server with no replica and nightly dumps as the only backup.

## Options considered

### PostgreSQL on RDS

- Pro: transactions and joins as today.
- Con: about 1,100 EUR a month more.

### **DynamoDB**

- Pro: no servers to run.
- Con: month-end reports need joins.

## Decision

We will move orders to PostgreSQL on RDS because bookings and finance depend on joins.

Chosen option: "PostgreSQL on RDS".

## Assumptions

- Peak writes stay under 350 per second. Validate: monthly peak of the writes metric. By: 30 September 2026
- The database stays under 1 TB.
- Legal signs off on hosting in Ireland. By: after the first enterprise contract

## Failure modes

- The primary fails. Impact: bookings fail for 2 minutes. Detection: booking error-rate alert. Mitigation: clients retry with backoff.
- Replication stalls during the migration.

## Reversibility

Door: one-way. Leaving PostgreSQL means rewriting every query.
`;

describe("extractReasoning: adrkit", () => {
  const r = read(ADRKIT);

  it("reads one option per ### heading with its Pro and Con items, emphasis removed", () => {
    expect(r.options.map((o) => [o.name, o.pros.length, o.cons.length, o.position?.start.line])).toEqual([
      ["PostgreSQL on RDS", 1, 1, 16],
      ["DynamoDB", 1, 1, 21],
    ]);
    expect(r.options[0].cons[0].text).toBe("Con: about 1,100 EUR a month more.");
  });

  it("reads the chosen option and marks it among the options", () => {
    expect(r.chosen).toEqual([{ name: "PostgreSQL on RDS", rationale: null, position: expect.objectContaining({ start: expect.objectContaining({ line: 30 }) }) }]);
    expect(r.options.map((o) => o.chosen)).toEqual([true, false]);
  });

  it("splits assumptions into text, Validate and By, with the date in ISO form", () => {
    expect(r.assumptions.map((a) => [a.text, a.validation, a.due, a.dueDate, a.position?.start.line])).toEqual([
      ["Peak writes stay under 350 per second", "monthly peak of the writes metric", "30 September 2026", "2026-09-30", 34],
      ["The database stays under 1 TB", null, null, null, 35],
      ["Legal signs off on hosting in Ireland", null, "after the first enterprise contract", null, 36],
    ]);
  });

  it("reads failure modes with their detection and mitigation", () => {
    expect(r.failureModes.map((f) => [f.text, f.detection, f.mitigation])).toEqual([
      ["The primary fails", "booking error-rate alert", "clients retry with backoff"],
      ["Replication stalls during the migration", null, null],
    ]);
  });

  it("reads the door from the Reversibility section", () => {
    expect(r.reversibility?.door).toBe("one-way");
    expect(r.reversibility?.position?.start.line).toBe(45);
  });

  it("treats sections holding only their template prompt as empty", () => {
    const template = "# 8. Something\n\n## Assumptions\n\n<!-- What must hold? -->\n\n## Failure modes\n\n<!-- What breaks? -->\n\n## Reversibility\n\n<!-- Door: one-way or two-way? -->\n";
    const empty = read(template);
    expect([empty.assumptions, empty.failureModes, empty.reversibility]).toEqual([[], [], null]);
  });
});

describe("extractReasoning: MADR and log4brains", () => {
  it("merges the Considered Options list with the Pros and Cons sub-headings, Good/Bad/Neutral items", () => {
    const r = read(`# Use Markdown ADRs

## Considered Options

* [MADR](https://adr.github.io/madr/) 4.0.0 – The Markdown Architectural Decision Records
* Formless – No conventions
* Option 3: _Nygard's template_

## Decision Outcome

Chosen option: "MADR 4.0.0", because

* Implicit assumptions should be made explicit.
* The format is lean.

## Pros and Cons of the Options

### MADR 4.0.0

* Good, because it is lean
* Neutral, because it is new
* Bad, because it is long

### Formless

* Good, because no work
* Bad, because no structure

### "Nygard's template"

* Good, because it is well known
`);
    expect(r.options.map((o) => [o.name, o.pros.length, o.cons.length, o.chosen])).toEqual([
      ["MADR 4.0.0 – The Markdown Architectural Decision Records", 1, 1, true],
      ["Formless – No conventions", 1, 1, false],
      ["Nygard's template", 1, 0, false],
    ]);
    expect(r.options[0].text).toBe("Neutral, because it is new");
    expect(r.chosen[0].name).toBe("MADR 4.0.0");
    expect(r.chosen[0].rationale).toContain("Implicit assumptions should be made explicit.");
  });

  it("matches a chosen name against an option with nested variants (log4brains)", () => {
    const r = read(`# Monorepo

- Status: accepted

## Considered Options

- Monolith
- Multi-packages, monorepo
  - with NPM and scripts
  - with Yarn and Lerna

## Decision Outcome

Chosen option: "Multi-packages, monorepo, with Yarn and Lerna", because it is well tested.
`);
    expect(r.options.map((o) => [o.name, o.chosen])).toEqual([["Monolith", false], ["Multi-packages, monorepo", true]]);
    expect(r.chosen[0].rationale).toBe("it is well tested.");
  });

  it("reads `Chosen option 2, since ...` as the second option, and Pros/Cons sub-headings under an option", () => {
    const r = read(`# Images

## Considered Options

1. Build one image for all
1. Build one image per configuration

## Decision Outcome

Chosen option 2, since it keeps images small.

## Pros and Cons of the Options

### Option 1: Build one image for all

#### Pros

- One build

#### Cons

- Large image

### Option 2: _Build one image per configuration_

- Good, small images
- Bad, more builds
`);
    expect(r.chosen.map((c) => [c.name, c.rationale])).toEqual([["Build one image per configuration", "it keeps images small."]]);
    expect(r.options.map((o) => [o.name, o.pros.map((p) => p.text), o.cons.map((c) => c.text), o.chosen])).toEqual([
      ["Build one image for all", ["One build"], ["Large image"], false],
      ["Build one image per configuration", ["Good, small images"], ["Bad, more builds"], true],
    ]);
  });
});

describe("extractReasoning: Nygard prose", () => {
  const NYGARD = `# 3. Use RabbitMQ for events

Date: 2024-03-01

## Status

Accepted

## Context

Booking events are sent by HTTP today. We considered keeping HTTP calls, Amazon SQS and RabbitMQ.
We assume event volume stays under 5,000 a day; we will check the broker dashboard every quarter.

## Decision

We will use RabbitMQ because it supports fan-out.

## Consequences

If the broker goes down, publishers buffer events on disk and an alert pages the on-call engineer.
This is easy to revert: publishers can switch back to HTTP calls with a config flag.
`;
  const r = read(NYGARD);

  it("reads options from \"We considered A, B and C\" and marks the one the decision names", () => {
    expect(r.options.map((o) => [o.name, o.chosen, o.position?.start.line])).toEqual([
      ["keeping HTTP calls", false, 11],
      ["Amazon SQS", false, 11],
      ["RabbitMQ", true, 11],
    ]);
    expect(r.chosen).toEqual([]);
  });

  it("reads assumptions from \"we assume\", with the check and its trigger from the same paragraph", () => {
    expect(r.assumptions).toHaveLength(1);
    expect(r.assumptions[0].text).toMatch(/^We assume event volume stays under 5,000 a day/);
    expect(r.assumptions[0].validation).toMatch(/we will check the broker dashboard/);
    expect(r.assumptions[0].due).toBe("every quarter");
  });

  it("reads failure modes and reversibility from the consequences' prose", () => {
    expect(r.failureModes.map((f) => [f.position?.start.line, f.detection !== null, f.mitigation !== null])).toEqual([[20, true, true]]);
    expect(r.reversibility).toMatchObject({ door: "two-way", text: "This is easy to revert: publishers can switch back to HTTP calls with a config flag." });
    expect(r.reversibility?.position?.start.line).toBe(20);
  });

  it("reads an \"Alternatives considered:\" list, and \"X instead of Y\" in the decision", () => {
    expect(names("# A\n\n## Context\n\nAlternatives considered:\n\n- Kafka\n- Redis streams\n\n## Decision\n\nWe will use NATS.\n")).toEqual(["Kafka", "Redis streams"]);
    expect(names("# A\n\n## Decision\n\nWe will use NATS instead of Kafka, because it is simpler.\n")).toEqual(["NATS", "Kafka"]);
  });

  it("reads numbered option headings after \"Approaches considered\", weighed in prose", () => {
    const r2 = read("# 16. History\n\n## Context\n\nText.\n\n### Approaches considered\n\n#### 1. Correct the data upstream\n\nThe positive of this approach was less storage.\n\nThe negatives to this were no guarantees.\n\n#### 2. Store history locally\n\nWe considered storing it ourselves.\n\n## Decision\n\nWe will store history locally.\n");
    expect(r2.options.map((o) => [o.name, o.pros.length, o.cons.length, o.chosen])).toEqual([
      ["Correct the data upstream", 1, 1, false],
      ["Store history locally", 0, 0, true],
    ]);
  });

  it("reads irreversibility and lock-in from prose", () => {
    expect(read("# A\n\n## Decision\n\nWe will use Spanner. This is a one-way door.\n").reversibility?.door).toBe("one-way");
    expect(read("# A\n\n## Consequences\n\nThe migration is irreversible once the old cluster is gone.\n").reversibility?.door).toBe("one-way");
    expect(read("# A\n\n## Consequences\n\nWe accept some vendor lock-in.\n").reversibility).toMatchObject({ door: null });
    expect(read("# A\n\n## Decision\n\nOne way to do it is a cron job. We add two-way sync.\n").reversibility).toBeNull();
  });

  it("finds nothing in a record that states none of it", () => {
    const r2 = read("# 2. Use shell scripts\n\n## Context\n\nADRs are plain text.\n\n## Decision\n\nWe will write the tool as shell scripts.\n\n## Consequences\n\nIt won't run on Windows.\n");
    expect(r2).toEqual({ options: [], chosen: [], assumptions: [], failureModes: [], reversibility: null });
  });
});

describe("reasoning: \"reversibility\" (what the Markdown and HTML logs read)", () => {
  it("extracts the reversibility the full parse finds, and leaves the rest empty", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const dir = new URL("../../examples/decisions/", import.meta.url);
    const texts = [ADRKIT, ...(await Promise.all((await readdir(dir)).filter((n) => n.endsWith(".md")).map((n) => readFile(new URL(n, dir), "utf8"))))];
    let withReversibility = 0;
    for (const text of texts) {
      const full = parseDecision(text, "docs/adr/0007-example.md");
      const slim = parseDecision(text, "docs/adr/0007-example.md", { reasoning: "reversibility" });
      expect(slim.reasoning).toEqual({ options: [], chosen: [], assumptions: [], failureModes: [], reversibility: full.reasoning.reversibility });
      // Everything else the parse gives is the same.
      expect({ ...slim, reasoning: null, file: null }).toEqual({ ...full, reasoning: null, file: null });
      if (full.reasoning.reversibility) withReversibility++;
    }
    // The comparison can fail: most of these ADRs state a reversibility, and the full parse finds more.
    expect(withReversibility).toBeGreaterThan(texts.length / 2);
    expect(texts.some((t) => parseDecision(t, "x.md").reasoning.assumptions.length > 0)).toBe(true);
  });

  it("wordCount: false leaves the words uncounted (-1) and changes nothing else", () => {
    const full = parseDecision(ADRKIT, "docs/adr/0007-example.md");
    const uncounted = parseDecision(ADRKIT, "docs/adr/0007-example.md", { reasoning: "reversibility", wordCount: false });
    expect(full.wordCount).toBeGreaterThan(50);
    expect(uncounted.wordCount).toBe(-1);
    expect({ ...uncounted, reasoning: null, file: null, wordCount: null }).toEqual({ ...full, reasoning: null, file: null, wordCount: null });
  });
});
