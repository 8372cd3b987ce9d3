// `adrkit new`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("new [title...]")
    .description("Write the next numbered ADR from a template")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'new' is not available in this build yet");
    });
}
