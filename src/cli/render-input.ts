// What `log`, `graph`, `summary` and `review` share: finding the ADR folder, `--today`, loading, writing output.
import { resolve, relative, dirname, sep } from "node:path";
import type { Command } from "commander";
import type { Decision } from "../model/index.js";
import type { FileTask } from "../repo/pool.js";
import type { ParseOptions } from "../parse/limits.js";
import { UsageError } from "./errors.js";

export interface RenderInputOptions {
  dir?: string;
  today?: string;
}

/** Adds `--dir` and `--today`, which every render command takes so output is reproducible. */
export function withRenderInput(command: Command): Command {
  return command
    .option("--dir <folder>", "the folder holding the ADRs (default: from the config, or docs/adr, doc/adr, ...)")
    .option("--today <YYYY-MM-DD>", "the date to compare with (default: today, UTC), for reproducible output");
}

export function readToday(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today ${JSON.stringify(value)} is not a date; write it as YYYY-MM-DD`);
  }
  return value;
}

export function readDateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return readToday(value);
  } catch {
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date; write it as YYYY-MM-DD`);
  }
}

/**
 * Loads the decisions of the ADR folder: `--dir`, else the one the config, `.adr-dir` or `.log4brains.yml` names,
 * else a conventional one. Paths stay relative to the working directory, so links and JSON paths work from there.
 * Files that cannot be read are named on stderr and left out.
 */
export async function loadDecisions(dir: string | undefined): Promise<Decision[]> {
  return (await loadDecisionsWith(dir)).decisions;
}

/**
 * As `loadDecisions`, running `task` on each decision in the thread that parsed it; its results by decision.
 * `only` as in ParseOptions: a reader that needs only the reversibility skips the rest of the reasoning, and one
 * that never shows the word count skips counting.
 */
export async function loadDecisionsWith(
  dir: string | undefined,
  task?: FileTask,
  only?: Pick<ParseOptions, "reasoning" | "wordCount">,
): Promise<{ decisions: Decision[]; taskResults: Map<Decision, unknown> }> {
  // The two modules it needs, not the repo room's index: that would load the editing and numbering code too.
  const [{ loadConfig, resolveAdrDir }, { loadLog }] = await Promise.all([import("../repo/config.js"), import("../repo/load.js")]);
  const cwd = process.cwd();
  const loaded = await loadConfig(cwd);
  const found = await resolveAdrDir({ dir, cwd, loaded });
  if (!found.exists) {
    const named = found.from ? ` (named by ${relative(cwd, found.from) || found.from})` : "";
    throw new UsageError(`${relative(cwd, found.dir) || found.dir}: no ADR folder here${named}; pass --dir <folder holding your ADRs>`);
  }
  const { statuses, limits, parseTimeoutMs } = loaded.config;
  const log = await loadLog(found.dir, {
    root: cwd,
    parse: { statuses, limits: { ...limits, ...(parseTimeoutMs ? { parseTimeoutMs } : {}) }, ...only },
    task,
  });
  for (const failure of log.failures) {
    const message = failure.file.messages[0];
    process.stderr.write(`adrkit: ${failure.path}${message?.line ? `:${message.line}` : ""}: ${message?.reason ?? "cannot be read"} (left out)\n`);
  }
  return { decisions: log.decisions, taskResults: log.taskResults ?? new Map() };
}

/**
 * A link from `fromFile`'s folder (or the working directory) to a decision file, with forward slashes, so a
 * table written into README.md links to `docs/adr/0001-x.md` and one written into docs/adr/README.md to `0001-x.md`.
 */
export function linkFrom(fromFile: string | undefined): (decision: Decision) => string {
  const base = fromFile ? dirname(resolve(fromFile)) : process.cwd();
  return (decision) => {
    const rel = relative(base, resolve(process.cwd(), decision.path)).split(sep).join("/");
    return encodeURI(rel).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"));
  };
}

/**
 * writeOutput for a text in pieces (the HTML log, 6 MB at 1,000 ADRs): encoded and written as it goes, through
 * one reused buffer, never joined or encoded whole.
 */
export async function writeOutputPieces(pieces: readonly string[], out: string | undefined): Promise<void> {
  const { Utf8Chunks, writeTo } = await import("../render/utf8.js");
  const put = (sink: InstanceType<typeof Utf8Chunks>, write: (bytes: Uint8Array) => void) => {
    for (const piece of pieces) sink.put(piece);
    for (const chunk of sink.take()) write(chunk);
  };
  if (!out || out === "-") {
    put(new Utf8Chunks(writeTo(process.stdout)), (chunk) => process.stdout.write(chunk));
    return;
  }
  const { writeFileAtomicFrom } = await import("../repo/atomic.js");
  writeFileAtomicFrom(resolve(out), (write) =>
    put(
      new Utf8Chunks((chunk) => {
        write(chunk);
        return true;
      }),
      write,
    ),
  );
}

/** Writes text (or its UTF-8 bytes) to `-o FILE` atomically, or to stdout. */
export async function writeOutput(text: string | Uint8Array, out: string | undefined): Promise<void> {
  if (!out || out === "-") {
    process.stdout.write(text);
    return;
  }
  const { writeFileAtomic } = await import("../repo/atomic.js");
  await writeFileAtomic(resolve(out), text);
}
