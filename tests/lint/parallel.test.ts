// Linting in worker threads gives exactly the findings of linting on one thread.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { resolveLintConfig, runLint, lintInWorkers } from "../../src/lint/index.js";

const examples = resolve(import.meta.dirname, "../../examples");

function sources() {
  // 18 example ADRs, repeated under three folders, so the run is large enough for the pool.
  const files = ["decisions", "legacy-nygard", "legacy-madr"].flatMap((dir) =>
    readdirSync(resolve(examples, dir)).filter((f) => /^\d{4}-.*\.md$/.test(f)).map((f) => ({ dir, f })),
  );
  return ["a", "b"].flatMap((copy) =>
    files.map(({ dir, f }) => ({ filePath: `${copy}/${dir}/${f}`, text: readFileSync(resolve(examples, dir, f), "utf8"), log: `${copy}/${dir}` })),
  );
}

const view = (results: ReturnType<typeof runLint>["results"]) =>
  results.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal} ${m.reason}`)]);

describe("lint in worker threads", () => {
  it("finds the same problems, at the same places, as a run on one thread", async () => {
    const all = sources();
    expect(all.length).toBeGreaterThanOrEqual(32);
    const config = resolveLintConfig({}, { source: "default configuration" });
    const today = "2026-11-25";
    const prepared = await lintInWorkers(all, { input: { lint: {}, source: "default configuration", today }, concurrency: 2 });
    expect(prepared?.size).toBe(all.length);
    const parallel = runLint({ sources: all, config, today, prepared });
    const serial = runLint({ sources: all, config, today });
    expect(view(parallel.results)).toEqual(view(serial.results));
    // Whole-log rules still see every file of a log (the supersede pairs of the examples are consistent).
    expect(view(parallel.results).flatMap(([, m]) => m as string[]).filter((m) => m.includes("supersede-consistent"))).toEqual([]);
  });

  it("leaves a small run of plain files to the caller's thread", async () => {
    expect(await lintInWorkers(sources().slice(0, 5), { input: { lint: {}, source: "x", today: "2026-11-25" } })).toBeNull();
  });
});
