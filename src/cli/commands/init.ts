// `adrkit init`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("init [dir]")
    .description("Create the ADR directory, a config file and ADR 1")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'init' is not available in this build yet");
    });
}
