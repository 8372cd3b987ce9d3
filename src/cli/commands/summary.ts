// `adrkit summary`: a one-page, plain-language digest of the decisions for people who will never read an ADR.
import type { Command } from "commander";
import { Option } from "commander";
import { asUsageErrors } from "../library-errors.js";
import { withRenderInput, readToday, readDateOption, loadDecisions, linkFrom, writeOutput } from "../render-input.js";
import { UsageError } from "../errors.js";

interface SummaryCommandOptions {
  dir?: string;
  today?: string;
  format: "markdown" | "html";
  since?: string;
  until?: string;
  tag: string[];
  status: string[];
  within: string;
  output?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(",").map((v) => v.trim()).filter(Boolean)];

export function register(program: Command): void {
  const command = program
    .command("summary")
    .description("Write a plain-language summary for stakeholders: what was decided, what it costs, risks, what needs attention")
    .addOption(new Option("-f, --format <format>", "output format").choices(["markdown", "html"]).default("markdown"))
    .option("--since <YYYY-MM-DD>", "only decisions dated on or after this day")
    .option("--until <YYYY-MM-DD>", "only decisions dated on or before this day")
    .option("--tag <tag>", "only decisions with this tag (repeat or comma-separate for any of several)", collect, [])
    .option("--status <status>", "only decisions in this status (repeatable)", collect, [])
    .option("--within <duration>", "how far ahead assumptions and review dates count as due (e.g. 30d, 6w)", "30d")
    .option("-o, --output <file>", "write to a file (atomically) instead of stdout");
  withRenderInput(command)
    .addHelpText("after", `
Examples:
  $ adrkit summary --since 2026-01-01 --tag payments
  $ adrkit summary --format html -o summary.html --today 2026-06-30`)
    .action((options: SummaryCommandOptions) => asUsageErrors(async () => {
      const today = readToday(options.today);
      const since = readDateOption("--since", options.since);
      const until = readDateOption("--until", options.until);
      if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}; swap them`);
      const { parseDuration, renderSummaryMarkdown, renderSummaryHtml } = await import("../../render/index.js");
      const withinDays = parseDuration(options.within);
      if (withinDays === null) throw new UsageError(`--within ${JSON.stringify(options.within)} is not a duration; write e.g. 30d, 6w or 3m`);
      const decisions = await loadDecisions(options.dir);
      const summaryOptions = {
        today, since, until, tags: options.tag, statuses: options.status, withinDays, href: linkFrom(options.output),
      };
      const text = options.format === "html"
        ? renderSummaryHtml(decisions, summaryOptions)
        : renderSummaryMarkdown(decisions, summaryOptions);
      await writeOutput(text, options.output);
    }));
}
