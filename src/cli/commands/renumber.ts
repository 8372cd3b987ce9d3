// `adrkit renumber`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("renumber")
    .description("Fix duplicate numbers left by merged branches")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'renumber' is not available in this build yet");
    });
}
