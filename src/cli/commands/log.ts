// `adrkit log`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("log")
    .description("Write the decision log")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'log' is not available in this build yet");
    });
}
