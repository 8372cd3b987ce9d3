import { describe, it, expect } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { readCacheFile } from "../../src/lint/cache.js";
import { AMBIGUOUS, CODE_FRONT_MATTER, GOOD, QUIET_CONFIG, adrkit, project, repoRoot } from "./lint-helpers.js";

describe("adrkit lint: usage and config errors exit 2 with one line naming the file", () => {
  it.each([
    [{ rules: { "title-presnt": "error" } }, 'adrkit: adrkit.config.json: rules: unknown rule "title-presnt" (did you mean "title-present"?); `adrkit rules` lists them\n'],
    [{ rules: { "title-present": "fatal" } }, 'adrkit: adrkit.config.json: rules["title-present"]: severity must be "off", "warn" or "error", not "fatal"\n'],
    [{ overrides: [{ formats: ["madr9"] }] }, 'adrkit: adrkit.config.json: overrides[0].formats: unknown format "madr9" (known: adrkit, nygard, madr2, madr3, madr4, log4brains, unknown)\n'],
  ])("config %j", async (config, stderr) => {
    const dir = await project({ "adrkit.config.json": JSON.stringify(config), "docs/adr/0001-a.md": GOOD });
    const run = adrkit(dir, ["lint"]);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, stderr, ""]);
  });

  it("reads --config, including package.json's adrkit key, and reports bad JSON", async () => {
    const dir = await project({
      "team/lint.json": JSON.stringify({ rules: { nope: "warn" } }),
      "team/package.json": JSON.stringify({ name: "x", adrkit: { rules: { "title-present": 7 } } }),
      "team/broken.json": "{ rules: ",
      "docs/adr/0001-a.md": GOOD,
    });
    expect(adrkit(dir, ["lint", "--config", "team/lint.json"]).stderr).toContain('team/lint.json: rules: unknown rule "nope"');
    expect(adrkit(dir, ["lint", "--config", "team/package.json"]).stderr).toContain("severity must be");
    const broken = adrkit(dir, ["lint", "--config", "team/broken.json"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^adrkit: team\/broken\.json: invalid JSON/);
    expect(adrkit(dir, ["lint", "--config", "team/missing.json"]).stderr).toContain("team/missing.json: cannot read the config file");
  });

  it.each([
    [["--format", "xml"], '--format: unknown format "xml" (use stylish, json, sarif, github, codequality)'],
    // A name every object has is not a format either.
    [["--format", "toString"], '--format: unknown format "toString" (use stylish, json, sarif, github, codequality)'],
    [["--rule", "nope:warn"], '--rule: unknown rule "nope"'],
    [["--rule", "title-present:loud"], '--rule: "title-present:loud" must be rule-id:severity'],
    [["--max-warnings", "many"], '--max-warnings: "many" must be a whole number'],
    [["--today", "2024-13-01"], '--today: "2024-13-01" is not a date in the form YYYY-MM-DD'],
    [["--fix", "--fix-dry-run"], "--fix and --fix-dry-run cannot be used together"],
    [["--concurrency", "0"], '--concurrency: "0" must be a whole number of at least 1'],
  ])("flags %j", async (flags, stderr) => {
    const dir = await project({ "docs/adr/0001-a.md": GOOD });
    const run = adrkit(dir, ["lint", ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(stderr);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a --since ref that is not a commit", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0001-a.md": GOOD }, { git: true });
    const run = adrkit(dir, ["lint", "--since", "no-such-branch"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--since: "no-such-branch" is not a commit in the git repository at');
    expect(adrkit(dir, ["lint", "--since", "HEAD"]).code).toBe(0);
  });

  it("accepts --rule with a real rule id, --today, --no-inline-config and --concurrency", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0001-a.md": GOOD });
    const run = adrkit(dir, ["lint", "--rule", "title-present:off", "--today", "2030-01-01", "--no-inline-config", "--concurrency", "2"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
  });
});

describe("adrkit lint --cache", () => {
  it("writes .adrkitcache and gives the same report from it; a changed file is linted again", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0002-run-code.md": CODE_FRONT_MATTER, "docs/adr/0003-ambiguous.md": AMBIGUOUS });
    const first = adrkit(dir, ["lint", "--cache", "--format", "json"]);
    expect([...readCacheFile(path.join(dir, ".adrkitcache"))!.lines.keys()].sort()).toEqual(["docs/adr/0002-run-code.md", "docs/adr/0003-ambiguous.md"]);
    const second = adrkit(dir, ["lint", "--cache", "--format", "json"]);
    expect([second.code, second.stdout]).toEqual([first.code, first.stdout]);
    await writeFile(path.join(dir, "docs/adr/0002-run-code.md"), GOOD);
    const third = JSON.parse(adrkit(dir, ["lint", "--cache", "--format", "json"]).stdout);
    expect(third.map((r: { errorCount: number }) => r.errorCount)).toEqual([0, 0]);
    adrkit(dir, ["lint", "--cache", "--cache-location", "tmp/lint.cache"]);
    expect(readCacheFile(path.join(dir, "tmp/lint.cache"))?.lines.size).toBe(2);
  });
});

describe("adrkit lint --fix", () => {
  it("changes nothing and prints no diff when no rule has a fix to offer", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0001-a.md": GOOD });
    const dry = adrkit(dir, ["lint", "--fix-dry-run"]);
    expect(dry.stdout).not.toContain("--- a/");
    expect(await readFile(path.join(dir, "docs/adr/0001-a.md"), "utf8")).toBe(GOOD);
  });
});

describe("adrkit rules and help", () => {
  it("prints the catalogue: id, default severity, fixable, description", () => {
    const run = adrkit(repoRoot, ["rules"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^rule\s+level\s+fix\s+description$/);
    expect(lines).toHaveLength(27);
    expect(lines.find((l) => l.startsWith("title-present "))).toMatch(/^title-present\s+error\s+/);
    const json = JSON.parse(adrkit(repoRoot, ["rules", "--json"]).stdout);
    expect(json).toHaveLength(26);
    expect(Object.keys(json[0]).sort()).toEqual(["description", "fixable", "id", "scope", "severity", "type", "url"]);
  });

  it("shows examples and exit codes in lint --help", () => {
    const run = adrkit(repoRoot, ["lint", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("$ adrkit lint docs/adr --format sarif -o adrkit.sarif");
    expect(run.stdout).toContain("Exit codes: 0 no errors");
  });

  it("exposes the remark plugin as adrkit/remark", () => {
    const script = 'import("adrkit/remark").then((m) => console.log(typeof m.default))';
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stdout.trim()).toBe("function");
  });
});
