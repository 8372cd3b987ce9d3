// Wires commands onto commander and maps errors to exit codes in one place.
import { Command, CommanderError, Help } from "commander";
import { packageVersion as version } from "./version.js";
import { UsageError, FindingsExit } from "./errors.js";
import { COMMANDS, type CommandEntry } from "./commands/index.js";
import { USER_ERRORS } from "./library-errors.js";


/**
 * The program for these arguments. Only the command that runs (or whose help is asked for) is loaded; every other
 * command is a stub carrying the name and the line `adrkit --help` lists, so the root help costs no module loads.
 * Without arguments, every command is loaded (as `completion` needs, which reads every command's options).
 */
export async function buildProgram(args?: readonly string[]): Promise<Command> {
  const program = new Command("adrkit")
    .description("Architecture decision records that carry their reasoning: scaffold, lint and render ADRs.")
    .version(version(), "-v, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  const wanted = commandsToLoad(args);
  const loaded = new Set<CommandEntry["load"]>();
  const stubTerms = new Map<Command, string>();
  for (const entry of COMMANDS) {
    if (wanted === "all" || wanted.has(entry)) {
      if (loaded.has(entry.load)) continue;
      loaded.add(entry.load);
      (await entry.load()).register(program);
    } else if (!loaded.has(entry.load)) {
      const stub = program.command(entry.name, { hidden: entry.hidden }).description(entry.description);
      stubTerms.set(stub, entry.term);
    }
  }
  const help = new Help();
  program.configureHelp({ subcommandTerm: (cmd) => stubTerms.get(cmd) ?? help.subcommandTerm(cmd) });
  return program;
}

function commandsToLoad(args: readonly string[] | undefined): "all" | Set<CommandEntry> {
  if (args === undefined) return "all";
  const at = args.findIndex((a) => !a.startsWith("-"));
  let name = at >= 0 ? args[at] : undefined;
  // `adrkit help log` prints the help of `log`.
  if (name === "help") name = args[at + 1];
  if (name === "completion") return "all";
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) return new Set();
  // Commands sharing a module (completion, __complete-numbers) load together.
  return new Set(COMMANDS.filter((c) => c.load === entry.load));
}

/** Runs the CLI and returns the exit code: 0 ok, 1 findings, 2 usage/config/internal error. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  const program = await buildProgram(args);
  const first = args[0];
  if (first !== undefined && !first.startsWith("-") && first !== "help" && !COMMANDS.some((c) => c.name === first)) {
    const { unknownCommandMessage } = await import("./suggest.js");
    const unknown = unknownCommandMessage(program, args);
    if (unknown) {
      process.stderr.write(`adrkit: ${unknown}\n`);
      return 2;
    }
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
