// `adrkit link N <relation> M [reverse]`: a link from N to M and its reverse from M to N.
import type { Command } from "commander";
import { asUsageErrors } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("link <from> <relation> <to> [reverse]")
    .description("Link two decisions (Amends / Amended by, Relates to, Supersedes, or your own words)")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", '\nExamples:\n  $ adrkit link 7 Amends 2\n  $ adrkit link 8 Clarifies 4 "Clarified by"\n')
    .action((from: string, relation: string, to: string, reverse: string | undefined, opts: { dir?: string }) =>
      asUsageErrors(async () => {
        const { openLog, linkDecisions, parseDecisionNumber, displayPath } = await import("../../repo/index.js");
        const log = await openLog({ dir: opts.dir });
        const changes = await linkDecisions(log, parseDecisionNumber(from), relation, parseDecisionNumber(to), reverse);
        for (const c of changes) process.stdout.write(`${displayPath(c.path)}: ${c.after === c.before ? "unchanged" : "updated"}\n`);
      }));
}
