// One lint run over files on disk: find ADRs, read, reuse cached findings, parse, lint, and fix in passes.
import { promises as fs } from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { parseDecision } from "../parse/index.js";
import { DEFAULT_LIMITS } from "../parse/limits.js";
import type { Decision } from "../model/index.js";
import { LintConfigError, type ResolvedLintConfig } from "./config.js";
import {
  addMessages, failureResult, finish, lintDecision, lintRepository, todayIso,
  type LintMessage, type LintOptions, type LintResult, type LoadFailure,
} from "./engine.js";
import { LintCache, hashText } from "./cache.js";
import { applyFixes } from "./fix.js";

export interface RunOptions extends Omit<LintOptions, "failures"> {
  /** Files and directories to lint. */
  paths: readonly string[];
  /** Directory that reported paths are relative to (the repository root). */
  root: string;
  config: ResolvedLintConfig;
  /** Cache file to read and update, or null for no cache. */
  cacheFile?: string | null;
  /** adrkit's version: part of the cache key. */
  version?: string;
  /** Compute fixed text for each fixable file (`--fix`, `--fix-dry-run`). */
  fix?: boolean;
  /** How many files are read at once. */
  concurrency?: number;
}

export interface FixedFile {
  /** Path relative to `root`. */
  filePath: string;
  before: string;
  after: string;
}

export interface RunOutcome {
  results: LintResult[];
  fixed: FixedFile[];
  /** The cache's new content, for the caller to write (atomically), or null without a cache. */
  cache: { file: string; text: string } | null;
}

const SKIPPED_NAMES = /^(readme|index|template|_template|adr-template)(\.[\w-]+)?\.md$|^\d{4}-template\.md$/i;
const MAX_FIX_PASSES = 10;

export async function runLint(options: RunOptions): Promise<RunOutcome> {
  const { root, config } = options;
  const today = options.today ?? todayIso();
  const lintOptions: LintOptions = { ...options, today };
  const files = (await collectFiles(options.paths, root)).filter((f) => !config.isIgnored(relativeTo(root, f)));
  const texts = await readAll(files, root, options.concurrency ?? 8);
  const cacheKey = JSON.stringify([options.version ?? "", config.hash, today, options.inlineConfig !== false, options.since?.ref ?? null]);
  const cache = options.cacheFile ? LintCache.load(options.cacheFile, hashText(cacheKey)) : null;

  const loaded = [...texts.entries()];
  const failures = loaded.flatMap(([, v]) => ("failure" in v ? [v.failure] : []));
  const sources = loaded.flatMap(([filePath, v]) => ("text" in v ? [{ filePath, text: v.text, hash: hashText(v.text) }] : []));
  const repositoryHash = hashText(JSON.stringify(sources.map((s) => [s.filePath, s.hash])));
  const cachedRepository = options.fix ? null : cache?.getRepository(repositoryHash) ?? null;

  // With every file unchanged, nothing needs parsing; otherwise repository rules need the whole log.
  const decisions = new Map<string, Decision>();
  const results: LintResult[] = [];
  const needParse = sources.filter((s) => cachedRepository === null || options.fix || cache?.getFile(s.filePath, s.hash) === null);
  for (const s of needParse) {
    const parsed = parseSafely(s.text, s.filePath, config);
    if ("failure" in parsed) failures.push(parsed.failure);
    else decisions.set(s.filePath, parsed.decision);
  }
  const repository = cachedRepository ?? byPath(lintRepository([...decisions.values()], config, lintOptions));
  for (const s of sources) {
    const decision = decisions.get(s.filePath);
    const cached = options.fix ? null : cache?.getFile(s.filePath, s.hash) ?? null;
    if (!decision && !cached) continue; // failed to parse: reported below
    const own = cached
      ? finish({ filePath: s.filePath, file: new VFile({ path: s.filePath, value: s.text }), messages: cached })
      : lintDecision(decision!, config, lintOptions);
    cache?.setFile(s.filePath, s.hash, own.messages);
    results.push(addMessages({ ...own, decision }, repository.get(s.filePath) ?? []));
  }
  cache?.setRepository(repositoryHash, repository);
  cache?.keepOnly(sources.map((s) => s.filePath));
  results.push(...failures.map(failureResult));
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  const outcome: RunOutcome = { results, fixed: [], cache: cache && options.cacheFile ? { file: options.cacheFile, text: cache.serialize() } : null };
  if (options.fix) return fixInPasses(outcome, decisions, config, lintOptions);
  return outcome;
}

/** Applies fixes, re-parses what changed and lints again, until nothing is left to fix (at most 10 passes). */
function fixInPasses(outcome: RunOutcome, decisions: Map<string, Decision>, config: ResolvedLintConfig, lintOptions: LintOptions): RunOutcome {
  const original = new Map<string, string>();
  let results = outcome.results;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    for (const result of results) {
      const fixable = result.messages.filter((m) => m.fix?.length);
      if (!result.decision || fixable.length === 0) continue;
      const before = String(result.file.value);
      const { output } = applyFixes(before, fixable);
      if (output === before) continue;
      if (!original.has(result.filePath)) original.set(result.filePath, before);
      const parsed = parseSafely(output, result.filePath, config);
      if ("failure" in parsed) continue; // a fix that breaks parsing is dropped
      decisions.set(result.filePath, parsed.decision);
      changed = true;
    }
    if (!changed) break;
    const all = [...decisions.values()];
    const repository = byPath(lintRepository(all, config, lintOptions));
    const failures = results.filter((r) => !r.decision);
    results = [...all.map((d) => addMessages(lintDecision(d, config, lintOptions), repository.get(d.path) ?? [])), ...failures];
    results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  }
  const fixed: FixedFile[] = [];
  for (const result of results) {
    const before = original.get(result.filePath);
    const after = String(result.file.value);
    if (before !== undefined && before !== after) {
      result.output = after;
      fixed.push({ filePath: result.filePath, before, after });
    }
  }
  return { ...outcome, results, fixed };
}

function parseSafely(text: string, filePath: string, config: ResolvedLintConfig): { decision: Decision } | { failure: LoadFailure } {
  try {
    return { decision: parseDecision(text, filePath, { statuses: config.statuses }) };
  } catch (error) {
    return { failure: failed(filePath, text, `cannot parse: ${error instanceof Error ? error.message : String(error)}`) };
  }
}

function failed(filePath: string, text: string, reason: string): LoadFailure {
  const file = new VFile({ path: filePath, value: text });
  const message = file.message(reason, { place: { line: 1, column: 1 }, ruleId: "parse/read", source: "adrkit" });
  message.fatal = true;
  return { path: filePath, file };
}

function byPath(found: Map<Decision, LintMessage[]>): Map<string, LintMessage[]> {
  return new Map([...found].map(([d, messages]) => [d.path, messages]));
}

/** Files named on the command line are linted as given; directories are searched for ADR Markdown files. */
export async function collectFiles(paths: readonly string[], root: string): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(root, given);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat) throw new LintConfigError(`${given}: no such file or directory`);
    if (stat.isFile()) found.add(absolute);
    else if (stat.isDirectory()) for (const file of await walk(absolute)) found.add(file);
  }
  return [...found].sort();
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    // Symlinks are never followed: they could lead out of the ADR directory.
    if (entry.isSymbolicLink() || entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && /\.md$/i.test(entry.name) && !SKIPPED_NAMES.test(entry.name)) files.push(full);
  }
  return files;
}

type Loaded = { text: string } | { failure: LoadFailure };

async function readAll(files: readonly string[], root: string, concurrency: number): Promise<Map<string, Loaded>> {
  const loaded = new Map<string, Loaded>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      const filePath = relativeTo(root, file);
      loaded.set(filePath, await readOne(file, filePath));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  return new Map([...loaded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function readOne(file: string, filePath: string): Promise<Loaded> {
  try {
    const handle = await fs.open(file, "r");
    try {
      const { size } = await handle.stat();
      if (size > DEFAULT_LIMITS.maxFileBytes) {
        return { failure: failed(filePath, "", `file is ${size} bytes, over the ${DEFAULT_LIMITS.maxFileBytes}-byte limit`) };
      }
      return { text: await handle.readFile("utf8") };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { failure: failed(filePath, "", `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`) };
  }
}

export function relativeTo(root: string, file: string): string {
  const relative = path.relative(root, file);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}
