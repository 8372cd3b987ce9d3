// No lost data under `lint --fix`: fixes keep BOM and line endings, touch nothing outside their patches, and settle in one run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES, resolveLintConfig, runLint } from "../../src/lint/index.js";
import { adrArbitrary, fileNameOf } from "./adr-arbitrary.js";

const config = resolveLintConfig({ extends: "strict" });
const today = "2026-11-25";

/** Defects that fixable rules are likely to repair, planted in otherwise generated ADRs. */
const defect = fc.constantFrom(
  (t: string) => t,
  (t: string) => t.replace("2026-01-31", "2026/01/31"),
  (t: string) => t.replace(/accepted/i, "ACCEPTED"),
  (t: string) => t.replace(/(## Consequences|## Decision Outcome)/, "$1  "),
  (t: string) => t.replace(/\r?\n$/, ""),
);

const fixable = [...RULES.values()].filter((r) => r.meta.fixable).length;
if (fixable === 0) console.warn("[hostile] no lint rule is fixable in this build: the lint --fix property is skipped");

describe.skipIf(fixable === 0)("lint --fix on generated ADRs", () => {
  it("changes bytes only between the first and last patch, keeps BOM and line endings, and is idempotent", () => {
    let withFixes = 0;
    fc.assert(
      fc.property(adrArbitrary(), defect, (adr, plant) => {
        const text = plant(adr.text);
        const sources = [{ filePath: fileNameOf(adr), text }];
        const plain = runLint({ sources, config, today });
        const patches = plain.results.flatMap((r) => r.messages.flatMap((m) => m.fix ?? []));
        const fixed = runLint({ sources, config, today, fix: true });
        const after = fixed.fixed[0]?.after ?? text;
        if (patches.length === 0) {
          expect(after).toBe(text);
          return;
        }
        withFixes++;
        const start = Math.min(...patches.map((p) => p.start));
        const end = Math.max(...patches.map((p) => p.end));
        expect(after.startsWith(text.slice(0, start))).toBe(true);
        expect(after.endsWith(text.slice(end))).toBe(true);
        expect(after.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        if (adr.eol === "\r\n") expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        const again = runLint({ sources: [{ filePath: fileNameOf(adr), text: after }], config, today, fix: true });
        expect(again.fixed).toEqual([]);
      }),
      { numRuns: 100, seed: 11 },
    );
    // The property must have been exercised, not passed vacuously.
    expect(withFixes).toBeGreaterThan(10);
    console.log(`[hostile] lint --fix property: ${withFixes} of 100 generated ADRs had fixes`);
  });
});
