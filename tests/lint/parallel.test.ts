// Linting in worker threads gives exactly the findings of linting on one thread.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { resolveLintConfig, runLint, lintInWorkers, startLintPool } from "../../src/lint/index.js";
import { IN_PROCESS_MAX_FILES, parsesInProcess } from "../../src/repo/parse-many.js";
import { spawnSync } from "node:child_process";
import { adrkit, bin, project } from "../cli/lint-helpers.js";

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

  it("keeps inline directives working for whole-log rules whose files were linted in workers", async () => {
    const base = sources();
    const first = base.find((s) => s.filePath === "a/decisions/0001-record-architecture-decisions.md")!;
    // A second 0001 in the same log: number-unique reports both, except where a comment turns it off.
    const all = [
      ...base.map((s) => (s === first ? { ...s, text: `<!-- adrkit-disable number-unique -- a copy on purpose -->\n${s.text}` } : s)),
      { ...first, filePath: "a/decisions/0001-copy.md" },
    ];
    const config = resolveLintConfig({}, { source: "default configuration" });
    const today = "2026-11-25";
    const prepared = await lintInWorkers(all, { input: { lint: {}, source: "default configuration", today }, concurrency: 2 });
    const parallel = view(runLint({ sources: all, config, today, prepared }).results);
    expect(parallel).toEqual(view(runLint({ sources: all, config, today }).results));
    const rulesOf = (file: string) => (parallel.find(([p]) => p === file)![1] as string[]).map((m) => m.split(" ")[1]);
    expect(rulesOf("a/decisions/0001-copy.md")).toContain("number-unique");
    expect(rulesOf("a/decisions/0001-record-architecture-decisions.md")).not.toContain("number-unique");
  });

  it("uses a pool started before the files were read, and leaves it to its caller", async () => {
    const all = sources();
    const config = resolveLintConfig({}, { source: "default configuration" });
    const today = "2026-11-25";
    const pool = startLintPool({ concurrency: 2 });
    try {
      const first = await lintInWorkers(all, { input: { lint: {}, source: "default configuration", today }, pool });
      // Still open: a second, small batch sends its file that could stall the parser through the same workers,
      // and leaves its plain files to the caller's thread.
      const risky = { filePath: "x/0099-many-stars.md", text: `# 99. Stars\n\n${"*a ".repeat(1100)}\n` };
      const second = await lintInWorkers([...all.slice(0, 3), risky], { input: { lint: {}, source: "default configuration", today }, pool });
      expect([...(second?.keys() ?? [])]).toEqual([risky.filePath]);
      expect(pool.workers).toBe(2);
      expect(view(runLint({ sources: all, config, today, prepared: first }).results)).toEqual(view(runLint({ sources: all, config, today }).results));
    } finally {
      await pool.close();
    }
  });

  it("the CLI on a large folder (workers started before reading) reports what one thread finds", async () => {
    const all = sources().filter((s) => s.filePath.startsWith("a/decisions/") || s.filePath.startsWith("b/decisions/"));
    const files = Object.fromEntries(all.map((s) => [`adr/${s.filePath.replace(/\//g, "-")}`, s.text]));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(16);
    // Two more copies make the folder large enough for the workers.
    for (const [name, text] of Object.entries({ ...files })) files[name.replace("adr/", "adr/c-")] = text;
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(32);
    const dir = await project(files);
    // A set concurrency sends even a middling run to the workers (see the in-process tests below).
    const run = adrkit(dir, ["lint", "adr", "--format", "json", "--today", "2026-11-25", "--concurrency", "2"]);
    expect(run.stderr).toBe("");
    const cli = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; ruleId: string }> }>).map((r) => [
      relative(dir, r.filePath),
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`),
    ]);
    const config = resolveLintConfig({}, { source: "default configuration" });
    const serial = runLint({ sources: Object.entries(files).map(([filePath, text]) => ({ filePath, text, log: "adr" })), config, today: "2026-11-25" });
    expect(cli.length).toBe(Object.keys(files).length);
    expect(cli).toEqual(serial.results.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]));
  });

  it("runs its workers when node was started with a flag workers refuse (--expose-gc)", async () => {
    const files = Object.fromEntries(sources().map((s) => [`adr/${s.filePath.replace(/\//g, "-")}`, s.text]));
    const dir = await project(files);
    const run = spawnSync(process.execPath, ["--expose-gc", bin, "lint", "adr", "--format", "json", "--concurrency", "2"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(Object.keys(files).length);
  });

  it("leaves a small run of plain files to the caller's thread", async () => {
    expect(await lintInWorkers(sources().slice(0, 5), { input: { lint: {}, source: "x", today: "2026-11-25" } })).toBeNull();
  });
});

describe("a middling run without a set concurrency, linted on the caller's thread", () => {
  it("finds the same problems, at the same places, as the workers and a full run on one thread", async () => {
    const all = sources();
    expect(all.length).toBeLessThanOrEqual(IN_PROCESS_MAX_FILES);
    expect(parsesInProcess(all.length, undefined)).toBe(true);
    expect(parsesInProcess(all.length, 2)).toBe(false);
    expect(parsesInProcess(IN_PROCESS_MAX_FILES + 1, undefined)).toBe(false);
    const config = resolveLintConfig({}, { source: "default configuration" });
    const today = "2026-11-25";
    const input = { lint: {}, source: "default configuration", today };
    const here = await lintInWorkers(all, { input });
    expect(here?.size).toBe(all.length);
    const workers = await lintInWorkers(all, { input, concurrency: 2 });
    const serial = view(runLint({ sources: all, config, today }).results);
    expect(view(runLint({ sources: all, config, today, prepared: here }).results)).toEqual(serial);
    expect(view(runLint({ sources: all, config, today, prepared: workers }).results)).toEqual(serial);
  });

  it("still gives a file that could stall the parser a worker and its time budget", async () => {
    const files: Record<string, string> = {};
    for (const s of sources()) files[`adr/${s.filePath.replace(/\//g, "-")}`] = s.text;
    files["adr/9999-stalls.md"] = "*a".repeat(32 * 1024);
    const dir = await project({ ...files, "adrkit.config.json": JSON.stringify({ parseTimeoutMs: 1000 }) });
    const started = Date.now();
    const run = adrkit(dir, ["lint", "adr", "--format", "json", "--today", "2026-11-25"]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.stderr).toBe("");
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(results.length).toBe(Object.keys(files).length);
    const stalled = results.find((r) => r.filePath.endsWith("9999-stalls.md"))!;
    expect(stalled.messages.map((m) => m.ruleId)).toEqual(["parse/timeout"]);
    expect(stalled.messages[0].message).toMatch(/^Parsing took longer than 1000 ms/);
    // Every other file was linted: no parse failure, and the examples' own findings are there.
    const others = results.filter((r) => r !== stalled);
    expect(others.every((r) => r.messages.every((m) => !m.ruleId.startsWith("parse/")))).toBe(true);
    expect(others.flatMap((r) => r.messages).length).toBeGreaterThan(0);
  });
});
