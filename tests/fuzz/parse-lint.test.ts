// Fuzz: parseDecision and lint on arbitrary and ADR-shaped text never throw and always give the same answer twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { lint } from "../../src/lint/index.js";
import type { Decision } from "../../src/model/index.js";
import { anyText } from "./arbitraries.js";

const RUNS = { numRuns: 200, seed: 20261125 };

function snapshot(decision: Decision): string {
  const { file, ...rest } = decision;
  return JSON.stringify({ rest, messages: file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason, m.fatal]) });
}

describe("parseDecision under fuzzing", () => {
  it("never throws, stays deterministic, and keeps every position inside the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = parseDecision(text, "0001-fuzz.md");
        const second = parseDecision(text, "0001-fuzz.md");
        expect(snapshot(second)).toBe(snapshot(first));
        expect(String(first.file.value)).toBe(text);
        for (const m of first.file.messages) {
          expect(m.reason).toMatch(/\S/);
          if (m.line !== undefined) expect(m.line).toBeGreaterThanOrEqual(1);
        }
        const offset = first.status.position?.start.offset;
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      RUNS,
    );
  });
});

describe("lint under fuzzing", () => {
  it("never throws and reports the same findings twice, one file or a log of several", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (texts) => {
        const run = () => {
          const decisions = texts.map((t, i) => parseDecision(t, `${String(i + 1).padStart(4, "0")}-fuzz.md`));
          return lint(decisions, { extends: "strict" }, { today: "2026-11-25" }).map((r) => [r.filePath, r.messages.map((m) => [m.ruleId, m.line, m.column, m.reason, m.fatal])]);
        };
        const first = run();
        expect(JSON.stringify(run())).toBe(JSON.stringify(first));
        expect(first).toHaveLength(texts.length);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
