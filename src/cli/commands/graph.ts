// `adrkit graph`: the supersede / amend / relates graph as Mermaid or Graphviz DOT.
import type { Command } from "commander";
import { Option } from "commander";
import { asUsageErrors } from "../library-errors.js";
import { withRenderInput, loadDecisions, writeOutput } from "../render-input.js";

interface GraphCommandOptions {
  dir?: string;
  today?: string;
  format: "mermaid" | "dot";
  all?: boolean;
  output?: string;
}

export function register(program: Command): void {
  const command = program
    .command("graph")
    .description("Print the supersede / amend / relates graph (Mermaid or Graphviz DOT)")
    .addOption(new Option("-f, --format <format>", "graph syntax").choices(["mermaid", "dot"]).default("mermaid"))
    .option("--all", "include decisions that link to no other")
    .option("-o, --output <file>", "write to a file (atomically) instead of stdout");
  withRenderInput(command)
    .addHelpText("after", `
Examples:
  $ adrkit graph > decisions.mmd
  $ adrkit graph --format dot | dot -Tsvg > decisions.svg`)
    .action((options: GraphCommandOptions) => asUsageErrors(async () => {
      const decisions = await loadDecisions(options.dir);
      const { renderGraph } = await import("../../render/index.js");
      await writeOutput(renderGraph(decisions, options.format, { all: options.all }), options.output);
    }));
}
