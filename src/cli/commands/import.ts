// `adrkit import`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("import <file>")
    .description("Import a log from JSON")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'import' is not available in this build yet");
    });
}
