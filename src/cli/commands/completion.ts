// `adrkit completion`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("completion <shell>")
    .description("Print a shell completion script")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'completion' is not available in this build yet");
    });
}
