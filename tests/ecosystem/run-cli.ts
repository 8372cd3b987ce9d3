// Runs the built CLI as a user would: a real child process, CI set so nothing waits for a terminal.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { resolve } from "node:path";

const exec = promisify(execFile);

export const bin = resolve(import.meta.dirname, "../../dist/cli/bin.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function adrkit(cwd: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, CI: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
