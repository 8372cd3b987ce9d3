// `adrkit completion bash|zsh|fish`: prints a completion script; `__complete-numbers` feeds it the log's ADR numbers.
import type { Command } from "commander";
import { UsageError } from "../errors.js";

const EXAMPLES = `
Examples:
  $ source <(adrkit completion bash)                     try it in the current bash
  $ adrkit completion bash > ~/.local/share/bash-completion/completions/adrkit
  $ adrkit completion zsh > "\${fpath[1]}/_adrkit"        then restart zsh
  $ adrkit completion fish > ~/.config/fish/completions/adrkit.fish

The script completes commands, options and, for show/status/supersede/link, the ADR numbers of the log
in the current directory.`;

export function register(program: Command): void {
  program
    .command("completion <shell>")
    .description("Print a shell completion script (bash, zsh or fish)")
    .addHelpText("after", EXAMPLES)
    .action(async (shell: string) => {
      const { SHELLS, completionScript } = await import("../completion-scripts.js");
      const { STATUSES } = await import("../../model/index.js");
      if (!(SHELLS as readonly string[]).includes(shell)) {
        throw new UsageError(`completion: unknown shell "${shell}"; use ${SHELLS.join(", ")}`);
      }
      process.stdout.write(completionScript(shell as (typeof SHELLS)[number], program, STATUSES));
    });

  // Called by the scripts at completion time: one "number<TAB>title" line per decision. Silent on any problem,
  // because a completion must never print errors into the user's prompt.
  program
    .command("__complete-numbers", { hidden: true })
    .option("-d, --dir <dir>", "the ADR directory")
    .action(async (opts: { dir?: string }) => {
      try {
        const { openLog } = await import("../../repo/index.js");
        const log = await openLog({ dir: opts.dir });
        const numbered = log.decisions.filter((d) => d.number !== null).sort((a, b) => a.number! - b.number!);
        process.stdout.write(numbered.map((d) => `${d.number}\t${d.title.replace(/\s+/g, " ")}\n`).join(""));
      } catch {
        // Nothing to offer.
      }
    });
}
