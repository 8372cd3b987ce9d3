// `adrkit status`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("status <number> <status>")
    .description("Change a decision's status")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'status' is not available in this build yet");
    });
}
