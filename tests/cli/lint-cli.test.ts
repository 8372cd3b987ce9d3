import { describe, it, expect, beforeAll } from "vitest";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AMBIGUOUS, CODE_FRONT_MATTER, GOOD, QUIET_CONFIG, RULES_OFF, adrkit, bin, project, repoRoot } from "./lint-helpers.js";

beforeAll(() => {
  if (!existsSync(bin)) throw new Error("dist/cli/bin.js is missing: run `npm run build` (npm test does) first");
});

describe("adrkit lint: reports and exit codes", () => {
  it("exits 1 on errors and prints stylish rows with a summary, without colour off a TTY", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0001-use-postgres.md": GOOD, "docs/adr/0002-run-code.md": CODE_FRONT_MATTER });
    const run = adrkit(dir, ["lint"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("\ndocs/adr/0002-run-code.md\n  1:1  error  ");
    expect(run.stdout).toMatch(/parse\/front-matter-language\n/);
    expect(run.stdout).toContain("✖ 1 problem (1 error, 0 warnings)");
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).not.toContain("0001-use-postgres.md");
    expect(run.stderr).toBe("");
  });

  it("exits 0 on warnings, and 1 with a message when they exceed --max-warnings", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0003-ambiguous.md": AMBIGUOUS });
    const relaxed = adrkit(dir, ["lint"]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain("warning  ");
    expect(relaxed.stdout).toContain("parse/front-matter-ambiguous");
    expect(adrkit(dir, ["lint", "--max-warnings", "1"]).code).toBe(0);
    const strict = adrkit(dir, ["lint", "--max-warnings", "0"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("adrkit found too many warnings (maximum: 0).\n");
  });

  it("writes json, sarif, github and codequality reports, to stdout or with -o to a file", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0002-run-code.md": CODE_FRONT_MATTER, "docs/adr/0003-ambiguous.md": AMBIGUOUS });
    const json = adrkit(dir, ["lint", "--format", "json"]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.map((r: { filePath: string; errorCount: number; warningCount: number }) => [path.basename(r.filePath), r.errorCount, r.warningCount])).toEqual([
      ["0002-run-code.md", 1, 0],
      ["0003-ambiguous.md", 0, 1],
    ]);
    const github = adrkit(dir, ["lint", "--format", "github"]);
    expect(github.stdout.split("\n")[0]).toMatch(/^::error file=docs\/adr\/0002-run-code\.md,line=1,col=1,endLine=1,endColumn=1,title=parse\/front-matter-language::/);
    expect(github.stdout.split("\n")[1]).toMatch(/^::warning file=docs\/adr\/0003-ambiguous\.md,/);
    const quality = JSON.parse(adrkit(dir, ["lint", "--format", "codequality"]).stdout);
    expect(quality.map((i: { severity: string; location: { path: string } }) => [i.severity, i.location.path])).toEqual([
      ["major", "docs/adr/0002-run-code.md"],
      ["minor", "docs/adr/0003-ambiguous.md"],
    ]);
    const toFile = adrkit(dir, ["lint", "--format", "sarif", "-o", "reports/adrkit.sarif"]);
    expect(toFile.code).toBe(1);
    expect(toFile.stdout).toBe("");
    const sarif = JSON.parse(await readFile(path.join(dir, "reports/adrkit.sarif"), "utf8"));
    expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      "docs/adr/0002-run-code.md",
      "docs/adr/0003-ambiguous.md",
    ]);
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(26);
  });

  it("reports paths relative to the repository root when run from a sub-directory", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/0002-run-code.md": CODE_FRONT_MATTER }, { git: true });
    const run = adrkit(path.join(dir, "docs"), ["lint", "adr", "--format", "github"]);
    expect(run.stdout).toContain("file=docs/adr/0002-run-code.md,");
  });
});

describe("adrkit lint: finding the files", () => {
  it("lints the configured ADR directory when no paths are given, and --dir when given", async () => {
    const dir = await project({
      "adrkit.config.json": JSON.stringify({ dir: "decisions", rules: RULES_OFF }),
      "decisions/0002-run-code.md": CODE_FRONT_MATTER,
      "other/0003-ambiguous.md": AMBIGUOUS,
    });
    expect(adrkit(dir, ["lint", "--format", "github"]).stdout).toContain("file=decisions/0002-run-code.md");
    const other = adrkit(dir, ["lint", "--dir", "other", "--format", "github"]);
    expect(other.stdout).toContain("file=other/0003-ambiguous.md");
    expect(other.stdout).not.toContain("decisions/");
  });

  it("lints named files and folders, skipping README and templates in folders", async () => {
    const dir = await project({
      "adrkit.config.json": QUIET_CONFIG,
      "docs/adr/README.md": CODE_FRONT_MATTER,
      "docs/adr/template.md": CODE_FRONT_MATTER,
      "docs/adr/0001-use-postgres.md": GOOD,
      "notes/0002-run-code.md": CODE_FRONT_MATTER,
    });
    expect(adrkit(dir, ["lint", "docs/adr"]).code).toBe(0);
    const named = adrkit(dir, ["lint", "docs/adr", "notes/0002-run-code.md", "--format", "json"]);
    expect(JSON.parse(named.stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath))).toEqual([
      "docs/adr/0001-use-postgres.md",
      "notes/0002-run-code.md",
    ]);
  });

  it("honours ignores from the config", async () => {
    const dir = await project({
      "adrkit.config.json": JSON.stringify({ ignores: ["0002-*.md"], rules: RULES_OFF }),
      "docs/adr/0001-use-postgres.md": GOOD,
      "docs/adr/0002-run-code.md": CODE_FRONT_MATTER,
    });
    expect(adrkit(dir, ["lint", "docs/adr"]).code).toBe(0);
  });

  it("exits 2 when there is no ADR directory to lint by default", async () => {
    const dir = await project({ "notes.txt": "" });
    const run = adrkit(dir, ["lint"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("adrkit: docs/adr: no such ADR directory (none configured); pass paths or --dir, or run adrkit init\n");
    const configured = await project({ "adrkit.config.json": JSON.stringify({ dir: "decisions" }) });
    expect(adrkit(configured, ["lint"]).stderr).toContain("decisions: no such ADR directory (from ");
  });

  it("exits 2 naming the path when it does not exist, or when no ADR is found", async () => {
    const dir = await project({ "adrkit.config.json": QUIET_CONFIG, "docs/adr/README.md": "# Index\n" });
    const missing = adrkit(dir, ["lint", "nope/"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("adrkit: nope: no such file or directory\n");
    const none = adrkit(dir, ["lint", "docs/adr"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no ADR files found in docs/adr");
  });
});

describe("adrkit lint with the real rules", () => {
  it("lints the shipped example logs in every format without an internal error", () => {
    for (const format of ["stylish", "json", "sarif", "github", "codequality"]) {
      const run = adrkit(repoRoot, ["lint", "examples", "--format", format, "--today", "2026-11-25"]);
      expect([0, 1], `${format}: ${run.stderr}`).toContain(run.code);
      expect(run.stderr).toBe("");
      if (format === "json" || format === "sarif" || format === "codequality") expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });
});
