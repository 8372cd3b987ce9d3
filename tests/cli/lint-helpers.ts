// Runs the built CLI as a real child process in a real temporary repository.
import { spawnSync } from "node:child_process";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_IDS } from "../../src/lint/rules/index.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const bin = path.join(repoRoot, "dist/cli/bin.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function adrkit(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    timeout: 30_000,
    // A large log's JSON report runs to megabytes (the default would cut it off at 1 MB).
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temp directory holding `files` (path -> text); with `git: true` it is a git repository with one commit. */
export async function project(files: Record<string, string>, { git = false } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "adrkit-lint-cli-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  if (git) {
    const run = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    run("init", "-q");
    run("-c", "user.email=t@example.test", "-c", "user.name=t", "add", ".");
    run("-c", "user.email=t@example.test", "-c", "user.name=t", "commit", "-qm", "init");
  }
  return dir;
}

export const GOOD = `# 1. Use Postgres

Date: 2024-01-05

## Status

Accepted

## Context

The order data is relational and we need transactions across orders and payments.
`;

/** Refused front matter language: a parse error. */
export const CODE_FRONT_MATTER = "---js\nmodule.exports = { status: 'accepted' }\n---\n# 2. Run code\n";

/** `---` then a blank line: read as a rule, reported as a parser warning. */
export const AMBIGUOUS = "---\n\nJust a horizontal rule.\n\n---\n# 3. Ambiguous\n\nText.\n";

/** Every built-in rule off: these tests are about the command, not about what the rules find. */
export const RULES_OFF: Record<string, "off"> = Object.fromEntries(RULE_IDS.map((id) => [id, "off"]));

export const QUIET_CONFIG = JSON.stringify({ rules: RULES_OFF });
