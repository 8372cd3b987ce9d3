// `adrkit link`: placeholder until the command lands.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

export function register(program: Command): void {
  program
    .command("link <from> <relation> <to> [reverse]")
    .description("Link two decisions, in both files")
    .allowUnknownOption(true)
    .action(() => {
      throw new UsageError("'link' is not available in this build yet");
    });
}
