// The CI examples and the pre-commit hook stay in step with the CLI: every lint flag they use exists, every path they match is an ADR.
import { describe, it, expect, beforeAll } from "vitest";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
import { adrkit } from "./run-cli.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const read = async (file: string) => parse(await readFile(resolve(repoRoot, file), "utf8"));
let lintHelp: string;

beforeAll(async () => {
  lintHelp = (await adrkit(repoRoot, "lint", "--help")).stdout;
});

/** The long options a command line passes to `adrkit lint`. */
function lintFlags(commandLine: string): string[] {
  return [...commandLine.replace(/^.*?adrkit\s+lint/, "").matchAll(/(--[a-z-]+)/g)].map((m) => m[1]);
}

describe("CI files", () => {
  it("the action passes only flags that `adrkit lint` has", async () => {
    const action = await read("action.yml");
    const script: string = action.runs.steps[0].run;
    const flags = [...script.matchAll(/(--[a-z][a-z-]+)/g)].map((m) => m[1]).filter((f) => !["--yes", "--noprofile"].includes(f));
    expect(flags.length).toBeGreaterThan(3);
    for (const flag of flags) expect(lintHelp, flag).toContain(flag);
  });

  it("the GitHub workflow uploads the action's report to code scanning", async () => {
    const workflow = await read("examples/ci/github-actions.yml");
    const steps = workflow.jobs.adrkit.steps as Array<{ id?: string; uses: string; with?: Record<string, unknown>; if?: string }>;
    const lint = steps.find((s) => s.id === "adrkit")!;
    const upload = steps.find((s) => s.uses.startsWith("github/codeql-action/upload-sarif"))!;
    expect(lint.with?.format).toBe("sarif");
    expect(upload.with?.sarif_file).toBe("${{ steps.adrkit.outputs.report }}");
    expect(upload.if).toMatch(/always\(\)/);
    expect(workflow.permissions["security-events"]).toBe("write");
    const action = await read("action.yml");
    for (const input of Object.keys(lint.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it("the GitLab job writes the Code Quality report it publishes", async () => {
    const job = (await read("examples/ci/gitlab-ci.yml")).adrkit;
    const line: string = job.script.find((l: string) => l.includes("adrkit lint"));
    for (const flag of lintFlags(line)) expect(lintHelp, flag).toContain(flag);
    expect(line).toContain("--format codequality");
    expect(line).toContain(`--output-file ${job.artifacts.reports.codequality}`);
    expect(job.artifacts.when).toBe("always");
  });

  it("the pre-commit hook matches ADRs in the usual folders and nothing else", async () => {
    const [hook] = await read(".pre-commit-hooks.yaml");
    expect(hook).toMatchObject({ id: "adrkit-lint", language: "node", entry: "adrkit lint", pass_filenames: false });
    // pre-commit uses Python regexes; these patterns are also valid JavaScript once the inline flag is applied.
    const files = new RegExp(hook.files);
    const exclude = new RegExp(hook.exclude.replace(/^\(\?i\)/, ""), "i");
    const matches = (path: string) => files.test(path) && !exclude.test(path);
    for (const path of ["doc/adr/0001-record-architecture-decisions.md", "docs/decisions/0004-use-x.md", "docs/architecture/decisions/0002-y.md"]) {
      expect(matches(path), path).toBe(true);
    }
    for (const path of ["docs/adr/README.md", "docs/decisions/adr-template.md", "src/index.md", "docs/adr/notes.txt", "README.md"]) {
      expect(matches(path), path).toBe(false);
    }
  });
});
