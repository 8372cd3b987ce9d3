// `adrkit export`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("export")
    .description("Export the log as JSON")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'export' is not available in this build yet");
    });
}
