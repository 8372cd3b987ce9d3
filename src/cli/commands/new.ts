// `adrkit new`: the next numbered ADR from a template; prints its path.
import type { Command } from "commander";
import { asUsageErrors, collect } from "../library-errors.js";
import { UsageError } from "../errors.js";

interface NewOptions {
  template?: string;
  status?: string;
  supersedes: string[];
  link: string[];
  tag: string[];
  decider: string[];
  dir?: string;
  edit?: boolean;
}

export function register(program: Command): void {
  program
    .command("new [title...]")
    .description("Write the next numbered ADR from a template and print its path")
    .option("-t, --template <name>", "adrkit, nygard, madr or a template file (default: the config's, else the log's format)")
    .option("-s, --status <status>", "status of the new ADR", "proposed")
    .option("--supersedes <n>", "an ADR this one supersedes; it is marked superseded (repeatable)", collect, [])
    .option("--link <n:relation[:reverse]>", 'a link such as "3:Amends:Amended by" (repeatable)', collect, [])
    .option("--tag <tag>", "a tag (repeatable)", collect, [])
    .option("--decider <name>", "a decision-maker (repeatable)", collect, [])
    .option("-d, --dir <dir>", "the ADR directory")
    .option("-e, --edit", "open the new ADR in $VISUAL or $EDITOR")
    .addHelpText("after", '\nExamples:\n  $ adrkit new Use PostgreSQL for orders --tag storage --decider "Ana Lima"\n  $ adrkit new "Move events to Kafka" --supersedes 3 --link "5:Amends:Amended by"\n')
    .action((words: string[], opts: NewOptions) =>
      asUsageErrors(async () => {
        // Direct module paths, not the room indexes: `new` must not load the parser unless it needs it.
        const { createDecision, parseLinkRequest } = await import("../../scaffold/new.js");
        const { displayPath } = await import("../../repo/config.js");
        const { parseDecisionNumber } = await import("../../repo/links.js");
        // ecosystem (issue 7): no title typed? Ask for one on a terminal; elsewhere say how to give it.
        let title = words.join(" ").trim();
        if (!title) {
          const { askTitle } = await import("../prompt.js");
          title = (await askTitle()) ?? "";
          if (!title) throw new UsageError('new: give the decision\'s title, e.g. adrkit new "Use PostgreSQL for orders"');
        }
        const result = await createDecision({
          title,
          dir: opts.dir,
          template: opts.template,
          status: opts.status,
          supersedes: opts.supersedes.map(parseDecisionNumber),
          links: opts.link.map(parseLinkRequest),
          tags: opts.tag,
          deciders: opts.decider,
        });
        process.stdout.write(`${displayPath(result.path)}\n`);
        for (const path of result.updated) process.stderr.write(`adrkit: updated ${displayPath(path)}\n`);
        if (opts.edit) await openEditor(result.path);
      }));
}

/** Runs the user's editor on the file, without a shell, and waits for it. */
async function openEditor(path: string): Promise<void> {
  const command = (process.env.VISUAL || process.env.EDITOR || "").trim();
  if (!command) throw new UsageError(`${path} was written, but neither $VISUAL nor $EDITOR is set; open it yourself`);
  const [editor, ...args] = command.split(/\s+/);
  const { spawnSync } = await import("node:child_process");
  const run = spawnSync(editor, [...args, path], { stdio: "inherit" });
  if (run.error) throw new UsageError(`${path} was written, but the editor "${editor}" could not start (${(run.error as NodeJS.ErrnoException).code})`);
}
