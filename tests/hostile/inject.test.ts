// No lost data under `log --inject`: only the bytes between the markers change; BOM and line endings stay; a re-run is a no-op.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { injectBetweenMarkers, LOG_END_MARKER, LOG_START_MARKER, renderLogMarkdown } from "../../src/render/index.js";
import { adrArbitrary, fileNameOf } from "./adr-arbitrary.js";

const prose = fc.array(fc.constantFrom("# Project", "Some text.", "", "- item", "<!-- other comment -->", "| a | b |", "```", "é 🚀", "  "), { maxLength: 6 });

describe("log --inject on generated host files", () => {
  it("changes only what sits between the markers, keeps BOM and line endings, and is idempotent", () => {
    fc.assert(
      fc.property(prose, prose, prose, fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.array(adrArbitrary(), { minLength: 1, maxLength: 4 }), (before, inside, after, eol, bom, adrs) => {
        const host = (bom ? "\uFEFF" : "") + [...before, LOG_START_MARKER, ...inside, LOG_END_MARKER, ...after].join(eol) + eol;
        const decisions = adrs.map((a, i) => parseDecision(a.text, fileNameOf(a).replace("generated", `g${i}`)));
        const table = renderLogMarkdown(decisions);
        const next = injectBetweenMarkers(host, table);
        const head = host.slice(0, host.indexOf(LOG_START_MARKER) + LOG_START_MARKER.length);
        const tail = host.slice(host.indexOf(LOG_END_MARKER));
        expect(next.startsWith(head)).toBe(true);
        expect(next.endsWith(tail)).toBe(true);
        if (eol === "\r\n") expect(next.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        expect(injectBetweenMarkers(next, table)).toBe(next);
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});
