// `adrkit review`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("review")
    .description("List assumptions and decisions due for review")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'review' is not available in this build yet");
    });
}
