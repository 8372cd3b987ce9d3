// `adrkit list`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("list")
    .description("List the decisions of the log")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'list' is not available in this build yet");
    });
}
