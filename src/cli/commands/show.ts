// `adrkit show`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("show <number>")
    .description("Show one decision")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'show' is not available in this build yet");
    });
}
