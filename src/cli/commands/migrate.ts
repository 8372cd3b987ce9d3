// `adrkit migrate`: converts a Nygard/adr-tools, MADR or log4brains log into adrkit format, in place.
import type { Command } from "commander";
import { FindingsExit, UsageError } from "../errors.js";
import { asUsageErrors } from "../library-errors.js";

interface MigrateFlags {
  to: string;
  dryRun?: boolean;
  dir?: string;
}

const EXAMPLES = `
Examples:
  $ adrkit migrate --dry-run                 show the diff, change nothing
  $ adrkit migrate                           convert the log found from here (.adr-dir, docs/decisions, ...)
  $ adrkit migrate --dir docs/architecture/decisions

Every paragraph, list and code block is moved as written; metadata moves into front matter; sections the
adrkit template asks for and the file lacks are added with their prompts, so \`adrkit lint\` shows what is
left to write. File names stay as they are.

Exit codes: 0 done, 1 some files could not be converted (each is named), 2 usage or config error.`;

export function register(program: Command): void {
  program
    .command("migrate")
    .description("Convert a Nygard, MADR or log4brains log into adrkit format")
    .option("--to <format>", "the format to convert to (only adrkit)", "adrkit")
    .option("-n, --dry-run", "print a unified diff of every change, write nothing")
    .option("-d, --dir <dir>", "the ADR directory (default: from the config, .adr-dir, .log4brains.yml or docs/decisions ...)")
    .addHelpText("after", EXAMPLES)
    .action((flags: MigrateFlags) => asUsageErrors(() => runMigrate(flags)));
}

async function runMigrate(flags: MigrateFlags): Promise<void> {
  if (flags.to !== "adrkit") throw new UsageError(`--to: cannot migrate to "${flags.to}"; adrkit is the only target format`);
  const { openLog, writeFileAtomic, displayPath } = await import("../../repo/index.js");
  const { planMigration } = await import("../../migrate/index.js");
  const { unifiedDiff } = await import("../../lint/index.js");
  const { startProgress } = await import("../progress.js");

  const log = await openLog({ dir: flags.dir });
  const cwd = process.cwd();
  const { statuses, limits } = log.config.config;
  const progress = startProgress("Migrating");
  const plans = await planMigration(log.dir, { root: cwd, parse: { statuses, limits }, onFile: (done, total) => progress.update(done, total) });
  progress.stop();
  if (plans.length === 0) throw new UsageError(`${displayPath(log.dir, cwd)}: no ADR files to migrate`);

  let changed = 0;
  let problems = 0;
  for (const plan of plans) {
    if (plan.after === null) {
      if (plan.skipped && plan.skipped !== "already in adrkit format" && plan.skipped !== "nothing to change") {
        problems++;
        process.stderr.write(`adrkit: ${plan.path}: skipped: ${plan.skipped}\n`);
      }
      continue;
    }
    changed++;
    if (flags.dryRun) process.stdout.write(unifiedDiff(plan.path, plan.before, plan.after));
    else await writeFileAtomic(plan.file, plan.after);
  }
  const already = plans.filter((p) => p.skipped === "already in adrkit format").length;
  const verb = flags.dryRun ? "would convert" : "converted";
  process.stderr.write(`adrkit: ${verb} ${changed} of ${plans.length} file(s) to adrkit format${already ? `; ${already} already were` : ""}.\n`);
  if (!flags.dryRun && changed > 0) process.stderr.write("Next: run `adrkit lint` to see which reasoning sections are left to write.\n");
  // A file that could not be converted needs a person: exit 1, as lint does for findings.
  if (problems > 0) throw new FindingsExit(1);
}
