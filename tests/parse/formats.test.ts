// parseDecision reads each supported format into the same Decision.
import { describe, it, expect } from "vitest";
import { parseDecision } from "../../src/parse/index.js";

const ADRKIT = `---
status: accepted
date: 2026-03-04
decision-makers: [Ana Ruiz, Tom Berg]
consulted: [SRE team]
informed: [Support]
tags: [storage, orders]
review-by: 2026-09-01
supersedes: [3]
relates-to: [5]
---

# 7. Use PostgreSQL for orders

## Context

Orders are written 40 times a second at peak.

## Options considered

### PostgreSQL

- Pro: transactions

### DynamoDB

- Con: no joins

## Decision

We will use PostgreSQL because orders need multi-row transactions.

## Trade-offs

- Give up: horizontal write scaling beyond one primary.

## Assumptions

- Peak stays under 500 writes/s. Validate: dashboard. By: 2026-09-01

## Failure modes

- Primary down. Detection: health check. Mitigation: failover.

## Reversibility

Door: two-way

## Consequences

Operations runs one more database.
`;

const NYGARD = `# 4. Use Kafka for events

Date: 2024-03-01

## Status

Accepted

Supersedes [2. Use RabbitMQ](0002-use-rabbitmq.md)

Amended by [6. Partition by tenant](0006-partition-by-tenant.md)

## Context

We publish order events to five consumers.

## Decision

We will use Kafka.

## Consequences

We must run a Kafka cluster.
`;

const MADR2 = `# Use Markdown Architectural Decision Records

* Status: superseded by [ADR-0005](0005-use-madr-3.md)
* Deciders: Oliver, Mia and Lee
* Date: 2020-01-05

## Context and Problem Statement

We want to record decisions.

## Considered Options

* MADR
* Nygard

## Decision Outcome

Chosen option: "MADR", because it is lean.

### Positive Consequences <!-- optional -->

* Structured

### Negative Consequences <!-- optional -->

* Learning curve
`;

const MADR3 = `---
status: proposed
date: 2022-10-12
deciders: Anna, Bo
---
# Use Vitest

## Context and Problem Statement

Tests are slow.

## Considered Options

* Vitest
* Jest

## Decision Outcome

Chosen option: "Vitest", because it is 3x faster on our suite.

### Consequences

* Good, because faster
* Bad, because new tool

## Validation

CI time drops below 5 minutes.
`;

const MADR4 = `---
status: "accepted"
date: 2024-05-01
decision-makers: [Kim]
consulted: [Lee]
informed: [All]
---

# Use Playwright

## Context and Problem Statement

Browser tests flake.

## Considered Options

* Playwright
* Cypress

## Decision Outcome

Chosen option: "Playwright", because it runs all browsers.

### Consequences

* Good, because one tool
* Bad, because migration

### Confirmation

A review checks new tests use Playwright.
`;

const LOG4BRAINS = `# Use a monorepo

- Status: draft
- Deciders: Thomas
- Date: 2020-09-25
- Tags: architecture, tooling

## Context and Problem Statement

Packages share code.

## Decision Outcome

Chosen option: "Yarn workspaces", because they are built in.
`;

describe("parseDecision", () => {
  it("reads adrkit's own format: front matter metadata, links and every reasoning section", () => {
    const d = parseDecision(ADRKIT, "docs/adr/0007-use-postgresql-for-orders.md");
    expect(d.format).toBe("adrkit");
    expect(d.number).toBe(7);
    expect(d.title).toBe("Use PostgreSQL for orders");
    expect(d.status.value).toBe("accepted");
    expect(d.status.position?.start.line).toBe(2);
    expect(d.date).toBe("2026-03-04");
    expect(d.people).toEqual({ deciders: ["Ana Ruiz", "Tom Berg"], consulted: ["SRE team"], informed: ["Support"] });
    expect(d.tags).toEqual(["storage", "orders"]);
    expect(d.reviewBy).toBe("2026-09-01");
    expect(d.links.map((l) => [l.relation, l.number])).toEqual([["supersedes", 3], ["relates", 5]]);
    expect(Object.keys(d.sections).sort()).toEqual(
      ["assumptions", "consequences", "context", "decision", "failureModes", "options", "reversibility", "tradeoffs"],
    );
    expect(d.sections.options?.subsections.map((s) => s.heading)).toEqual(["PostgreSQL", "DynamoDB"]);
    // Lines are the file's, not the body's after the front matter.
    expect(d.titlePosition?.start.line).toBe(13);
    expect(d.sections.context?.position?.start.line).toBe(15);
    expect(d.file.messages).toEqual([]);
  });

  it("reads adr-tools' Nygard format: Date line, Status section, link lines", () => {
    const d = parseDecision(NYGARD, "doc/adr/0004-use-kafka-for-events.md");
    expect(d.format).toBe("nygard");
    expect([d.number, d.title, d.status.value, d.status.raw, d.date]).toEqual([4, "Use Kafka for events", "accepted", "Accepted", "2024-03-01"]);
    expect(d.links.map((l) => [l.relation, l.number, l.target])).toEqual([
      ["supersedes", 2, "0002-use-rabbitmq.md"],
      ["amended-by", 6, "0006-partition-by-tenant.md"],
    ]);
    expect(d.dateInfo.position?.start.line).toBe(3);
    expect(d.status.position?.start.line).toBe(7);
  });

  it("reads MADR 2 bullets, a superseded-by status link and positive/negative consequences", () => {
    const d = parseDecision(MADR2, "docs/adr/0001-use-markdown.md");
    expect(d.format).toBe("madr2");
    expect(d.status.value).toBe("superseded");
    expect(d.links.map((l) => [l.relation, l.number])).toEqual([["superseded-by", 5]]);
    expect(d.people.deciders).toEqual(["Oliver", "Mia", "Lee"]);
    expect(d.date).toBe("2020-01-05");
    const consequences = d.sections.consequences!;
    expect(consequences.subsections.map((s) => s.heading)).toEqual(["Positive Consequences", "Negative Consequences"]);
    expect(consequences.subsections[1].text).toBe("Learning curve");
  });

  it("reads MADR 3 front matter with deciders and a Validation section", () => {
    const d = parseDecision(MADR3, "docs/decisions/0003-use-vitest.md");
    expect(d.format).toBe("madr3");
    expect(d.people.deciders).toEqual(["Anna", "Bo"]);
    expect(d.status.value).toBe("proposed");
    expect(d.sections.confirmation?.heading).toBe("Validation");
    expect(d.sections.consequences?.text).toContain("Bad, because new tool");
  });

  it("reads MADR 4 front matter with decision-makers and Confirmation under the outcome", () => {
    const d = parseDecision(MADR4, "docs/decisions/0004-use-playwright.md");
    expect(d.format).toBe("madr4");
    expect(d.people).toEqual({ deciders: ["Kim"], consulted: ["Lee"], informed: ["All"] });
    expect(d.sections.confirmation?.text).toBe("A review checks new tests use Playwright.");
    expect(d.sections.decision?.text).toBe('Chosen option: "Playwright", because it runs all browsers.');
  });

  it("reads log4brains' variant: dash bullets, tags, draft status, no number", () => {
    const d = parseDecision(LOG4BRAINS, "docs/adr/20200925-use-a-monorepo.md");
    expect(d.format).toBe("log4brains");
    expect([d.number, d.status.value, d.date]).toEqual([null, "draft", "2020-09-25"]);
    expect(d.tags).toEqual(["architecture", "tooling"]);
  });

  it("maps headings through the alias table whatever their numbering, case, emphasis or comments", () => {
    const text = "# T\n\n## 2. CONTEXT:\n\nA\n\n## *Decision* <!-- optional -->\n\nB\n\n## III. Trade offs\n\nC\n\n## Risks and mitigations\n\nD\n\n## Something else\n\nE\n";
    const d = parseDecision(text, "x.md");
    expect(Object.fromEntries(Object.entries(d.sections).map(([id, s]) => [id, s!.text]))).toEqual({
      context: "A", decision: "B", tradeoffs: "C", failureModes: "D",
    });
    expect(d.otherSections.map((s) => s.heading)).toEqual(["Something else"]);
  });

  it.each([
    ["✅ Accepted", "accepted"], ["Accepted.", "accepted"], ["PROPOSED", "proposed"], ["superceded", "superseded"],
    ["superseded by [ADR-0062](0062-x.md)", "superseded"], ["![status](https://img.shields.io/badge/status-accepted-green)", "accepted"],
    ["Rejected", "rejected"], ["Deprecated", "deprecated"], ["draft", "draft"], ["Approved", "accepted"], ["Under Review", "proposed"],
  ])("normalises the status %j to %s and keeps the raw text", (raw, value) => {
    const d = parseDecision(`# 1. T\n\nDate: 2020-01-01\n\n## Status\n\n${raw}\n\n## Context\n\nx\n`, "0001-t.md");
    expect(d.status.value).toBe(value);
    expect(d.status.raw).not.toBeNull();
  });

  it.each([
    ["2020-01-05", "2020-01-05", false], ["2020/1/5", "2020-01-05", false], ["5 January 2020", "2020-01-05", false],
    ["January 5th, 2020", "2020-01-05", false], ["25.01.2020", "2020-01-25", false], ["03/04/2020", null, true], ["soon", null, true],
  ])("normalises the date %j to %j (ambiguous: %s)", (raw, iso, ambiguous) => {
    const d = parseDecision(`# 1. T\n\nDate: ${raw}\n`, "0001-t.md");
    expect(d.date).toBe(iso);
    expect(d.dateInfo.ambiguous).toBe(ambiguous);
    expect(d.dateInfo.raw).toBe(raw);
  });

  it("finds the same title and sections with a BOM, CRLF, CR, no-break and zero-width spaces", () => {
    const base = parseDecision(NYGARD, "0004-use-kafka-for-events.md");
    const variants = [
      "\ufeff" + NYGARD,
      NYGARD.replace(/\n/g, "\r\n"),
      NYGARD.replace(/\n/g, "\r"),
      NYGARD.replace("# 4. Use Kafka for events", "# 4.\u00a0Use\u00a0Kafka for\u200b events").replace("## Context", "## \u200bContext\u00a0"),
    ];
    for (const text of variants) {
      const d = parseDecision(text, "0004-use-kafka-for-events.md");
      expect(d.title).toBe(base.title);
      expect(Object.keys(d.sections)).toEqual(Object.keys(base.sections));
      expect(d.sections.context?.text).toBe(base.sections.context?.text);
      expect(d.status.value).toBe("accepted");
      expect(d.sections.decision?.position?.start.line).toBe(base.sections.decision?.position?.start.line);
    }
  });

  it("keeps CRLF front matter positions on the file's lines", () => {
    const d = parseDecision(MADR4.replace(/\n/g, "\r\n"), "0004-use-playwright.md");
    expect(d.status.value).toBe("accepted");
    expect(d.status.position?.start.line).toBe(2);
    expect(d.titlePosition?.start.line).toBe(9);
  });
});

describe("links written inside a status", () => {
  it("reads 'superseded by [ADR-0004](...)' from a front matter status as a link", () => {
    const d = parseDecision('---\nstatus: "superseded by [ADR-0004](0004-use-rls.md)"\n---\n# Use schemas\n', "0002-use-schemas.md");
    expect(d.status.value).toBe("superseded");
    expect(d.links.map((l) => [l.relation, l.number, l.target])).toEqual([["superseded-by", 4, "0004-use-rls.md"]]);
  });
});

describe("format detection at the edges", () => {
  it("reads front matter with a numbered title as adrkit, since MADR never numbers its headings", () => {
    const d = parseDecision("---\nstatus: proposed\ndecision-makers: [Kim]\n---\n\n# 3. Use queues\n\n## Context\n\nx\n", "0003-use-queues.md");
    expect(d.format).toBe("adrkit");
    expect(parseDecision("---\nstatus: proposed\ndecision-makers: [Kim]\n---\n\n# Use queues\n\n## Context\n\nx\n", "0003-use-queues.md").format).toBe("madr4");
  });
});

describe("positions and links found by the metadata reader", () => {
  it("places a front matter value exactly on its characters", () => {
    const text = "---\nstatus: accepted\ndate: 2020-01-01\n---\n# T\n";
    const d = parseDecision(text, "0001-t.md");
    const { start, end } = d.status.position!;
    expect([start.line, start.column, end.line, end.column]).toEqual([2, 9, 2, 17]);
    expect(text.slice(start.offset, end.offset)).toBe("accepted");
    expect(text.slice(d.dateInfo.position!.start.offset, d.dateInfo.position!.end.offset)).toBe("2020-01-01");
  });

  it("reads a link line that starts with an emoji", () => {
    const d = parseDecision("# 30. X\n\nDate: 2020-01-01\n\n## Status\n\n⌛️ Superseded by [036. Multi-cluster](036-multi-cluster.md)\n", "030-x.md");
    expect(d.status.value).toBe("superseded");
    expect(d.links.map((l) => [l.relation, l.number])).toEqual([["superseded-by", 36]]);
  });
});
