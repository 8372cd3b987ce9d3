// Bounded time and memory: each parser-pathological or oversized file costs its budget and one clear error, not the run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLog, type DecisionLog } from "../../src/repo/index.js";
import { CASES, GOOD_ADR, contentOf } from "./cases.mjs";
import { messagesFor, removeDir, sampleRss, tempDir, writeFiles } from "./helpers.js";

// Short budget so the suite stays fast; the default (5000 ms) behaves the same, only slower.
const BUDGET_MS = 2000;
const BOUNDED = ["blockquotes-20000", "list-3000-levels", "brackets-50000", "single-line-2mb", "file-12mb", "backticks-64k", "backtick-lines-64k", "star-a-64k", "blank-lines-5mb"];
const byId = (id: string) => CASES.find((c) => c.id === id)!;

interface Run {
  log: DecisionLog;
  ms: number;
  peakMb: number;
}

async function loadWith(ids: string[], limits: Record<string, number> = {}): Promise<Run & { dir: string }> {
  const dir = await tempDir();
  const files: Record<string, Uint8Array | string> = { "0001-good.md": GOOD_ADR, "0099-also-good.md": GOOD_ADR.replace("1. Use", "99. Keep") };
  for (const id of ids) files[byId(id).name] = contentOf(byId(id));
  await writeFiles(dir, files);
  const stop = sampleRss();
  const started = Date.now();
  const log = await loadLog(dir, { root: dir, parseTimeoutMs: BUDGET_MS, limits });
  return { dir, log, ms: Date.now() - started, peakMb: stop() };
}

let run: Run & { dir: string };
let raised: Run & { dir: string };

beforeAll(async () => {
  run = await loadWith(BOUNDED);
  raised = await loadWith(["blank-lines-5mb-limit-raised"], { maxFileBytes: 8 * 1024 * 1024 });
  console.log(`[hostile] ${BOUNDED.length} bounded cases in one log: ${run.ms} ms, peak RSS ${run.peakMb} MB; 5 MB blank lines with the size limit raised: ${raised.ms} ms, ${raised.peakMb} MB`);
}, 120_000);
afterAll(async () => {
  await removeDir(run.dir);
  await removeDir(raised.dir);
});

describe("hostile files in one log", () => {
  it("the good files still load, in order, with their data", () => {
    for (const r of [run, raised]) {
      const good = r.log.decisions.filter((d) => d.path.endsWith("good.md"));
      expect(good.map((d) => [d.path, d.number, d.status.value])).toEqual([["0001-good.md", 1, "accepted"], ["0099-also-good.md", 99, "accepted"]]);
      expect(good.every((d) => d.file.messages.length === 0)).toBe(true);
    }
  });

  it.each(BOUNDED)("%s: a clear message for that file, or a normal result", (id) => {
    const found = messagesFor(run.log, byId(id).name);
    const failed = found.filter((m) => m.failed);
    if (failed.length > 0) {
      expect(failed).toHaveLength(1);
      expect(failed[0].fatal).toBe(true);
      expect(failed[0].reason).toMatch(/raise limits\.(parseTimeoutMs|maxFileBytes|maxParseMemoryMb) in the config/);
    } else {
      // Parsed within budget: any problem is a message naming the file, never a crash.
      expect(run.log.decisions.some((d) => d.path === byId(id).name)).toBe(true);
      for (const m of found) expect(m.reason).toMatch(/\S/);
    }
  });

  it("files over the size limit are refused before being read, with the limit and how to raise it", () => {
    for (const id of ["file-12mb", "blank-lines-5mb"]) {
      const [m] = messagesFor(run.log, byId(id).name);
      expect(m.reason).toMatch(/^File is \d+ bytes, over the limit of 4194304 \(raise limits\.maxFileBytes in the config/);
    }
  });

  it("5 MB of blank lines with the size limit raised loads (the quick reader takes it), or is stopped by a budget", () => {
    const name = byId("blank-lines-5mb-limit-raised").name;
    const [m] = messagesFor(raised.log, name);
    if (m?.failed) expect(m.ruleId).toMatch(/^parse\/(timeout|memory)$/);
    else expect(raised.log.decisions.some((d) => d.path === name)).toBe(true);
  });

  it("every parse that ran out of budget cost about its budget, not the run", () => {
    // Worker startup (~0.2 s, seconds on a loaded machine) plus one budget per stalled file, spread over the workers.
    const stalled = run.log.failures.filter((f) => f.file.messages[0]?.ruleId === "parse/timeout").length;
    expect(run.ms).toBeLessThan(20_000 + stalled * BUDGET_MS);
  });

  it("memory stays within a few hundred MB (workers are capped by limits.maxParseMemoryMb)", () => {
    expect(run.peakMb).toBeLessThan(600);
    expect(raised.peakMb).toBeLessThan(600);
  });
});
