// `adrkit import <file>`: writes each record of a json-adr document as an adrkit-format ADR file.
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { asUsageErrors } from "../library-errors.js";

const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const EXAMPLES = `
Examples:
  $ adrkit import decisions.json                      into the log found from here
  $ adrkit import decisions.json --dir docs/decisions

Existing files are never overwritten: if any file would be, nothing is written.`;

export function register(program: Command): void {
  program
    .command("import <file>")
    .description("Write the decisions of a json-adr document as adrkit ADR files")
    .option("-d, --dir <dir>", "the ADR directory to write into (created when missing)")
    .addHelpText("after", EXAMPLES)
    .action((file: string, flags: { dir?: string }) => asUsageErrors(() => runImport(file, flags)));
}

async function runImport(file: string, flags: { dir?: string }): Promise<void> {
  const { readFile, stat, mkdir } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const { openLog, createExclusive, displayPath } = await import("../../repo/index.js");
  const { readJsonAdr, planImport, ImportError } = await import("../../interop/index.js");
  const { adrkitPrompts } = await import("../../migrate/index.js");

  const size = (await stat(file)).size;
  if (size > MAX_IMPORT_BYTES) throw new UsageError(`${file}: ${size} bytes is over the import limit of ${MAX_IMPORT_BYTES}`);
  let planned;
  try {
    planned = planImport(readJsonAdr(await readFile(file, "utf8"), file), await adrkitPrompts(), file);
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
  const log = await openLog({ dir: flags.dir, allowMissing: true });
  const cwd = process.cwd();
  const existing: string[] = [];
  for (const p of planned) if (await stat(join(log.dir, p.name)).then(() => true, () => false)) existing.push(p.name);
  if (existing.length > 0) {
    throw new UsageError(`${displayPath(log.dir, cwd)}: ${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ` and ${existing.length - 3} more` : ""} already exist; nothing was written (import into an empty directory or remove them)`);
  }
  await mkdir(log.dir, { recursive: true });
  for (const p of planned) await createExclusive(join(log.dir, p.name), p.text);
  process.stderr.write(`adrkit: imported ${planned.length} decision(s) into ${displayPath(log.dir, cwd)}\n`);
}
