// `adrkit log`: the decision log as a Markdown table (optionally injected into a file), JSON, or one HTML page.
import type { Command } from "commander";
import { Option } from "commander";
import { UsageError, FindingsExit } from "../errors.js";
import { asUsageErrors } from "../library-errors.js";
import { withRenderInput, readToday, loadDecisions, loadDecisionsWith, linkFrom, writeOutput, writeOutputPieces } from "../render-input.js";
import type { Decision } from "../../model/index.js";
import type { FindingMessage, LogHtmlOptions } from "../../render/index.js";
import type { LogTaskInput, LogTaskResult } from "../../render/log-task.js";

interface LogOptions {
  dir?: string;
  today?: string;
  format: "markdown" | "json" | "html";
  output?: string;
  inject?: string;
  check?: boolean;
  withLint?: boolean;
  title?: string;
}

export function register(program: Command): void {
  const command = program
    .command("log")
    .description("Write the decision log: a Markdown index table, JSON, or one self-contained HTML page")
    .addOption(new Option("-f, --format <format>", "output format").choices(["markdown", "json", "html"]).default("markdown"))
    .option("-o, --output <file>", "write to a file (atomically) instead of stdout")
    .option("--inject <file>", "write the table between <!-- adrkit-log --> and <!-- adrkit-log-end --> in an existing file")
    .option("--check", "write nothing; exit 1 when the injected (or -o) log is stale, for CI")
    .option("--with-lint", "include lint findings for each decision (JSON)")
    .option("--title <text>", "page heading of the HTML log", "Decision log");
  withRenderInput(command)
    .addHelpText("after", `
Examples:
  $ adrkit log --inject README.md             keep the table in README.md current
  $ adrkit log --inject README.md --check     in CI: exit 1 when README.md's log is stale
  $ adrkit log --format html -o decisions.html
  $ adrkit log --format json --with-lint --dir docs/adr`)
    .action((options: LogOptions) => asUsageErrors(() => run(options)));
}

async function run(options: LogOptions): Promise<void> {
  if (options.inject && options.format !== "markdown") throw new UsageError("--inject writes the Markdown table; drop --format or use -o");
  if (options.inject && options.output) throw new UsageError("use either --inject FILE or -o FILE, not both");
  if (options.check && !options.inject && !options.output) throw new UsageError("--check compares with a file: add --inject FILE or -o FILE");
  if (options.withLint && options.format !== "json") throw new UsageError("--with-lint adds findings to the JSON log: add --format json");
  const today = readToday(options.today);
  const { decisions, body } = await load(options);
  // Each format loads its own renderer only: the render room's index would load every renderer's libraries.
  if (options.inject) {
    const [{ renderLogMarkdown }, { injectLog, InjectError }] = await Promise.all([import("../../render/log-markdown.js"), import("../../render/inject.js")]);
    const table = renderLogMarkdown(decisions, { href: linkFrom(options.inject) });
    let result;
    try {
      result = await injectLog(options.inject, table, { check: options.check });
    } catch (error) {
      if (error instanceof InjectError) throw new UsageError(error.message);
      throw error;
    }
    if (options.check && result.changed) {
      process.stderr.write(`${options.inject}: the decision log is stale; run \`adrkit log --inject ${options.inject}\` to update it\n`);
      throw new FindingsExit(1);
    }
    if (options.check) process.stderr.write(`${options.inject}: the decision log is up to date\n`);
    return;
  }
  let text: string | Uint8Array;
  if (options.format === "json") {
    const findings = options.withLint ? await lintFindings(decisions, today) : undefined;
    text = (await import("../../render/log-json.js")).renderLogJson(decisions, { findings });
  } else if (options.format === "html") {
    const pieces = (await import("../../render/log-html.js")).logHtmlPieces(decisions, { today, title: options.title, body });
    if (!options.check) return writeOutputPieces(pieces, options.output);
    const { Utf8Chunks } = await import("../../render/utf8.js");
    const bytes = new Utf8Chunks();
    for (const piece of pieces) bytes.put(piece);
    text = Buffer.concat(bytes.take());
  } else {
    text = (await import("../../render/log-markdown.js")).renderLogMarkdown(decisions, { href: linkFrom(options.output) });
  }
  if (options.check) {
    const { readFile } = await import("node:fs/promises");
    const current = await readFile(options.output!).catch(() => null);
    if (!current?.equals(typeof text === "string" ? Buffer.from(text, "utf8") : text)) {
      process.stderr.write(`${options.output}: the decision log is stale; run adrkit log again with -o ${options.output}\n`);
      throw new FindingsExit(1);
    }
    return;
  }
  await writeOutput(text, options.output);
}

/**
 * The JSON log reads whole decisions. The Markdown and HTML logs read only what `prepareLogEntry` keeps, so the
 * parse workers send back slim decisions, and for HTML each decision's body already rendered and sanitized there.
 */
async function load(options: LogOptions): Promise<{ decisions: Decision[]; body?: LogHtmlOptions["body"] }> {
  if (options.format === "json") return { decisions: await loadDecisions(options.dir) };
  const { logTaskUrl } = await import("../../render/task-url.js");
  const { loadTaskHere } = await import("../../repo/task.js");
  const task = logTaskUrl();
  // Files parsed on this thread run the task from this program's own copy of the module.
  loadTaskHere(task, () => import("../../render/log-task.js"));
  // Unguessable, so no text in an ADR can pass for a placeholder of the page.
  const nonce = options.format === "html" ? (await import("node:crypto")).randomBytes(8).toString("hex") : undefined;
  const input: LogTaskInput = { bodyNonce: nonce };
  // prepareLogEntry keeps only the reversibility of a decision's reasoning: the rest is not extracted at all, and
  // the words are not counted.
  const { decisions, taskResults } = await loadDecisionsWith(options.dir, { module: task, name: "prepareLogEntry", input }, { reasoning: "reversibility", wordCount: false });
  if (nonce === undefined) return { decisions };
  const { fillBody } = await import("../../render/log-body.js");
  return {
    decisions,
    body: (decision, log) => {
      const parts = (taskResults.get(decision) as LogTaskResult | undefined)?.body;
      if (!parts) throw new Error(`no body was rendered for ${decision.path}`);
      return fillBody(parts, nonce, decision, log);
    },
  };
}

type Findings = (decision: Decision) => readonly FindingMessage[];

/** Lints with the project's lint configuration (as `adrkit lint` finds it); the JSON log then carries the findings. */
async function lintFindings(decisions: Decision[], today: string): Promise<Findings> {
  const path = await import("node:path");
  const lint = await import("../../lint/index.js");
  const { loadConfig } = await import("../../repo/index.js");
  const cwd = process.cwd();
  try {
    const loaded = await loadConfig(cwd);
    const file = lint.lintConfigFromObject(loaded.path, loaded.config, loaded.root);
    const source = file.path ? path.relative(cwd, file.path) || file.path : "default configuration";
    const config = lint.resolveLintConfig(file.lint, { source, baseDir: file.dir });
    const byPath = new Map(lint.lint(decisions, config, { today }).map((r) => [r.filePath, r.messages]));
    return (decision) => byPath.get(decision.path) ?? [];
  } catch (error) {
    if (error instanceof lint.LintConfigError) throw new UsageError(error.message);
    throw error;
  }
}
