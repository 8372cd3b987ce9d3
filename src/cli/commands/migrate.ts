// `adrkit migrate`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("migrate")
    .description("Convert a legacy log into adrkit format")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'migrate' is not available in this build yet");
    });
}
