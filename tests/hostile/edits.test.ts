// No lost data: status, supersede and link edits change only the bytes they mean to, in every format, CRLF and BOM alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { addLink, editHints, markSuperseded, setStatus } from "../../src/repo/index.js";
import { adrArbitrary, fileNameOf } from "./adr-arbitrary.js";

const RUNS = { numRuns: 100, seed: 5 };

/** The span of `before` that an edit replaced, found from the common prefix and suffix. */
function changedSpan(before: string, after: string): { start: number; end: number; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, inserted: after.slice(start, after.length - tail) };
}

function keepsShape(before: string, after: string, eol: string): void {
  expect(after.startsWith("\uFEFF")).toBe(before.startsWith("\uFEFF"));
  if (eol === "\r\n") expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  else expect(after).not.toMatch(/\r/);
}

const target = { number: 77, title: "Newer choice", fileName: "0077-newer-choice.md" };

describe("status edits", () => {
  it("the same status again changes no byte", () => {
    fc.assert(
      fc.property(adrArbitrary(), (adr) => {
        const decision = parseDecision(adr.text, fileNameOf(adr));
        expect(setStatus(adr.text, decision.status.raw!, editHints(decision))).toBe(adr.text);
      }),
      RUNS,
    );
  });

  it("a new status replaces only the old status value, on its own line", () => {
    fc.assert(
      fc.property(adrArbitrary(), fc.constantFrom("accepted", "rejected", "deprecated", "proposed"), (adr, wanted) => {
        const decision = parseDecision(adr.text, fileNameOf(adr));
        const after = setStatus(adr.text, wanted, editHints(decision));
        const span = changedSpan(adr.text, after);
        const position = decision.status.position!;
        // Only bytes of the status value's line change, and no line is added or removed.
        expect(span.start).toBeGreaterThanOrEqual(adr.text.lastIndexOf("\n", position.start.offset! - 1) + 1);
        expect(adr.text.slice(span.start, span.end)).not.toMatch(/[\r\n]/);
        expect(span.inserted).not.toMatch(/[\r\n]/);
        keepsShape(adr.text, after, adr.eol);
        expect(parseDecision(after, fileNameOf(adr)).status.value).toBe(wanted);
      }),
      RUNS,
    );
  });
});

describe("link and supersede edits", () => {
  it("a link is one insertion: the rest of the file is byte-identical and the link parses back", () => {
    fc.assert(
      fc.property(adrArbitrary(), fc.constantFrom("supersedes", "amends", "relates") as fc.Arbitrary<"supersedes" | "amends" | "relates">, (adr, relation) => {
        const decision = parseDecision(adr.text, fileNameOf(adr));
        const after = addLink(adr.text, relation, target, editHints(decision));
        const span = changedSpan(adr.text, after);
        // Pure insertion, except that a front matter scalar may become a list on its own line.
        if (adr.format !== "adrkit") expect(span.end - span.start).toBe(0);
        keepsShape(adr.text, after, adr.eol);
        const links = parseDecision(after, fileNameOf(adr)).links;
        expect(links.some((l) => l.relation === relation && l.number === 77)).toBe(true);
        expect(addLink(after, relation, target, editHints(parseDecision(after, fileNameOf(adr))))).toBe(after);
      }),
      RUNS,
    );
  });

  it("supersede marks the status and the link, and keeps everything below the metadata intact", () => {
    fc.assert(
      fc.property(adrArbitrary(), (adr) => {
        const decision = parseDecision(adr.text, fileNameOf(adr));
        const after = markSuperseded(adr.text, target, editHints(decision));
        keepsShape(adr.text, after, adr.eol);
        const again = parseDecision(after, fileNameOf(adr));
        expect(again.status.value).toBe("superseded");
        expect(again.links.some((l) => l.relation === "superseded-by" && l.number === 77)).toBe(true);
        // The sections' text is untouched.
        for (const id of ["context", "decision", "consequences"] as const) expect(again.sections[id]?.text).toBe(decision.sections[id]?.text);
        const lastHeading = decision.sections.context?.position?.start.offset ?? 0;
        expect(after.endsWith(adr.text.slice(Math.max(lastHeading, decision.status.position?.end.offset ?? 0)))).toBe(true);
      }),
      RUNS,
    );
  });
});
