import { describe, it, expect } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { VFile } from "vfile";
import { runLint } from "../../src/lint/run.js";
import { readCacheFile } from "../../src/lint/cache.js";
import { resolveLintConfig } from "../../src/lint/config.js";
import { isDeepStrictEqual } from "node:util";
import { FINDINGS } from "../../src/lint/engine.js";
import { FORMATTERS, FORMAT_NAMES } from "../../src/lint/formatters/index.js";
import { ADR, duplicateRule, rules, wordRule } from "./engine-helpers.js";

async function tempCache(): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), "adrkit-cache-")), ".adrkitcache");
}

describe("runLint: cache", () => {
  it("reuses findings of unchanged files without running their rules, and re-lints a changed file", async () => {
    const calls = { count: 0 };
    const config = resolveLintConfig({}, { rules: rules(wordRule("no-postgres", "Postgres", "warn", calls), duplicateRule) });
    const cacheFile = await tempCache();
    const sources = [
      { filePath: "docs/adr/0001-a.md", text: ADR },
      { filePath: "docs/adr/0001-b.md", text: ADR.replace("Postgres", "MySQL") },
    ];
    const run = async (list: typeof sources) => {
      const outcome = runLint({ sources: list, config, cacheFile, version: "1.0.0", today: "2026-01-01" });
      if (outcome.cache) await writeFile(cacheFile, outcome.cache.text);
      return outcome.results.map((r) => `${r.filePath}: ${r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal ? "E" : "W"}`).join(", ")}`);
    };
    const first = await run(sources);
    expect(calls.count).toBe(2);
    expect(first).toEqual([
      "docs/adr/0001-a.md: 1:10 no-postgres W, 15:8 no-postgres W",
      "docs/adr/0001-b.md: 1:1 dup-number E, 15:8 no-postgres W",
    ]);
    expect(await run(sources)).toEqual(first);
    expect(calls.count).toBe(2); // nothing re-ran
    const changed = [sources[0], { ...sources[1], text: sources[1].text.replace("We use Postgres", "We use MySQL") }];
    expect(await run(changed)).toEqual([first[0], "docs/adr/0001-b.md: 1:1 dup-number E"]);
    expect(calls.count).toBe(3); // only the changed file
    expect([...readCacheFile(cacheFile)!.lines.keys()].sort()).toEqual(["docs/adr/0001-a.md", "docs/adr/0001-b.md"]);
  });

  it("gives a result from the cache that reads, spreads, serialises and formats as a fresh one", async () => {
    const config = resolveLintConfig({}, { rules: rules(wordRule("no-postgres", "Postgres", "warn"), duplicateRule) });
    const cacheFile = await tempCache();
    const sources = [
      { filePath: "docs/adr/0001-a.md", text: ADR },
      { filePath: "docs/adr/0002-b.md", text: ADR.replace("# 1.", "# 2.") },
    ];
    const cold = runLint({ sources, config, version: "1.0.0", today: "2026-01-01" }).results;
    await writeFile(cacheFile, runLint({ sources, config, cacheFile, version: "1.0.0", today: "2026-01-01" }).cache!.text);
    const cached = () => runLint({ sources, config, cacheFile, version: "1.0.0", today: "2026-01-01" }).results;
    const context = { cwd: "/repo", rules: config.rules, color: false, version: "1.0.0" };

    // Formatted before anything reads the messages: the report comes from the cached findings as they are.
    const results = cached();
    expect(results.map((r) => (r as unknown as Record<symbol, unknown>)[FINDINGS] !== undefined)).toEqual([true, true]);
    expect(FORMATTERS.stylish(results, context)).toBe(FORMATTERS.stylish(cold, context));
    expect(FORMATTERS.stylish(results, context)).toContain("no-postgres");
    for (const [i, result] of results.entries()) {
      // The same keys in the same order; no decision, as nothing was parsed.
      expect(Object.keys(result)).toEqual(Object.keys(cold[i]).filter((key) => key !== "decision"));
      expect({ ...result }.messages).toEqual(cold[i].messages);
      expect(JSON.stringify(result.messages)).toBe(JSON.stringify(cold[i].messages));
      expect(isDeepStrictEqual(result.messages, cold[i].messages)).toBe(true);
      expect(result.file.messages).toBe(result.messages);
      expect([result.errorCount, result.warningCount, result.fixableErrorCount, result.fixableWarningCount]).toEqual([cold[i].errorCount, cold[i].warningCount, cold[i].fixableErrorCount, cold[i].fixableWarningCount]);
    }
    for (const format of FORMAT_NAMES) expect(FORMATTERS[format](cached(), context)).toBe(FORMATTERS[format](cold, context));

    // A reader that changes the messages sees its change in the report.
    const edited = cached();
    edited[0].messages = edited[0].messages.slice(1);
    edited[1].messages.pop();
    const report = FORMATTERS.stylish(edited, context);
    expect(report.split("\n").filter((line) => line.startsWith("docs/") || line.endsWith("no-postgres"))).toEqual([
      "docs/adr/0001-a.md",
      "  15:8  warning  Found 'Postgres' in Use Postgres  no-postgres",
      "docs/adr/0002-b.md",
      "  1:10  warning  Found 'Postgres' in Use Postgres  no-postgres",
    ]);
  });

  it("starts afresh when the version, the config or --today changes, and survives a corrupt cache file", async () => {
    const calls = { count: 0 };
    const rule = wordRule("no-postgres", "Postgres", "warn", calls);
    const cacheFile = await tempCache();
    const sources = [{ filePath: "a.md", text: ADR }];
    const once = async (version: string, config = resolveLintConfig({}, { rules: rules(rule) }), today = "2026-01-01") => {
      const outcome = runLint({ sources, config, cacheFile, version, today });
      if (outcome.cache) await writeFile(cacheFile, outcome.cache.text);
    };
    await once("1.0.0");
    await once("1.0.0");
    expect(calls.count).toBe(1);
    await once("1.0.1");
    expect(calls.count).toBe(2);
    await once("1.0.1", resolveLintConfig({ rules: { "no-postgres": "error" } }, { rules: rules(rule) }));
    expect(calls.count).toBe(3);
    await once("1.0.1", undefined, "2026-01-02");
    expect(calls.count).toBe(4);
    await writeFile(cacheFile, "{not json");
    await once("1.0.1");
    expect(calls.count).toBe(5);
  });
});

describe("runLint: fix", () => {
  it("applies fixes in passes and reports what is left", () => {
    const config = resolveLintConfig({}, { rules: rules(wordRule("no-postgres", "Postgres")) });
    const outcome = runLint({ sources: [{ filePath: "a.md", text: ADR }, { filePath: "b.md", text: "# Clean\n" }], config, fix: true });
    expect(outcome.fixed).toEqual([{ filePath: "a.md", before: ADR, after: ADR.replaceAll("Postgres", "POSTGRES") }]);
    expect(outcome.results.map((r) => [r.filePath, r.messages.length, r.output !== undefined])).toEqual([["a.md", 0, true], ["b.md", 0, false]]);
  });

  it("passes load failures through as results, unless their path is ignored", () => {
    const config = resolveLintConfig({ ignores: ["vendor/**"] }, { rules: rules() });
    const failure = (p: string) => {
      const file = new VFile({ path: p });
      file.message("File is not valid UTF-8 text", { place: { line: 2, column: 1 }, ruleId: "parse/read" }).fatal = true;
      return { path: p, file };
    };
    const outcome = runLint({ sources: [{ filePath: "ok.md", text: "# Fine\n" }], failures: [failure("bad.md"), failure("vendor/x.md")], config });
    expect(outcome.results.map((r) => [r.filePath, r.errorCount, r.messages[0]?.line])).toEqual([["bad.md", 1, 2], ["ok.md", 0, undefined]]);
  });
});

describe("gitSince", () => {
  it("reads a decision's text at a ref, null for a file the ref does not have, and refuses a bad ref", async () => {
    const { gitSince } = await import("../../src/lint/git.js");
    const { spawnSync } = await import("node:child_process");
    const { mkdir } = await import("node:fs/promises");
    const dir = await mkdtemp(path.join(os.tmpdir(), "adrkit-since-"));
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.email=t@example.test", "-c", "user.name=t", ...args], { cwd: dir, encoding: "utf8" });
    await mkdir(path.join(dir, "docs/adr"), { recursive: true });
    await writeFile(path.join(dir, "docs/adr/0001-a.md"), "old text\n");
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "one");
    await writeFile(path.join(dir, "docs/adr/0001-a.md"), "new text\n");
    const since = gitSince("HEAD", dir);
    expect(since.textAt("docs/adr/0001-a.md")).toBe("old text\n");
    expect(since.textAt("docs/adr/0002-new.md")).toBeNull();
    expect(since.textAt("../outside.md")).toBeNull();
    expect(since.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(() => gitSince("no-such-ref", dir)).toThrow('--since: "no-such-ref" is not a commit');
    expect(() => gitSince("--output=x", dir)).toThrow("is not a git ref");
  });
});
