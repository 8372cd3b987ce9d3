// `adrkit status N <status>`: sets a status in the file's own format, changing nothing else.
import type { Command } from "commander";
import { asUsageErrors } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("status <number> <status>")
    .description("Set the status of a decision")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", "\nExample:\n  $ adrkit status 7 accepted\n")
    .action((number: string, status: string, opts: { dir?: string }) =>
      asUsageErrors(async () => {
        const { openLog, setDecisionStatus, parseDecisionNumber, displayPath } = await import("../../repo/index.js");
        const log = await openLog({ dir: opts.dir });
        const change = await setDecisionStatus(log, parseDecisionNumber(number), status);
        const what = change.after === change.before ? `already ${status}; nothing changed` : `status set to ${status}`;
        process.stdout.write(`${displayPath(change.path)}: ${what}\n`);
      }));
}
