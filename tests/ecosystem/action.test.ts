// Runs action.yml's step exactly as the GitHub runner would (bash, inputs as env), with the built CLI on PATH.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";

const exec = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const bin = resolve(repoRoot, "dist/cli/bin.js");

interface ActionInput {
  default?: string;
}
interface Action {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Array<{ id?: string; shell: string; run: string; env: Record<string, string> }> };
}

let action: Action;
let shims: string;

beforeAll(async () => {
  action = parse(await readFile(resolve(repoRoot, "action.yml"), "utf8")) as Action;
  // `adrkit` on PATH, as `npm install adrkit` or a previous setup step would provide it.
  shims = await mkdtemp(join(tmpdir(), "adrkit-bin-"));
  await writeFile(join(shims, "adrkit"), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  await chmod(join(shims, "adrkit"), 0o755);
});

afterAll(async () => {
  await rm(shims, { recursive: true, force: true });
});

/** Substitutes `${{ inputs.x }}` the way the runner does, with the defaults for inputs not given. */
function stepEnv(given: Record<string, string>): Record<string, string> {
  const step = action.runs.steps[0];
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env)) {
    env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => given[input] ?? action.inputs[input]?.default ?? "");
  }
  return env;
}

async function runAction(cwd: string, given: Record<string, string>): Promise<{ code: number; output: string; stdout: string; stderr: string }> {
  const step = action.runs.steps[0];
  const script = join(cwd, "..", `step-${Date.now()}.sh`);
  await writeFile(script, step.run);
  const githubOutput = join(cwd, "..", "github-output");
  await writeFile(githubOutput, "");
  // GitHub runs a composite step with `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
  const env = { PATH: `${shims}:${process.env.PATH}`, HOME: process.env.HOME ?? "/tmp", CI: "true", GITHUB_OUTPUT: githubOutput, ...stepEnv(given) };
  let code = 0;
  let stdout = "";
  let stderr = "";
  try {
    ({ stdout, stderr } = await exec("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env }));
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    ({ code, stdout, stderr } = e);
  }
  return { code, output: await readFile(githubOutput, "utf8"), stdout, stderr };
}

async function repoWith(example: string, into = "docs/decisions"): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "adrkit-action-"));
  const cwd = join(root, "repo");
  await mkdir(join(cwd, into), { recursive: true });
  await cp(resolve(repoRoot, "examples", example), join(cwd, into), { recursive: true });
  return cwd;
}

describe("action.yml", () => {
  it("is a composite action with the documented inputs and a report output", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(["paths", "format", "max-warnings", "since-ref", "output"]));
    expect(action.outputs.report.value).toBe("${{ steps.lint.outputs.report }}");
    expect(action.runs.steps[0].id).toBe("lint");
    // No input is spliced into the script's text: it only reaches the script as an environment variable.
    expect(action.runs.steps[0].run).not.toMatch(/\$\{\{/);
  });

  it("writes a SARIF report and the report output for a log with missing reasoning", async () => {
    const cwd = await repoWith("legacy-nygard");
    try {
      const result = await runAction(cwd, {});
      expect(result.code, result.stderr).toBe(1); // the Nygard ADRs lack trade-offs and failure modes
      expect(result.output).toBe("report=adrkit-report.sarif\n");
      const sarif = JSON.parse(await readFile(join(cwd, "adrkit-report.sarif"), "utf8"));
      expect(sarif.version).toBe("2.1.0");
      expect(sarif.runs[0].tool.driver.name).toBe("adrkit");
      expect(sarif.runs[0].results.length).toBeGreaterThan(0);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^docs\/decisions\/000\d-.+\.md$/);
    } finally {
      await rm(resolve(cwd, ".."), { recursive: true, force: true });
    }
  });

  it("passes paths, format, max-warnings and output through, and exits 0 on a clean log", async () => {
    // Two named files, each linted as the action is told; 0004's link to an ADR not named is dropped so that it is clean.
    const cwd = await repoWith("decisions", "adr");
    try {
      const four = join(cwd, "adr/0004-send-notifications-through-one-service-with-provider-failover.md");
      await writeFile(four, (await readFile(four, "utf8")).replace(/^amended-by: .*\n/m, ""));
      const result = await runAction(cwd, { paths: "adr/0004-send-notifications-through-one-service-with-provider-failover.md\n  adr/0009-authorise-card-payments-later-during-a-provider-outage.md", format: "codequality", output: "reports/adrkit.json", "max-warnings": "1000" });
      expect(result.code, result.stderr + result.stdout).toBe(0);
      expect(result.output).toBe("report=reports/adrkit.json\n");
      const report = JSON.parse(await readFile(join(cwd, "reports/adrkit.json"), "utf8")) as Array<{ severity: string; location: { path: string } }>;
      for (const issue of report) expect(issue.location.path).toMatch(/^adr\/000[49]-.+\.md$/);
      expect(report.filter((issue) => ["major", "critical", "blocker"].includes(issue.severity))).toEqual([]);
    } finally {
      await rm(resolve(cwd, ".."), { recursive: true, force: true });
    }
  });

  it("compares with since-ref in a git checkout", async () => {
    const cwd = await repoWith("decisions");
    try {
      const git = (...args: string[]) => exec("git", args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } });
      await git("init", "-q");
      await git("add", ".");
      await git("commit", "-qm", "ADRs");
      const result = await runAction(cwd, { "since-ref": "HEAD", "max-warnings": "-1" });
      expect(result.stderr).not.toMatch(/usage|unknown option/i);
      expect([0, 1]).toContain(result.code);
      expect(existsSync(join(cwd, "adrkit-report.sarif"))).toBe(true);
    } finally {
      await rm(resolve(cwd, ".."), { recursive: true, force: true });
    }
  });

  it("never runs an input as a command", async () => {
    const cwd = await repoWith("decisions");
    try {
      const result = await runAction(cwd, { paths: "docs/decisions $(touch pwned) `touch pwned2`; touch pwned3", output: "out.sarif" });
      expect(existsSync(join(cwd, "pwned")) || existsSync(join(cwd, "pwned2")) || existsSync(join(cwd, "pwned3"))).toBe(false);
      expect(result.output).toBe("report=out.sarif\n");
    } finally {
      await rm(resolve(cwd, ".."), { recursive: true, force: true });
    }
  });
});
