import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addLink, markSuperseded, setStatus, type EditHints, type LinkTarget } from "../../src/repo/edit.js";

// One file per format, written with "\n"; variants below swap line endings and add a BOM.
const FIXTURES: Record<string, { text: string; hints: EditHints; statusLine: string }> = {
  adrkit: {
    hints: { format: "adrkit", statusSource: "front-matter" },
    statusLine: "status: accepted # agreed in the arch review",
    text: `---
status: accepted # agreed in the arch review
date: '2024-03-01'
decision-makers: [Ana, "Bo Li"]
tags:
  - storage
review-by: 2025-03-01
supersedes: [2]
---

# 3. Use Postgres

## Context

We need   a store.  Trailing spaces stay.${"  "}
* odd bullet
`,
  },
  nygard: {
    hints: { format: "nygard", statusSource: "section" },
    statusLine: "Accepted",
    text: `# 1. Record architecture decisions

Date: 2016-02-12

## Status

Accepted

## Context

We need to record decisions.

\`\`\`
## Status
Accepted
\`\`\`

## Consequences

See Michael Nygard's article.
`,
  },
  madr2: {
    hints: { format: "madr2", statusSource: "bullet" },
    statusLine: "* Status: accepted",
    text: `# Use Markdown Architectural Decision Records

* Status: accepted
* Deciders: Oliver, Olaf
* Date: 2017-12-16

## Context and Problem Statement

We want to record decisions.
`,
  },
  madr3: {
    hints: { format: "madr3", statusSource: "front-matter" },
    statusLine: "status: accepted",
    text: `---
# These are optional elements.
status: accepted
date: 2022-11-04
deciders: [a, b]
---
# Use Plain JUnit5

## Context and Problem Statement

How to test?

## Validation

Reviews.
`,
  },
  madr4: {
    hints: { format: "madr4", statusSource: "front-matter" },
    statusLine: 'status: "accepted"',
    text: `---
status: "accepted"
date: 2024-01-01
decision-makers: [x]
---

# Use YAML front matter

## Context and Problem Statement

Stuff.
`,
  },
  log4brains: {
    hints: { format: "log4brains", statusSource: "bullet" },
    statusLine: "- Status: draft",
    text: `# Use Log4brains

- Status: draft
- Deciders: Thomas
- Date: 2020-09-26
- Tags: doc

## Context and Problem Statement

We want docs.
`,
  },
};

const EOLS = { LF: "\n", CRLF: "\r\n", CR: "\r" } as const;
const variant = (text: string, eol: string, bom: boolean) => (bom ? "\ufeff" : "") + text.replace(/\n/g, eol);

/** The bytes that differ between two texts: [start, oldEnd, newEnd]. */
function changedSpan(a: string, b: string): [number, number, number] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  return [start, endA, endB];
}

const TARGET: LinkTarget = { number: 12, title: "Use Kafka", fileName: "0012-use-kafka.md" };

const cases = Object.entries(FIXTURES).flatMap(([format, fixture]) =>
  Object.entries(EOLS).flatMap(([eolName, eol]) =>
    [false, true].map((bom) => ({ name: `${format} ${eolName}${bom ? " BOM" : ""}`, format, eol, bom, fixture }))));

describe.each(cases)("$name", ({ fixture, eol, bom }) => {
  const text = variant(fixture.text, eol, bom);
  const statusAt = text.indexOf(fixture.statusLine);
  const otherEols = Object.values(EOLS).filter((e) => e !== eol && !eol.includes(e));

  it("the same status again is a byte-for-byte no-op, with or without hints", () => {
    const current = fixture.statusLine.includes("draft") ? "draft" : "accepted";
    expect(setStatus(text, current, fixture.hints)).toBe(text);
    expect(setStatus(text, current.toUpperCase(), fixture.hints)).toBe(text);
    expect(setStatus(text, current)).toBe(text);
  });

  it("changes only bytes inside the status line, for any status, and round-trips", () => {
    fc.assert(
      fc.property(fc.constantFrom("proposed", "rejected", "deprecated", "superseded", "on hold", "Accepted"), (status) => {
        const edited = setStatus(text, status, fixture.hints);
        if (edited === text) return; // the status it already has
        const [start, oldEnd] = changedSpan(text, edited);
        expect(start).toBeGreaterThanOrEqual(statusAt);
        expect(oldEnd).toBeLessThanOrEqual(statusAt + fixture.statusLine.length);
        expect(edited.startsWith(bom ? "\ufeff" : "")).toBe(true);
        const back = fixture.statusLine.includes("draft") ? "draft" : "accepted";
        expect(setStatus(edited, back, fixture.hints)).toBe(text);
      }),
    );
  });

  it("adds a link by inserting bytes only, in the file's line ending, once", () => {
    for (const relation of ["amends", "relates", "superseded-by"] as const) {
      const edited = addLink(text, relation, TARGET, fixture.hints);
      const [start, oldEnd, newEnd] = changedSpan(text, edited);
      expect(oldEnd).toBe(start); // nothing removed
      const inserted = edited.slice(start, newEnd);
      for (const other of otherEols) expect(inserted).not.toContain(other);
      expect(addLink(edited, relation, TARGET, fixture.hints)).toBe(edited);
    }
  });

  it("marks a decision superseded in its own format and keeps everything else", () => {
    const edited = markSuperseded(text, TARGET, fixture.hints);
    expect(edited).toMatch(/superseded/i);
    expect(edited).toContain("12");
    const kept = text.replace(fixture.statusLine, "");
    // Every line of the original outside its status line is still there, in order, with its line ending.
    const lines = kept.split(eol).filter((l) => l.length > 0);
    let from = 0;
    for (const line of lines) {
      const at = edited.indexOf(line, from);
      expect(at, `line ${JSON.stringify(line)} kept`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    expect(markSuperseded(edited, TARGET, fixture.hints)).toBe(edited);
  });
});

describe("edits in each format's own shape", () => {
  it("adrkit: link keys as front matter lists, in the list's own style", () => {
    const text = FIXTURES.adrkit.text;
    const edited = markSuperseded(text, TARGET, FIXTURES.adrkit.hints);
    expect(edited).toContain("status: superseded # agreed in the arch review\n");
    expect(edited).toContain("supersedes: [2]\nsuperseded-by: [12]\n---\n");
    expect(addLink(text, "supersedes", TARGET, FIXTURES.adrkit.hints)).toContain("supersedes: [2, 12]\n");
    const block = text.replace("supersedes: [2]", "supersedes:\n  - 2");
    expect(addLink(block, "supersedes", TARGET, FIXTURES.adrkit.hints)).toContain("supersedes:\n  - 2\n  - 12\n---");
    expect(edited).toContain("date: '2024-03-01'");
  });

  it("nygard: a status paragraph and a link line in the Status section", () => {
    const edited = markSuperseded(FIXTURES.nygard.text, TARGET, FIXTURES.nygard.hints);
    expect(edited).toContain("## Status\n\nSuperseded\n\nSuperseded by [12. Use Kafka](0012-use-kafka.md)\n\n## Context");
    // The fenced example is never touched.
    expect(edited).toContain("```\n## Status\nAccepted\n```");
  });

  it("madr2 and log4brains: the status bullet says what superseded it; other links are bullets", () => {
    expect(markSuperseded(FIXTURES.madr2.text, TARGET)).toContain("* Status: superseded by [ADR-0012](0012-use-kafka.md)\n");
    expect(addLink(FIXTURES.log4brains.text, "amends", TARGET)).toContain("- Tags: doc\n- Amends [ADR-0012](0012-use-kafka.md)\n\n## Context");
  });

  it("madr4: quoting kept in the front matter, links under the title", () => {
    const edited = markSuperseded(FIXTURES.madr4.text, TARGET, FIXTURES.madr4.hints);
    expect(edited).toContain('status: "superseded by [ADR-0012](0012-use-kafka.md)"\n');
    const linked = addLink(FIXTURES.madr4.text, "relates", TARGET, FIXTURES.madr4.hints);
    expect(linked).toContain("# Use YAML front matter\n\nRelates to [ADR-0012](0012-use-kafka.md)\n\n## Context");
  });

  it("keeps the case style of the status as written", () => {
    expect(setStatus(FIXTURES.nygard.text, "deprecated")).toContain("\n\nDeprecated\n\n");
    expect(setStatus(FIXTURES.madr2.text.replace("accepted", "ACCEPTED"), "rejected")).toContain("* Status: REJECTED\n");
  });

  it("gives a Nygard file without a status adr-tools' Status section", () => {
    const text = "# 28. Scanning\r\n\r\nDate: 2021-11-05\r\n\r\n## Context\r\n\r\nx\r\n";
    expect(setStatus(text, "accepted", { format: "nygard" })).toBe(
      "# 28. Scanning\r\n\r\nDate: 2021-11-05\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n\r\nx\r\n",
    );
  });

  it("refuses a file with no place for a status", () => {
    expect(() => setStatus("# Just a title\n\nText.\n", "accepted")).toThrow(/no status found/);
  });
});
