// `adrkit init`: the ADR directory, a config file and ADR 1.
import type { Command } from "commander";
import { asUsageErrors, collect } from "../library-errors.js";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("init [dir]")
    .description("Create the ADR directory (default docs/adr), adrkit.config.json and ADR 1")
    .option("-t, --template <name>", "adrkit, nygard or madr (default: adrkit, or asked on a terminal)")
    .option("--decider <name>", "a decision-maker of ADR 1 (repeatable)", collect, [])
    .option("-d, --dir <dir>", "the ADR directory (same as [dir])")
    .option("--ci <kind>", "add a CI job that lints ADRs: github, gitlab or none (default: none, or asked on a terminal)")
    .addHelpText("after", "\nExamples:\n  $ adrkit init docs/decisions --template madr\n  $ adrkit init --dir docs/adr --template adrkit --ci github   (no questions asked)\n\nOn a terminal, init asks for what no flag gives; in CI or a pipe it never asks.\n")
    .action((dir: string | undefined, opts: { template?: string; decider: string[]; dir?: string; ci?: string }) =>
      asUsageErrors(async () => {
        const { initLog } = await import("../../scaffold/index.js");
        const { displayPath, DEFAULT_DIR } = await import("../../repo/index.js");
        // ecosystem (issue 7): questions on a terminal for what no flag answered, and the optional CI workflow.
        const { initAnswers, CI_CHOICES } = await import("../prompt.js");
        if (opts.ci !== undefined && !(CI_CHOICES as readonly string[]).includes(opts.ci)) {
          throw new UsageError(`--ci: unknown CI "${opts.ci}"; use ${CI_CHOICES.join(", ")}`);
        }
        const answers = await initAnswers(
          { dir: dir ?? opts.dir, template: opts.template, ci: opts.ci as (typeof CI_CHOICES)[number] | undefined },
          { dir: DEFAULT_DIR, template: "adrkit", ci: "none" },
        );
        const result = await initLog({ dir: answers.dir, template: answers.template, deciders: opts.decider });
        process.stdout.write(`${displayPath(result.firstDecision)}\n`);
        if (result.configPath) process.stderr.write(`adrkit: wrote ${displayPath(result.configPath)}\n`);
        const { addCiWorkflow } = await import("../ci-workflow.js");
        const ci = await addCiWorkflow(answers.ci, process.cwd());
        if (ci.written) process.stderr.write(`adrkit: wrote ${displayPath(ci.written)}\n`);
        if (ci.note) process.stderr.write(`adrkit: ${ci.note}\n`);
      }));
}
