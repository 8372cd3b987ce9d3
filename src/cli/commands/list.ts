// `adrkit list`: one line per decision, or JSON.
import type { Command } from "commander";
import { asUsageErrors } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("list")
    .description("List the decisions of the log")
    .option("-s, --status <status>", "only decisions with this status")
    .option("--tag <tag>", "only decisions with this tag")
    .option("--json", "print JSON")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", "\nExamples:\n  $ adrkit list --status accepted\n  $ adrkit list --tag storage --json\n")
    .action((opts: { status?: string; tag?: string; json?: boolean; dir?: string }) =>
      asUsageErrors(async () => {
        const { openLog, decisionSummary } = await import("../../repo/index.js");
        const log = await openLog({ dir: opts.dir });
        const wantedStatus = opts.status?.toLowerCase();
        const wantedTag = opts.tag?.toLowerCase();
        const decisions = log.decisions
          .filter((d) => !wantedStatus || d.status.value === wantedStatus || d.status.raw?.toLowerCase() === wantedStatus)
          .filter((d) => !wantedTag || d.tags.some((t) => t.toLowerCase() === wantedTag))
          .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.path.localeCompare(b.path));
        for (const failure of log.failures) {
          const message = failure.file.messages[0];
          process.stderr.write(`adrkit: ${failure.path}${message?.line ? `:${message.line}` : ""}: ${message?.reason ?? "cannot be read"}\n`);
        }
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(decisions.map(decisionSummary), null, 2)}\n`);
          return;
        }
        for (const d of decisions) {
          const number = d.number === null ? "    " : String(d.number).padStart(4, "0");
          const status = (d.status.value ?? d.status.raw ?? "-").padEnd(10);
          process.stdout.write(`${number}  ${status}  ${d.date ?? "----------"}  ${d.title}  (${d.path})\n`);
        }
      }));
}
