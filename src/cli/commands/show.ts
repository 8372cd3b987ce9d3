// `adrkit show N`: one decision as written, or its metadata as JSON.
import type { Command } from "commander";
import { asUsageErrors } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("show <number>")
    .description("Print one decision")
    .option("--json", "print its metadata and links as JSON")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", "\nExample:\n  $ adrkit show 7\n")
    .action((number: string, opts: { json?: boolean; dir?: string }) =>
      asUsageErrors(async () => {
        const { openLog, findDecision, parseDecisionNumber, decisionSummary } = await import("../../repo/index.js");
        const log = await openLog({ dir: opts.dir });
        const decision = findDecision(log, parseDecisionNumber(number));
        if (opts.json) process.stdout.write(`${JSON.stringify(decisionSummary(decision), null, 2)}\n`);
        else process.stdout.write(String(decision.file.value).replace(/^\ufeff/, ""));
      }));
}
