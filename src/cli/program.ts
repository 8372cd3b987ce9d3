// Wires commands onto commander and maps errors to exit codes in one place.
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { UsageError, FindingsExit } from "./errors.js";
import { COMMANDS } from "./commands/index.js";
import { USER_ERRORS } from "./library-errors.js";
import { unknownCommandMessage } from "./suggest.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command("adrkit")
    .description("Architecture decision records that carry their reasoning: scaffold, lint and render ADRs.")
    .version(version(), "-v, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 findings, 2 usage/config/internal error. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  const unknown = unknownCommandMessage(program, argv.slice(2));
  if (unknown) {
    process.stderr.write(`adrkit: ${unknown}\n`);
    return 2;
  }
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof FindingsExit) return error.exitCode;
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    return 2;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`adrkit: ${error.message}\n`);
    return error.exitCode;
  }
  // The library's user-facing errors (bad config, no such ADR, ...) are usage errors whichever command met them.
  if (error instanceof Error && USER_ERRORS.has(error.name)) {
    process.stderr.write(`adrkit: ${error.message.split("\n")[0]}\n`);
    return 2;
  }
  const err = error as NodeJS.ErrnoException;
  if (err && typeof err.code === "string" && typeof err.path === "string") {
    process.stderr.write(`adrkit: ${err.path}: ${describeFsError(err)}\n`);
    return 2;
  }
  process.stderr.write(`adrkit: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.ADRKIT_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ""}\n`);
  return 2;
}

function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "ENOSPC": return "no space left on the device; nothing was written";
    case "EROFS": return "read-only file system; nothing was written";
    case "EISDIR": return "is a directory";
    default: return err.message;
  }
}
