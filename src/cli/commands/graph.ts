// `adrkit graph`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("graph")
    .description("Print the supersede / amend / relates graph")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'graph' is not available in this build yet");
    });
}
