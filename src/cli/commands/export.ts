// `adrkit export --format json-adr`: the whole log as one JSON document, for other tools.
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { asUsageErrors } from "../library-errors.js";

interface ExportFlags {
  format: string;
  output?: string;
  dir?: string;
}

const EXAMPLES = `
Examples:
  $ adrkit export --format json-adr > decisions.json
  $ adrkit export -o build/decisions.json --dir docs/decisions

The README section "Export and import: json-adr" documents every field.`;

export function register(program: Command): void {
  program
    .command("export")
    .description("Export the log as a json-adr document")
    .option("-f, --format <format>", "the export format (only json-adr)", "json-adr")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("-d, --dir <dir>", "the ADR directory")
    .addHelpText("after", EXAMPLES)
    .action((flags: ExportFlags) => asUsageErrors(() => runExport(flags)));
}

async function runExport(flags: ExportFlags): Promise<void> {
  if (flags.format !== "json-adr") throw new UsageError(`--format: unknown export format "${flags.format}"; use json-adr`);
  const { packageVersion } = await import("../version.js");
  const { resolve } = await import("node:path");
  const { openLog, writeFileAtomic } = await import("../../repo/index.js");
  const { toJsonAdr } = await import("../../interop/index.js");

  const log = await openLog({ dir: flags.dir });
  for (const failure of log.failures) {
    const message = failure.file.messages[0];
    process.stderr.write(`adrkit: ${failure.path}: skipped: ${message?.reason ?? "cannot be read"}\n`);
  }
  const version = packageVersion();
  const doc = toJsonAdr(log.decisions.map((decision) => ({ decision, file: decision.path })), `adrkit ${version}`);
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (flags.output) await writeFileAtomic(resolve(flags.output), json);
  else process.stdout.write(json);
}
