// The worker pool: same Decisions as the main thread, 1 file to 10,000, a stalled worker replaced, tasks beside the parse.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { isDecision, loadLog, needsWorker, ParsePool, parseTexts, POOL_MIN_FILES } from "../../src/repo/index.js";
import { parsesInProcess } from "../../src/repo/parse-many.js";
import { plainDecision, plainMessages } from "../../src/repo/transfer.js";
import { GOOD_ADR } from "./cases.mjs";
import { removeDir, sampleRss, tempDir, writeFiles } from "./helpers.js";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const taskModule = pathToFileURL(join(repoRoot, "tests/hostile/fixtures/task.mjs")).href;

/** The examples shipped with adrkit (every supported format), as name → text. */
async function examples(): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const sub of ["decisions", "legacy-madr", "legacy-nygard"]) {
    const folder = join(repoRoot, "examples", sub);
    for (const name of (await readdir(folder, { recursive: true })).filter((n) => n.endsWith(".md") && !/readme/i.test(n)).sort()) {
      out.push([`${sub}-${name.replace(/\//g, "-")}`, await readFile(join(folder, name), "utf8")]);
    }
  }
  return out;
}

const dirs: string[] = [];
const dirWith = async (files: Record<string, string>) => {
  const dir = await tempDir();
  dirs.push(dir);
  await writeFiles(dir, files);
  return dir;
};
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

describe("loadLog through worker threads", () => {
  let sample: Array<[string, string]>;
  beforeAll(async () => {
    sample = await examples();
  });

  it("gives exactly the Decisions and messages the main thread gives, in file order", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; files && Object.keys(files).length < POOL_MIN_FILES + 8; i++) {
      const [name, text] = sample[i % sample.length];
      files[`${String(i).padStart(3, "0")}-${name}`] = text;
    }
    const dir = await dirWith(files);
    const log = await loadLog(dir, { root: dir, concurrency: 2 });
    expect(log.failures).toEqual([]);
    expect(log.decisions.map((d) => d.path)).toEqual(Object.keys(files).sort());
    for (const decision of log.decisions) {
      const here = parseDecision(files[decision.path], decision.path);
      expect(plainDecision(decision)).toEqual(plainDecision(here));
      expect(plainMessages(decision.file)).toEqual(plainMessages(here.file));
      expect(String(decision.file.value)).toBe(files[decision.path]);
      expect(decision.file.path).toBe(decision.path);
    }
  });

  it("one file: parsed at once on the main thread, same result", async () => {
    const dir = await dirWith({ "0001-good.md": GOOD_ADR });
    const log = await loadLog(dir, { root: dir });
    expect(log.decisions.map((d) => [d.path, d.title, d.status.value])).toEqual([["0001-good.md", "Use PostgreSQL", "accepted"]]);
  });

  it("one large or risky file still gets a worker and a budget, even with concurrency 1", async () => {
    expect(needsWorker(GOOD_ADR)).toBe(false);
    for (const [, text] of sample) expect(needsWorker(text)).toBe(false);
    const dir = await dirWith({ "0001-stars.md": "*a".repeat(32 * 1024) });
    const started = Date.now();
    const log = await loadLog(dir, { root: dir, concurrency: 1, parseTimeoutMs: 500 });
    expect(log.failures.map((f) => f.file.messages[0].ruleId)).toEqual(["parse/timeout"]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("a stalled file in a pool run costs its budget; its worker is replaced and every other file loads", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 40; i++) files[`${String(i).padStart(4, "0")}-x.md`] = GOOD_ADR.replace("1. Use", `${i}. Use`);
    files["0020-x.md"] = "*a".repeat(32 * 1024);
    files["0030-x.md"] = "`\n".repeat(128 * 1024);
    const dir = await dirWith(files);
    // A budget well above a plain file's parse even on a loaded machine, far below the stalled files' (tens of seconds).
    const log = await loadLog(dir, { root: dir, concurrency: 1, parseTimeoutMs: 2500 });
    expect(log.failures.map((f) => [f.path, f.file.messages[0].ruleId])).toEqual([["0020-x.md", "parse/timeout"], ["0030-x.md", "parse/timeout"]]);
    expect(log.decisions.map((d) => d.number)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => n !== 20 && n !== 30));
  });

  it("a middling run with no concurrency set parses plain files here; a stalled one still costs only its budget", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 40; i++) files[`${String(i).padStart(4, "0")}-x.md`] = GOOD_ADR.replace("1. Use", `${i}. Use`);
    files["0020-x.md"] = "*a".repeat(32 * 1024);
    const dir = await dirWith(files);
    expect(parsesInProcess(40, undefined)).toBe(true);
    const started = Date.now();
    const log = await loadLog(dir, { root: dir, parseTimeoutMs: 1500 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(log.failures.map((f) => [f.path, f.file.messages[0].ruleId])).toEqual([["0020-x.md", "parse/timeout"]]);
    expect(log.decisions.map((d) => d.number)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => n !== 20));
  });

  it("10,000 files load, all of them, in order, within a bounded memory", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 10_000; i++) files[`${String(i).padStart(5, "0")}-d.md`] = `# ${i}. Decision ${i}\n\nStatus: accepted\n\n## Context\n\nWhy ${i}.\n`;
    const dir = await dirWith(files);
    const stop = sampleRss();
    const started = Date.now();
    const log = await loadLog(dir, { root: dir });
    const peak = stop();
    console.log(`[hostile] 10,000 small ADRs through the pool: ${Date.now() - started} ms, peak RSS ${peak} MB`);
    expect(log.failures).toEqual([]);
    expect(log.decisions).toHaveLength(10_000);
    expect(log.decisions.every((d, i) => d.number === i + 1 && d.status.value === "accepted" && d.title === `Decision ${i + 1}`)).toBe(true);
    expect(peak).toBeLessThan(1000);
  }, 240_000);
});

describe("ParsePool start-up", () => {
  it("starts a worker per queued file, up to its concurrency, unless started ahead", async () => {
    const one = new ParsePool({ concurrency: 2 });
    try {
      const pending = one.run({ path: "a.md", text: GOOD_ADR });
      // One file waits: a second worker would only warm up beside the first (on 2 cores, slowing it).
      expect(one.workers).toBe(1);
      expect((await pending).decision?.title).toBe("Use PostgreSQL");
      expect(one.workers).toBe(1);
    } finally {
      await one.close();
    }
    const three = new ParsePool({ concurrency: 2 });
    try {
      const pending = ["a.md", "b.md", "c.md"].map((path) => three.run({ path, text: GOOD_ADR }));
      expect(three.workers).toBe(2);
      expect((await Promise.all(pending)).every((r) => r.decision !== undefined)).toBe(true);
    } finally {
      await three.close();
    }
    const ahead = new ParsePool({ concurrency: 2 }).start();
    expect(ahead.workers).toBe(2);
    await ahead.close();
  });

  it("tells when its workers have started: at once with none, after ready with some, at once when closed", async () => {
    const order: string[] = [];
    await new ParsePool({ concurrency: 2 }).settled().then(() => order.push("none"));
    const started = performance.now();
    const pool = new ParsePool({ concurrency: 2 }).start(1);
    try {
      expect(pool.workers).toBe(1);
      // A worker loads the parser before it is ready: far longer than a settled() that did not wait.
      const settled = pool.settled().then(() => order.push("settled") && expect(performance.now() - started).toBeGreaterThan(20));
      // A job sent now waits for the same start-up: it is answered after the pool has settled.
      const parsed = pool.run({ path: "a.md", text: GOOD_ADR }).then(() => order.push("parsed"));
      await Promise.all([settled, parsed]);
      expect(order).toEqual(["none", "settled", "parsed"]);
    } finally {
      await pool.close();
    }
    const closing = new ParsePool({ concurrency: 1 }).start();
    const waited = closing.settled();
    await closing.close();
    await waited;
  });
});

describe("ParsePool tasks (how the lint engine runs per-file rules in the workers)", () => {
  it("runs a task on each parsed Decision and brings back its result and messages", async () => {
    const pool = new ParsePool({ concurrency: 1 });
    try {
      const full = await pool.run({ path: "a.md", text: GOOD_ADR, task: { module: taskModule, name: "summarize", input: { label: "L" } } });
      expect(full.taskResult).toEqual({ title: "Use PostgreSQL", status: "accepted", label: "L" });
      expect(full.decision?.file).toBe(full.file);
      expect(full.file.messages.map((m) => [m.ruleId, m.reason, m.line])).toEqual([["test/task", "checked with L", 1]]);
      const lean = await pool.run({ path: "b.md", text: GOOD_ADR, keep: "file", task: { module: taskModule, name: "summarize", input: { label: "M" } } });
      expect(lean.decision).toBeUndefined();
      expect(lean.file.messages[0].reason).toBe("checked with M");
      const broken = await pool.run({ path: "c.md", text: GOOD_ADR, task: { module: taskModule, name: "explode" } });
      expect(broken.failed).toBe("task");
      expect(broken.file.messages[0].reason).toBe("Checking the file failed: the task broke");
    } finally {
      await pool.close();
    }
  });
});

describe("jobs sent ahead to a worker", () => {
  it("each file's budget starts when its worker starts it, not when the pool sent it", async () => {
    // Four files of 400 ms each in one worker under a 1,000 ms budget: sent together, the last one finishes
    // 1,600 ms after it was sent, which a clock started at sending would have cut off.
    const pool = new ParsePool({ concurrency: 1, parseTimeoutMs: 1000 });
    try {
      const runs = [1, 2, 3, 4].map((n) => pool.run({ path: `${n}.md`, text: GOOD_ADR, keep: "file", task: { module: taskModule, name: "busy", input: { ms: 400 } } }));
      const results = await Promise.all(runs);
      expect(results.map((r) => r.failed ?? r.taskResult)).toEqual(Array(4).fill("Use PostgreSQL"));
    } finally {
      await pool.close();
    }
  });

  it("the files sent after a stalled one go to a fresh worker and load", async () => {
    const pool = new ParsePool({ concurrency: 1, parseTimeoutMs: 500 });
    try {
      const texts = [GOOD_ADR, "*a".repeat(32 * 1024), GOOD_ADR.replace("1. Use", "3. Use"), GOOD_ADR.replace("1. Use", "4. Use")];
      const results = await Promise.all(texts.map((text, i) => pool.run({ path: `${i + 1}.md`, text })));
      expect(results.map((r) => r.failed ?? r.decision?.number)).toEqual([1, "timeout", 3, 4]);
    } finally {
      await pool.close();
    }
  });
});

describe("parseTexts (for callers that read files themselves, like the lint runner)", () => {
  it("parses in order under the same budgets: plain texts at once, a stalling one cut off", async () => {
    const outcomes = await parseTexts(
      [
        { path: "0001-a.md", text: GOOD_ADR },
        { path: "0002-b.md", text: "*a".repeat(32 * 1024) },
        { path: "0003-c.md", text: GOOD_ADR.replace("1. Use", "3. Use") },
      ],
      { parseTimeoutMs: 500 },
    );
    expect(outcomes.map((o) => [o.path, isDecision(o) ? o.number : o.file.messages[0].ruleId])).toEqual([["0001-a.md", 1], ["0002-b.md", "parse/timeout"], ["0003-c.md", 3]]);
  });
});
