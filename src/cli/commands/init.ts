// `adrkit init`: the ADR directory, a config file and ADR 1.
import type { Command } from "commander";
import { asUsageErrors, collect } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("init [dir]")
    .description("Create the ADR directory (default docs/adr), adrkit.config.json and ADR 1")
    .option("-t, --template <name>", "adrkit, nygard or madr", "adrkit")
    .option("--decider <name>", "a decision-maker of ADR 1 (repeatable)", collect, [])
    .option("-d, --dir <dir>", "the ADR directory (same as [dir])")
    .addHelpText("after", "\nExample:\n  $ adrkit init docs/decisions --template madr\n")
    .action((dir: string | undefined, opts: { template: string; decider: string[]; dir?: string }) =>
      asUsageErrors(async () => {
        const { initLog } = await import("../../scaffold/index.js");
        const { displayPath } = await import("../../repo/index.js");
        const result = await initLog({ dir: dir ?? opts.dir, template: opts.template, deciders: opts.decider });
        process.stdout.write(`${displayPath(result.firstDecision)}\n`);
        if (result.configPath) process.stderr.write(`adrkit: wrote ${displayPath(result.configPath)}\n`);
      }));
}
