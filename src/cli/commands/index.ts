// Every command, in the order --help lists them, with the line --help shows; a command's module loads only when it runs.
import type { Command } from "commander";

export interface CommandEntry {
  name: string;
  /** What `adrkit --help` lists for the command: its usage term and description (tests check them against the module). */
  term: string;
  description: string;
  hidden?: boolean;
  load: () => Promise<{ register: (program: Command) => void }>;
}

// One loader per module: completion.ts registers two commands and must be loaded (and registered) once.
const completion = () => import("./completion.js");

export const COMMANDS: readonly CommandEntry[] = [
  { name: "init", term: "init [options] [dir]", description: "Create the ADR directory (default docs/adr), adrkit.config.json and ADR 1", load: () => import("./init.js") },
  { name: "new", term: "new [options] [title...]", description: "Write the next numbered ADR from a template and print its path", load: () => import("./new.js") },
  { name: "list", term: "list [options]", description: "List the decisions of the log", load: () => import("./list.js") },
  { name: "show", term: "show [options] <number>", description: "Print one decision", load: () => import("./show.js") },
  { name: "status", term: "status [options] <number> <status>", description: "Set the status of a decision", load: () => import("./status.js") },
  { name: "supersede", term: "supersede [options] <old> <new>", description: "Mark decision <old> superseded by <new>, with links both ways", load: () => import("./supersede.js") },
  { name: "link", term: "link [options] <from> <relation> <to> [reverse]", description: "Link two decisions (Amends / Amended by, Relates to, Supersedes, or your own words)", load: () => import("./link.js") },
  { name: "renumber", term: "renumber [options]", description: "Fix duplicate numbers left by merged branches: rename the later duplicates and rewrite links to them", load: () => import("./renumber.js") },
  { name: "lint", term: "lint [options] [paths...]", description: "Find missing reasoning in ADRs", load: () => import("./lint.js") },
  { name: "rules", term: "rules [options]", description: "Print the lint rule catalogue", load: () => import("./rules.js") },
  { name: "log", term: "log [options]", description: "Write the decision log: a Markdown index table, JSON, or one self-contained HTML page", load: () => import("./log.js") },
  { name: "graph", term: "graph [options]", description: "Print the supersede / amend / relates graph (Mermaid or Graphviz DOT)", load: () => import("./graph.js") },
  { name: "summary", term: "summary [options]", description: "Write a plain-language summary for stakeholders: what was decided, what it costs, risks, what needs attention", load: () => import("./summary.js") },
  { name: "review", term: "review [options]", description: "List assumptions and decisions due for review", load: () => import("./review.js") },
  { name: "migrate", term: "migrate [options]", description: "Convert a Nygard, MADR or log4brains log into adrkit format", load: () => import("./migrate.js") },
  { name: "export", term: "export [options]", description: "Export the log as a json-adr document", load: () => import("./export.js") },
  { name: "import", term: "import [options] <file>", description: "Write the decisions of a json-adr document as adrkit ADR files", load: () => import("./import.js") },
  // completion.ts registers both of these; the completion script is generated from every command, so it loads all.
  { name: "completion", term: "completion <shell>", description: "Print a shell completion script (bash, zsh or fish)", load: completion },
  { name: "__complete-numbers", term: "__complete-numbers [options]", description: "", hidden: true, load: completion },
];
