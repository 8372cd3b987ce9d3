// Parses many ADR texts under one budget policy: plain files of a small run on the main thread, the rest in the worker pool.
import { VFile } from "vfile";
import type { Decision } from "../model/index.js";
import { DEFAULT_LIMITS, fileFailure, parseDecision, type Limits, type ParseOptions } from "../parse/index.js";
import { ParsePool, defaultConcurrency } from "./pool.js";
import { needsWorker } from "./screen.js";

/** Below this many files no worker pool is started for plain files: startup would cost more than it saves. */
export const POOL_MIN_FILES = 32;

export interface ParseManyOptions {
  parse?: ParseOptions;
  /** Limits over `parse.limits` (config `limits`). */
  limits?: Partial<Limits>;
  /** Parse worker threads (default: min(2, cores)); `--concurrency`, config `concurrency`. */
  concurrency?: number;
  /** Time budget for one file's parse, in ms; overrides `limits.parseTimeoutMs` (config `parseTimeoutMs`). */
  parseTimeoutMs?: number;
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
 * One run's parser. With `expected` files at or above POOL_MIN_FILES every file goes to the workers; below it,
 * only files that could stall micromark (see screen.ts) do, so one small ADR parses at once and a hostile one
 * still gets its time budget, whatever the concurrency. Call `close()` when done.
 */
export function createParser(expected: number, options: ParseManyOptions = {}) {
  const limits = effectiveLimits(options);
  const parseOptions: ParseOptions = { ...options.parse, limits };
  const everyFileInPool = expected >= POOL_MIN_FILES;
  let pool: ParsePool | undefined;
  return {
    limits,
    async parse(text: string, path: string): Promise<Decision | ParseFailure> {
      if (!everyFileInPool && !needsWorker(text)) return parseHere(text, path, parseOptions);
      pool ??= new ParsePool({ concurrency: options.concurrency ?? defaultConcurrency(), parseTimeoutMs: limits.parseTimeoutMs, maxParseMemoryMb: limits.maxParseMemoryMb });
      const result = await pool.run({ path, text, parse: parseOptions });
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

function parseHere(text: string, path: string, options: ParseOptions): Decision | ParseFailure {
  try {
    return parseDecision(text, path, options);
  } catch (error) {
    // The parser turns content problems into messages; reaching here is a bug, reported for this file only.
    const reason = `Internal error while parsing: ${error instanceof Error ? error.message : String(error)}`;
    return fileFailure(path, reason, "parse/internal", { place: { line: 1, column: 1 }, text });
  }
}
