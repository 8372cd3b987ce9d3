// Completion scripts are valid shell, and the bash one, driven in a real bash, completes commands, options and ADR numbers.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const exec = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const bin = resolve(repoRoot, "dist/cli/bin.js");

function has(shell: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${shell}`]);
    return true;
  } catch {
    return false;
  }
}

let work: string;
let repo: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "adrkit-completion-"));
  await mkdir(join(work, "bin"));
  await writeFile(join(work, "bin/adrkit"), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  await chmod(join(work, "bin/adrkit"), 0o755);
  repo = join(work, "repo");
  await cp(resolve(repoRoot, "examples/decisions"), join(repo, "docs/adr"), { recursive: true });
  env = { ...process.env, PATH: `${join(work, "bin")}:${process.env.PATH}` };
  for (const shell of ["bash", "zsh", "fish"]) {
    const { stdout } = await exec(process.execPath, [bin, "completion", shell], { env });
    await writeFile(join(work, `adrkit.${shell}`), stdout);
  }
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** What bash offers for the words typed so far (the last word is the one being completed). */
async function complete(...words: string[]): Promise<string[]> {
  const script = [
    `source ${JSON.stringify(join(work, "adrkit.bash"))}`,
    `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")})`,
    `COMP_CWORD=${words.length - 1}`,
    `COMP_LINE=${JSON.stringify(words.join(" "))}`,
    "_adrkit_completion",
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join("\n");
  const { stdout } = await exec("bash", ["--noprofile", "--norc", "-c", script], { cwd: repo, env });
  return stdout.split("\n").filter(Boolean);
}

describe("adrkit completion", () => {
  it("prints a bash script that bash accepts", async () => {
    await exec("bash", ["-n", join(work, "adrkit.bash")]);
  });

  it.skipIf(!has("zsh"))("prints a zsh script that zsh accepts", async () => {
    await exec("zsh", ["-n", join(work, "adrkit.zsh")]);
  });

  it.skipIf(!has("fish"))("prints a fish script that fish accepts", async () => {
    await exec("fish", ["--no-execute", join(work, "adrkit.fish")]);
  });

  it.skipIf(!has("fish"))("completes commands and ADR numbers in a real fish", async () => {
    const fish = async (line: string) =>
      (await exec("fish", ["--no-config", "-c", `source ${JSON.stringify(join(work, "adrkit.fish"))}; complete -C ${JSON.stringify(line)}`], { cwd: repo, env })).stdout;
    expect(await fish("adrkit sup")).toMatch(/^supersede\t/);
    expect(await fish("adrkit show ")).toContain("6\tMove tracking events to Kafka on Amazon MSK");
  });

  it("completes `adrkit sup` to supersede", async () => {
    expect(await complete("adrkit", "sup")).toEqual(["supersede"]);
  });

  it("completes every command from an empty word, hidden ones left out", async () => {
    const all = await complete("adrkit", "");
    expect(all).toEqual(expect.arrayContaining(["init", "new", "lint", "migrate", "export", "import", "completion"]));
    expect(all.some((w) => w.startsWith("__"))).toBe(false);
  });

  it("completes a command's options", async () => {
    expect(await complete("adrkit", "lint", "--max")).toEqual(["--max-warnings"]);
    expect(await complete("adrkit", "migrate", "--d")).toEqual(["--dry-run", "--dir"]);
  });

  it("completes the log's ADR numbers where a command takes one", async () => {
    expect(await complete("adrkit", "show", "")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(await complete("adrkit", "supersede", "3", "")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(await complete("adrkit", "show", "--dir", "docs/adr", "1")).toEqual(["1", "10"]);
  });

  it("completes statuses and shells in their places", async () => {
    expect(await complete("adrkit", "status", "3", "sup")).toEqual(["superseded"]);
    expect(await complete("adrkit", "completion", "")).toEqual(["bash", "zsh", "fish"]);
  });

  it("leaves the value of an option that takes one to the shell's file completion", async () => {
    expect(await complete("adrkit", "lint", "--output-file", "")).toEqual([]);
  });

  it("rejects an unknown shell with exit code 2", async () => {
    await expect(exec(process.execPath, [bin, "completion", "powershell"], { env })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown shell "powershell"') });
  });
});
