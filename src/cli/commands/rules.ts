// `adrkit rules`: the lint rule catalogue (id, default severity, fixable, description).
import type { Command } from "commander";

export function register(program: Command): void {
  program
    .command("rules")
    .description("Print the lint rule catalogue")
    .option("--json", "print the catalogue as JSON")
    .addHelpText("after", "\nExamples:\n  $ adrkit rules\n  $ adrkit rules --json | jq '.[] | select(.fixable)'")
    .action(async (flags: { json?: boolean }) => {
      const { RULES } = await import("../../lint/rules/index.js");
      const metas = [...RULES.values()].map((r) => r.meta);
      if (flags.json) {
        const catalogue = metas.map(({ id, type, description, severity, fixable, scope, url }) => ({ id, type, description, severity, fixable, scope, url }));
        process.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(...metas.map((m) => m.id.length));
      const lines = metas.map((m) => `${m.id.padEnd(idWidth)}  ${m.severity.padEnd(5)}  ${(m.fixable ? "fixable" : "").padEnd(7)}  ${m.description}`);
      process.stdout.write(`${"rule".padEnd(idWidth)}  ${"level"}  ${"fix".padEnd(7)}  description\n${lines.join("\n")}\n`);
    });
}
