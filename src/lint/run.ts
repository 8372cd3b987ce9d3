// One lint run over ADR texts already read: reuse cached findings, parse, lint, and fix in passes.
import path from "node:path";
import { VFile } from "vfile";
import { fileFailure, parseDecision } from "../parse/index.js";
import type { Decision } from "../model/index.js";
import { LintConfigError, type ResolvedLintConfig } from "./config.js";
import {
  addMessages, failureResult, finish, lintDecision, lintRepository, todayIso,
  type LintMessage, type LintOptions, type LintResult, type LoadFailure,
} from "./engine.js";
import { LintCache, hashText } from "./cache.js";
import { applyFixes } from "./fix.js";
import type { PreparedFile } from "./parallel.js";

/** An ADR file's text, read by the caller (the repo room's loader), with its path relative to the repository root. */
export interface SourceFile {
  filePath: string;
  text: string;
  /** The log the file belongs to (the directory it was found in): repository rules compare files of one log only. */
  log?: string;
  /**
   * Read only so that whole-log rules see the rest of the log (a named file's siblings): not linted, not reported.
   * `adrkit lint docs/adr/0007-x.md` must not call its link to 0003 broken because 0003 was not named.
   */
  context?: boolean;
}

export interface RunOptions extends LintOptions {
  sources: readonly SourceFile[];
  config: ResolvedLintConfig;
  /** Cache file to read and update, or null for no cache. */
  cacheFile?: string | null;
  /** adrkit's version: part of the cache key. */
  version?: string;
  /** Compute fixed text for each fixable file (`--fix`, `--fix-dry-run`). */
  fix?: boolean;
  /** Files already parsed and linted in workers (see parallel.ts): their findings are used as they are. */
  prepared?: ReadonlyMap<string, PreparedFile> | null;
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

const MAX_FIX_PASSES = 10;

export function runLint(options: RunOptions): RunOutcome {
  const { config } = options;
  const today = options.today ?? todayIso();
  const lintOptions: LintOptions = { today, inlineConfig: options.inlineConfig, since: options.since };
  const cacheKey = JSON.stringify([options.version ?? "", config.hash, today, options.inlineConfig !== false, sinceKey(options.since)]);
  const cache = options.cacheFile ? LintCache.load(options.cacheFile, hashText(cacheKey)) : null;

  const failures = (options.failures ?? []).filter((f) => !config.isIgnored(f.path));
  const sources = options.sources
    .filter((s) => !config.isIgnored(s.filePath))
    .map((s) => ({ ...s, hash: hashText(s.text) }))
    .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const repositoryHash = hashText(JSON.stringify(sources.map((s) => [s.filePath, s.hash])));
  const cachedRepository = options.fix ? null : cache?.getRepository(repositoryHash) ?? null;

  // With every file unchanged, nothing needs parsing; otherwise repository rules need the whole log.
  const decisions = new Map<string, Decision>();
  const results: LintResult[] = [];
  const needParse = sources.filter((s) => cachedRepository === null || options.fix || cache?.getFile(s.filePath, s.hash) === null);
  for (const s of needParse) {
    const ready = options.prepared?.get(s.filePath);
    const parsed = ready ? ("failure" in ready ? ready : { decision: ready.decision }) : parseSafely(s.text, s.filePath, config);
    if ("failure" in parsed) failures.push(parsed.failure);
    else decisions.set(s.filePath, parsed.decision);
  }
  const repository = cachedRepository ?? byPath(lintLogs(sources, decisions, config, lintOptions));
  for (const s of sources) {
    if (s.context) continue;
    const decision = decisions.get(s.filePath);
    const cached = options.fix ? null : cache?.getFile(s.filePath, s.hash) ?? null;
    if (!decision && !cached) continue; // failed to parse: reported below
    const ready = options.prepared?.get(s.filePath);
    const done = cached ?? (ready && "messages" in ready ? ready.messages : null);
    const own = done
      ? finish({ filePath: s.filePath, file: new VFile({ path: s.filePath, value: s.text }), messages: done })
      : lintDecision(decision!, config, lintOptions);
    cache?.setFile(s.filePath, s.hash, own.messages);
    results.push(addMessages({ ...own, decision }, repository.get(s.filePath) ?? []));
  }
  cache?.setRepository(repositoryHash, repository);
  cache?.keepOnly(sources.map((s) => s.filePath));
  results.push(...failures.map(failureResult));
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  const outcome: RunOutcome = { results, fixed: [], cache: cache && options.cacheFile ? { file: options.cacheFile, text: cache.serialize() } : null };
  if (options.fix) {
    const context = new Set(sources.filter((s) => s.context).map((s) => s.filePath));
    return fixInPasses(outcome, decisions, config, lintOptions, context);
  }
  return outcome;
}

/** Applies fixes, re-parses what changed and lints again, until nothing is left to fix (at most 10 passes). */
function fixInPasses(
  outcome: RunOutcome,
  decisions: Map<string, Decision>,
  config: ResolvedLintConfig,
  lintOptions: LintOptions,
  context: ReadonlySet<string>,
): RunOutcome {
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
    const linted = all.filter((d) => !context.has(d.path));
    results = [...linted.map((d) => addMessages(lintDecision(d, config, lintOptions), repository.get(d.path) ?? [])), ...failures];
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

function sinceKey(since: LintOptions["since"]): string | null {
  if (!since) return null;
  return "commit" in since && typeof since.commit === "string" ? since.commit : since.ref;
}

function parseSafely(text: string, filePath: string, config: ResolvedLintConfig): { decision: Decision } | { failure: LoadFailure } {
  try {
    return { decision: parseDecision(text, filePath, { statuses: config.statuses }) };
  } catch (error) {
    return { failure: failed(filePath, text, `cannot parse: ${error instanceof Error ? error.message : String(error)}`) };
  }
}

function failed(filePath: string, text: string, reason: string): LoadFailure {
  return fileFailure(filePath, reason, "parse/read", { place: { line: 1, column: 1 }, text });
}

function byPath(found: Map<Decision, LintMessage[]>): Map<string, LintMessage[]> {
  return new Map([...found].map(([d, messages]) => [d.path, messages]));
}

export function relativeTo(root: string, file: string): string {
  const relative = path.relative(root, file);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}

/** Repository rules run once per log, so two logs linted together do not share numbers or links. */
function lintLogs(
  sources: readonly SourceFile[],
  decisions: ReadonlyMap<string, Decision>,
  config: ResolvedLintConfig,
  options: LintOptions,
): Map<Decision, LintMessage[]> {
  const logs = new Map<string, Decision[]>();
  for (const s of sources) {
    const decision = decisions.get(s.filePath);
    if (!decision) continue;
    const key = s.log ?? "";
    logs.set(key, [...(logs.get(key) ?? []), decision]);
  }
  const found = new Map<Decision, LintMessage[]>();
  for (const group of logs.values()) for (const [decision, messages] of lintRepository(group, config, options)) found.set(decision, messages);
  return found;
}
