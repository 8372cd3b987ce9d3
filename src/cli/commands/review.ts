// `adrkit review`: assumptions and decisions due for review, for a team's recurring review meeting.
import type { Command } from "commander";
import { Option } from "commander";
import { asUsageErrors } from "../library-errors.js";
import { withRenderInput, readToday, loadDecisions, writeOutput } from "../render-input.js";
import { UsageError, FindingsExit } from "../errors.js";

interface ReviewCommandOptions {
  dir?: string;
  today?: string;
  within: string;
  format: "markdown" | "json";
  failOnOverdue?: boolean;
  output?: string;
}

export function register(program: Command): void {
  const command = program
    .command("review")
    .description("List assumptions and decisions due for review")
    .option("--within <duration>", "look this far ahead (e.g. 30d, 6w, 3m)", "30d")
    .addOption(new Option("-f, --format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
    .option("--fail-on-overdue", "exit 1 when anything is overdue, for CI")
    .option("-o, --output <file>", "write to a file (atomically) instead of stdout");
  withRenderInput(command)
    .addHelpText("after", `
Examples:
  $ adrkit review --within 6w
  $ adrkit review --fail-on-overdue            in CI: exit 1 when a review date has passed`)
    .action((options: ReviewCommandOptions) => asUsageErrors(async () => {
      const today = readToday(options.today);
      const { parseDuration, dueForReview, renderReviewMarkdown, renderReviewJson } = await import("../../render/index.js");
      const withinDays = parseDuration(options.within);
      if (withinDays === null) throw new UsageError(`--within ${JSON.stringify(options.within)} is not a duration; write e.g. 30d, 6w or 3m`);
      const decisions = await loadDecisions(options.dir);
      const reviewOptions = { today, withinDays };
      const text = options.format === "json" ? renderReviewJson(decisions, reviewOptions) : renderReviewMarkdown(decisions, reviewOptions);
      await writeOutput(text, options.output);
      if (options.failOnOverdue && dueForReview(decisions, reviewOptions).some((item) => item.overdue)) throw new FindingsExit(1);
    }));
}
