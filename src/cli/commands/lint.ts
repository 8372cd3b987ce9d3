// `adrkit lint`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("lint [paths...]")
    .description("Find missing reasoning in ADRs")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'lint' is not available in this build yet");
    });
}
