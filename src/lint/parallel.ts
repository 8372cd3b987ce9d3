// Parses and lints many files: in the parse workers, or (a middling run) on this thread, keeping what a worker
// would send back.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { VFile } from "vfile";
import type { Decision } from "../model/index.js";
// The modules themselves, not the repo room's index, which would load the editing code (and YAML) too.
import { ParsePool, defaultConcurrency, pauseForPool } from "../repo/pool.js";
import { POOL_MIN_FILES, everyFileToPool } from "../repo/parse-many.js";
import { needsWorker } from "../repo/screen.js";
import { fileFailure, parseDecision, type ParseOptions } from "../parse/index.js";
import type { LoadFailure } from "./engine.js";
import { revive } from "./cache.js";
import type { LintMessage } from "./engine.js";
import { lintInWorker, type WorkerLintInput, type WorkerLintResult } from "./worker-task.js";
import { decisionFromFacts } from "./facts.js";

/** One file linted in a worker: its own findings and a stand-in Decision (its repository facts) for whole-log rules, or why it failed. */
export type PreparedFile = { decision: Decision; messages: LintMessage[] } | { failure: LoadFailure };

export interface PrepareOptions {
  input: WorkerLintInput;
  parse?: ParseOptions;
  concurrency?: number;
  parseTimeoutMs?: number;
  /** A pool already started with `startLintPool` (its workers loaded while the caller read files); the caller closes it. */
  pool?: ParsePool;
}

/**
 * Starts lint workers ahead of the files (all of them, or `count` at most): each loads the parser and the rules,
 * then waits for work.
 */
export function startLintPool(options: Pick<PrepareOptions, "concurrency" | "parseTimeoutMs" | "parse"> = {}, count?: number): ParsePool {
  return lintPool(options).start(count);
}

/** A pool of lint workers, none started yet: the pool starts one per queued file, up to its concurrency. */
function lintPool(options: Pick<PrepareOptions, "concurrency" | "parseTimeoutMs" | "parse">): ParsePool {
  return new ParsePool({
    concurrency: options.concurrency ?? defaultConcurrency(),
    parseTimeoutMs: options.parseTimeoutMs ?? options.parse?.limits?.parseTimeoutMs,
    preload: [workerTaskUrl()],
  });
}

type Source = { filePath: string; text: string };

/**
 * A small run: up to this many files, the lint command reads them once at start to find files that could stall
 * the parser and starts their workers before anything else (cli/commands/lint.ts), and this thread lets such a
 * worker start before it lints the plain files. On 2 cores the worker is then ready sooner (it shared the cores
 * with this thread's lint before), and since the budget's clock starts when the worker is ready, a stalling
 * file's run ends sooner: 100 ADRs and one stalling file with a 1 s budget, 1.46 s against 1.52 s (medians of 9
 * alternating runs; the plain 100 ADRs alone take 0.55 s; the bench's extra time for the file went from +1.01 s
 * to +0.89 s). These files lint well within a parse budget, so they still finish while the worker runs. A
 * larger run lints its plain files at once: waiting would only lengthen it.
 */
export const SMALL_RUN_MAX_FILES = 256;

/**
 * Lints `sources` in the workers or on this thread (see IN_PROCESS_MAX_FILES in repo/parse-many.ts), each file's findings and facts by
 * path. Null when nothing was linted here (a small run of plain files): the caller lints those on its own thread.
 */
export async function lintInWorkers(sources: readonly Source[], options: PrepareOptions): Promise<Map<string, PreparedFile> | null> {
  // A small run leaves plain files to the caller; a middling one (IN_PROCESS_MAX_FILES) lints them here, keeping
  // what the workers would send back. Files that could stall the parser always get a worker and its time budget.
  const pooled = everyFileToPool(sources.length, options.concurrency);
  const here = !pooled && sources.length >= POOL_MIN_FILES;
  let jobs: readonly Source[] = sources;
  const local: Source[] = [];
  if (!pooled) {
    jobs = sources.filter((s) => {
      if (needsWorker(s.text)) return true;
      if (here) local.push(s);
      return false;
    });
  }
  if (jobs.length === 0 && local.length === 0) return null;
  // Not started ahead: the pool spawns workers as files queue, so a lone file that could stall the parser (the
  // usual reason for a pool in a small run) gets one worker, not a second one beside it that only warms up.
  const pool = jobs.length > 0 ? options.pool ?? lintPool(options) : null;
  const prepared = new Map<string, PreparedFile>();
  try {
    const there = pool ? lintThere(pool, jobs, options, prepared) : null;
    if (pool && local.length > 0 && local.length <= SMALL_RUN_MAX_FILES) await pool.settled();
    await Promise.all([there, lintHere(local, options, prepared, pool !== null)]);
  } finally {
    if (pool && !options.pool) await pool.close();
  }
  return prepared;
}

async function lintThere(pool: ParsePool, jobs: readonly Source[], options: PrepareOptions, prepared: Map<string, PreparedFile>): Promise<void> {
  const task = { module: workerTaskUrl(), name: "lintInWorker", input: options.input };
  // Longest first: a file that runs to its time budget (or a merely long one) then overlaps with the others
  // instead of holding up the end of the run.
  const longestFirst = [...jobs].sort((a, b) => b.text.length - a.text.length);
  await Promise.all(
    longestFirst.map(async (s) => {
      // Only the findings and the few facts whole-log rules read come back: no tree, no Decision to clone.
      const result = await pool.run({ path: s.filePath, text: s.text, parse: options.parse, task, keep: "file" });
      const done = result.failed ? null : (result.taskResult as WorkerLintResult | undefined);
      if (done && Array.isArray(done.messages)) {
        prepared.set(s.filePath, preparedFrom(s.filePath, s.text, done));
      } else {
        const file = result.file.messages.some((m) => m.fatal) ? result.file : failedFile(s.filePath, s.text);
        prepared.set(s.filePath, { failure: { path: s.filePath, file } });
      }
    }),
  );
}

/**
 * Lints plain files on this thread as a worker would, keeping only findings and facts, not trees. While workers
 * run beside it, it pauses now and then (see pauseForPool).
 */
async function lintHere(sources: readonly Source[], options: PrepareOptions, prepared: Map<string, PreparedFile>, yielding: boolean): Promise<void> {
  const pause = pauseForPool();
  for (const s of sources) {
    prepared.set(s.filePath, lintOneHere(s, options));
    if (yielding) await pause();
  }
}

function lintOneHere(s: Source, options: PrepareOptions): PreparedFile {
  try {
    return preparedFrom(s.filePath, s.text, lintInWorker(parseDecision(s.text, s.filePath, options.parse), options.input));
  } catch {
    // As in a worker: an internal error fails this file, reported, not the run.
    return { failure: { path: s.filePath, file: failedFile(s.filePath, s.text) } };
  }
}

/**
 * A file the workers linted. Its Decision and findings are built when the run reads them, after the workers have
 * stopped: until then only the plain results the workers sent are held, so the workers' heaps and these objects
 * are never in memory at the same time.
 */
function preparedFrom(filePath: string, text: string, done: WorkerLintResult): PreparedFile {
  let built: { decision: Decision; messages: LintMessage[] } | undefined;
  let sent: WorkerLintResult | undefined = done;
  const build = () => {
    if (!built) {
      built = { decision: decisionFromFacts(filePath, text, sent!.facts), messages: sent!.messages.map(revive) };
      sent = undefined; // the plain copies are not needed once built
    }
    return built;
  };
  return {
    get decision() {
      return build().decision;
    },
    get messages() {
      return build().messages;
    },
  };
}

function workerTaskUrl(): string {
  const compiled = new URL("./worker-task.js", import.meta.url);
  // Under vitest this module runs as .ts, which a worker cannot import; `npm test` builds dist/ first.
  return existsSync(fileURLToPath(compiled)) ? compiled.href : new URL("../../dist/lint/worker-task.js", import.meta.url).href;
}

function failedFile(path: string, text: string): VFile {
  return fileFailure(path, "Internal error while linting this file", "parse/internal", { place: { line: 1, column: 1 }, text }).file;
}
