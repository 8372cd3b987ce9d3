// Parses many ADR texts under one budget policy: plain files of a small run on the main thread, the rest in the worker pool.
import { VFile } from "vfile";
import type { Decision } from "../model/index.js";
// Not the parser itself: a run whose files all go to the workers need not load it on this thread (see parseHere).
import { DEFAULT_LIMITS, type Limits, type ParseOptions } from "../parse/limits.js";
import { fileFailure } from "../parse/failure.js";
import { ParsePool, defaultConcurrency, pauseForPool, type FileTask } from "./pool.js";
import { taskFunction } from "./task.js";
import { needsWorker } from "./screen.js";

/** Below this many files no worker pool is started for plain files: startup would cost more than it saves. */
export const POOL_MIN_FILES = 32;

/**
 * Up to this many files, and unless a concurrency is set, plain files are parsed on this thread too: starting
 * workers and warming up a parser (and the rules or renderers) in each cost more than the workers save. On 2
 * cores, at 1,000 ADRs: `adrkit lint` 2.2-2.4 s here against 2.8-3.4 s in two workers, `log --format html` 2.0 s
 * against 2.8 s, `log --format markdown` 1.4 s against 2.0 s. At 10,000 this thread was no faster for lint
 * (12.3 s against 11.8 s) and held 514 MB against 283 MB. Files that could stall the parser still go to a
 * worker and its time budget.
 */
export const IN_PROCESS_MAX_FILES = 2000;

/** Whether a run of `files` files parses its plain files on the caller's thread (see IN_PROCESS_MAX_FILES). */
export function parsesInProcess(files: number, concurrency: number | undefined): boolean {
  return concurrency === undefined && files <= IN_PROCESS_MAX_FILES;
}

/**
 * Whether a run of `files` files sends every file to the worker pool. Otherwise only files that could stall the
 * parser (screen.ts) go there, and plain files are parsed on the caller's thread. Lint and the log loader share it.
 */
export function everyFileToPool(files: number, concurrency: number | undefined): boolean {
  return files >= POOL_MIN_FILES && !parsesInProcess(files, concurrency);
}

export interface ParseManyOptions {
  parse?: ParseOptions;
  /** Limits over `parse.limits` (config `limits`). */
  limits?: Partial<Limits>;
  /** Parse worker threads (default: min(2, cores)); `--concurrency`, config `concurrency`. */
  concurrency?: number;
  /** Time budget for one file's parse, in ms; overrides `limits.parseTimeoutMs` (config `parseTimeoutMs`). */
  parseTimeoutMs?: number;
  /**
   * A function run on each Decision right after its parse, in the thread that parsed it (it may slim the Decision
   * before it is sent back); its results are kept by Decision in the parser's `taskResults`.
   */
  task?: FileTask;
}

/** A file that could not be parsed (time or memory budget, internal error); `file.messages` holds one fatal message. */
export interface ParseFailure {
  path: string;
  file: VFile;
}

export function effectiveLimits(options: ParseManyOptions): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.parse?.limits, ...options.limits };
  if (options.parseTimeoutMs !== undefined) limits.parseTimeoutMs = options.parseTimeoutMs;
  return limits;
}

/**
 * One run's parser. Below POOL_MIN_FILES files, or up to IN_PROCESS_MAX_FILES with no concurrency set, only
 * files that could stall the parser (see screen.ts) go to the workers, so plain ADRs parse at once and a hostile
 * one still gets its time budget; otherwise every file does. Call `close()` when done.
 */
export function createParser(expected: number, options: ParseManyOptions = {}) {
  const limits = effectiveLimits(options);
  const parseOptions: ParseOptions = { ...options.parse, limits };
  const everyFileInPool = everyFileToPool(expected, options.concurrency);
  const { task } = options;
  const newPool = () => new ParsePool({
    concurrency: options.concurrency ?? defaultConcurrency(),
    parseTimeoutMs: limits.parseTimeoutMs,
    maxParseMemoryMb: limits.maxParseMemoryMb,
    preload: task ? [task.module] : undefined,
  });
  // A large run starts every worker now, so they load the parser while this thread reads the files.
  let pool: ParsePool | undefined = everyFileInPool ? newPool().start() : undefined;
  const taskResults = new Map<Decision, unknown>();
  // Files parsed here go one after another, pausing now and then while workers run (see pauseForPool).
  let here: Promise<unknown> = Promise.resolve();
  const pause = pauseForPool();
  const parseHereInTurn = (text: string, path: string): Promise<Decision | ParseFailure> => {
    const turn = here.then(async () => {
      if (pool) await pause();
      const outcome = await parseHere(text, path, parseOptions);
      return task && isDecision(outcome) ? runTaskHere(task, outcome, text, taskResults) : outcome;
    });
    here = turn.catch(() => undefined);
    return turn;
  };
  return {
    limits,
    taskResults,
    async parse(text: string, path: string): Promise<Decision | ParseFailure> {
      if (!everyFileInPool && !needsWorker(text)) return parseHereInTurn(text, path);
      pool ??= newPool();
      const result = await pool.run({ path, text, parse: parseOptions, task });
      if (task && result.decision) taskResults.set(result.decision, result.taskResult);
      return result.decision ?? { path, file: result.file };
    },
    async close(): Promise<void> {
      await pool?.close();
    },
  };
}

/** Parses texts already read (e.g. the lint runner's sources), in order, under the same budgets as loadLog. */
export async function parseTexts(sources: ReadonlyArray<{ path: string; text: string }>, options: ParseManyOptions = {}): Promise<Array<Decision | ParseFailure>> {
  const parser = createParser(sources.length, options);
  try {
    return await Promise.all(sources.map((s) => parser.parse(s.text, s.path)));
  } finally {
    await parser.close();
  }
}

export function isDecision(outcome: Decision | ParseFailure): outcome is Decision {
  return "tree" in outcome;
}

let parser: Promise<typeof import("../parse/decision.js")> | undefined;

async function parseHere(text: string, path: string, options: ParseOptions): Promise<Decision | ParseFailure> {
  const { parseDecision } = await (parser ??= import("../parse/decision.js"));
  try {
    return parseDecision(text, path, options);
  } catch (error) {
    // The parser turns content problems into messages; reaching here is a bug, reported for this file only.
    const reason = `Internal error while parsing: ${error instanceof Error ? error.message : String(error)}`;
    return fileFailure(path, reason, "parse/internal", { place: { line: 1, column: 1 }, text });
  }
}

async function runTaskHere(task: FileTask, decision: Decision, text: string, results: Map<Decision, unknown>): Promise<Decision | ParseFailure> {
  try {
    const fn = await taskFunction(task);
    results.set(decision, await fn(decision, task.input));
    return decision;
  } catch (error) {
    // As in a worker: a failing task fails this file, reported, not the run.
    const reason = `Checking the file failed: ${error instanceof Error ? error.message : String(error)}`;
    return fileFailure(decision.path, reason, "parse/internal", { place: { line: 1, column: 1 }, text });
  }
}
