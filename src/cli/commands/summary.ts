// `adrkit summary`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("summary")
    .description("Write a plain-language summary for stakeholders")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'summary' is not available in this build yet");
    });
}
