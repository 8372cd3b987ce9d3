// `adrkit renumber`: fixes duplicate numbers left by merged branches, links included.
import type { Command } from "commander";
import { asUsageErrors } from "../library-errors.js";

export function register(program: Command): void {
  program
    .command("renumber")
    .description("Fix duplicate numbers left by merged branches: rename the later duplicates and rewrite links to them")
    .option("-n, --dry-run", "print what would change, write nothing")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", "\nExample:\n  $ adrkit renumber --dry-run\n")
    .action((opts: { dryRun?: boolean; dir?: string }) =>
      asUsageErrors(async () => {
        const { openLog, renumberLog, displayPath } = await import("../../repo/index.js");
        const { join } = await import("node:path");
        const log = await openLog({ dir: opts.dir });
        const result = await renumberLog(log, { dryRun: opts.dryRun });
        const out = (line: string): void => void process.stdout.write(`${line}\n`);
        if (result.renames.length === 0) {
          out("No duplicate numbers; nothing to do.");
          return;
        }
        const verb = opts.dryRun ? "would rename" : "renamed";
        for (const r of result.renames) out(`${verb} ${displayPath(join(log.dir, r.from))} -> ${displayPath(join(log.dir, r.to))} (${r.oldNumber} -> ${r.newNumber})`);
        const renamed = new Set(result.renames.map((r) => r.from));
        for (const name of result.rewrites.keys()) {
          if (!renamed.has(name)) out(`${opts.dryRun ? "would update" : "updated"} links in ${displayPath(join(log.dir, name))}`);
        }
        for (const a of result.ambiguous) {
          process.stderr.write(`adrkit: ${displayPath(join(log.dir, a.name))}: its front matter names ADR ${a.number}, which was duplicated; check which one it means\n`);
        }
      }));
}
