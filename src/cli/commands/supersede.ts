// `adrkit supersede`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("supersede <old> <new>")
    .description("Mark one decision as superseded by another")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'supersede' is not available in this build yet");
    });
}
