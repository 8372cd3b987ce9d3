// `adrkit supersede <old> <new>`: marks old superseded and links both ways.
import type { Command } from "commander";
import { asUsageErrors } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("supersede <old> <new>")
    .description("Mark decision <old> superseded by <new>, with links both ways")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", "\nExample:\n  $ adrkit supersede 3 6\n")
    .action((oldNumber: string, newNumber: string, opts: { dir?: string }) =>
      asUsageErrors(async () => {
        const { openLog, supersedeDecision, parseDecisionNumber, displayPath } = await import("../../repo/index.js");
        const log = await openLog({ dir: opts.dir });
        const changes = await supersedeDecision(log, parseDecisionNumber(oldNumber), parseDecisionNumber(newNumber));
        for (const c of changes) process.stdout.write(`${displayPath(c.path)}: ${c.after === c.before ? "unchanged" : "updated"}\n`);
      }));
}
