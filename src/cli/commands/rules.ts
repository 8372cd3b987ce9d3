// `adrkit rules`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("rules")
    .description("Print the lint rule catalogue")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'rules' is not available in this build yet");
    });
}
