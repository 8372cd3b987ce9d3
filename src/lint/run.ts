// One lint run over ADR texts already read: reuse cached findings, parse, lint, and fix in passes.
import { createHash } from "node:crypto";
import path from "node:path";
import { VFile } from "vfile";
import { fileFailure, parseDecision } from "../parse/index.js";
import type { Decision } from "../model/index.js";
import { LintConfigError, type ResolvedLintConfig } from "./config.js";
import {
  FINDINGS, addMessages, failureResult, finish, lintDecision, lintRepository, todayIso,
  type FindingsView, type LintMessage, type LintOptions, type LintResult, type LoadFailure,
} from "./engine.js";
import { LintCache, MergedFindings, PackedFindings, hashText, type CachedFindings, type StoredCache } from "./cache.js";
import { decisionFromFacts, factsKey, factsOf } from "./facts.js";
import { settleContext, type Sibling } from "./context.js";
import { applyFixes } from "./fix.js";
import type { PreparedFile } from "./parallel.js";

/** An ADR file's text, read by the caller (the repo room's loader), with its path relative to the repository root. */
export interface SourceFile {
  filePath: string;
  /**
   * The file's text. It may be a getter that reads the file when first asked (the CLI's `--cache-strategy
   * metadata` for files whose stat vouches for their `hash`): the runner reads it only for files it lints,
   * parses, or fixes, or for a fix a whole-log rule offers on it.
   */
  text: string;
  /** The log the file belongs to (the directory it was found in): repository rules compare files of one log only. */
  log?: string;
  /**
   * Read only so that whole-log rules see the rest of the log (a named file's siblings): not linted, not reported.
   * `adrkit lint docs/adr/0007-x.md` must not call its link to 0003 broken because 0003 was not named.
   */
  context?: boolean;
  /** SHA-256 (hex) of the text's UTF-8, when the reader computed it from the bytes; otherwise computed here. */
  hash?: string;
  /** The stat signature the cache records with the hash (cache.ts `statSignature`); absent for a file too recent. */
  stat?: string;
}

export interface RunOptions extends LintOptions {
  sources: readonly SourceFile[];
  config: ResolvedLintConfig;
  /** Cache file to read and update, or null for no cache. */
  cacheFile?: string | null;
  /** That file as the caller already read it (`readCacheFile`), so that it is not read twice. */
  cacheStored?: StoredCache | null;
  /** adrkit's version: part of the cache key. */
  version?: string;
  /** Compute fixed text for each fixable file (`--fix`, `--fix-dry-run`). */
  fix?: boolean;
  /**
   * True for a text that could stall the parser (the CLI passes the repo room's `needsWorker`): a context sibling
   * like that is not parsed on this thread, where no time budget guards it. Files being linted go to workers.
   */
  risky?: (text: string) => boolean;
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
  /**
   * The cache's new content, for the caller to write (atomically), or null without a cache or a change to it. It
   * comes in `parts` (`text` joins them): 10,000 ADRs make a cache of 10 MB, 19 MB as one string in memory.
   */
  cache: { file: string; parts: ReadonlyArray<string | Uint8Array>; readonly text: string } | null;
  /** Files parsed in this run (here or in workers), sorted: what the cache and the context rules did not spare. */
  parsed: string[];
}

const MAX_FIX_PASSES = 10;
/** Changes whenever what the cache holds changes shape. */
const CACHE_FORMAT = "facts-1";

type Hashed = SourceFile & { hash: string };

/** What a run will reuse and what it must parse: made before the parse so that the caller can parse in workers. */
export interface LintPlan {
  cache: LintCache | null;
  sources: Hashed[];
  failures: LoadFailure[];
  /** Files to lint whose findings or facts are not in the cache: the files worth sending to workers. */
  toParse: SourceFile[];
}

export function planLint(options: RunOptions): LintPlan {
  const { config } = options;
  const today = options.today ?? todayIso();
  const cacheKey = JSON.stringify([CACHE_FORMAT, options.version ?? "", config.hash, today, options.inlineConfig !== false, sinceKey(options.since)]);
  const key = hashText(cacheKey);
  const cache = !options.cacheFile ? null : options.cacheStored !== undefined ? LintCache.from(options.cacheStored, options.cacheFile, key) : LintCache.load(options.cacheFile, key);
  const failures = (options.failures ?? []).filter((f) => !config.isIgnored(f.path));
  const sources = options.sources
    .filter((s) => !config.isIgnored(s.filePath))
    // Hashes serve only the cache: a one-file run reads its siblings and need not hash them. A source that has
    // one is kept as it is: a copy would read a text that may not have been read yet.
    .map((s): Hashed => (s.hash !== undefined ? (s as Hashed) : { ...s, hash: cache ? hashText(s.text) : "" }))
    .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  if (cache) for (const s of sources) cache.setStat(s.filePath, s.hash, s.stat);
  const toParse = options.fix ? sources : sources.filter((s) => !s.context && !(cache?.has(s.filePath, s.hash) ?? false));
  return { cache, sources, failures, toParse };
}

export function runLint(options: RunOptions, plan: LintPlan = planLint(options)): RunOutcome {
  const { config } = options;
  const today = options.today ?? todayIso();
  const lintOptions: LintOptions = { today, inlineConfig: options.inlineConfig, since: options.since };
  const { cache, sources } = plan;
  const failures = [...plan.failures];
  if (options.fix) return lintAndFix(options, plan, lintOptions);

  // Each linted file: its own findings (cached, from a worker, or linted here), and what whole-log rules would
  // read of it: a Decision for a file parsed in this run, a facts key for every file the cache has facts of.
  const own = new Map<string, LintMessage[] | PackedFindings>();
  const linted = new Map<string, Decision>();
  const keys = new Map<string, string>();
  const parsedHere = new Set<string>();
  for (const s of sources) {
    const known = cache?.getFactsKey(s.filePath, s.hash);
    if (known !== undefined) keys.set(s.filePath, known);
    if (s.context) continue;
    const cached = known === undefined ? null : cache!.getFindings(s.filePath, s.hash);
    if (cached) {
      own.set(s.filePath, cached);
      continue;
    }
    const parsed: PreparedFile | { decision: Decision } = options.prepared?.get(s.filePath) ?? parseSafely(s.text, s.filePath, config);
    parsedHere.add(s.filePath);
    if ("failure" in parsed) {
      failures.push(parsed.failure);
      keys.delete(s.filePath);
      continue;
    }
    const messages: LintMessage[] = "messages" in parsed ? (parsed as { messages: LintMessage[] }).messages : lintDecision(parsed.decision, config, lintOptions).messages;
    own.set(s.filePath, messages);
    linted.set(s.filePath, parsed.decision);
    const facts = factsOf(parsed.decision);
    const key = factsKey(facts, s.text);
    keys.set(s.filePath, key);
    cache?.setFile(s.filePath, s.hash, messages, facts, key, s.stat);
  }

  // Whole-log findings are reused while nothing they read has changed: an edit to a file's prose alone keeps them.
  const reused = cache?.getRepositoryFindings(repositoryKey(sources, keys)) ?? null;
  const fresh = reused ? null : lintWholeLog(options, cache, sources, { own, linted, parsedHere }, lintOptions);
  const repository: ReadonlyMap<string, LintMessage[] | PackedFindings> = reused ?? fresh!;

  const results: LintResult[] = [];
  for (const s of sources) {
    const found = own.get(s.filePath);
    if (s.context || !found) continue;
    const wholeLog = repository.get(s.filePath);
    const cached = allCached(found, wholeLog);
    if (cached) {
      results.push(new CachedResult(s, cached));
      continue;
    }
    const messages = found instanceof PackedFindings ? found.messages(s.filePath) : found;
    const more = wholeLog instanceof PackedFindings ? wholeLog.messages(s.filePath) : (wholeLog ?? []);
    results.push(finish({ filePath: s.filePath, file: sourceFile(s), messages: [...messages, ...more], decision: linted.get(s.filePath) }));
  }
  // Keyed again: siblings parsed as context just now have facts keys from here on.
  if (cache && fresh) cache.setRepository(repositoryKey(sources, keysOf(cache, sources)), fresh);
  cache?.keepOnly(sources.map((s) => s.filePath));
  results.push(...failures.map(failureResult));
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { results, fixed: [], cache: cacheOutcome(cache, options), parsed: [...parsedHere].sort() };
}

/**
 * What the whole-log findings of a run depend on, as one hash: each file's path, log and role, and its facts
 * key, or its content hash where the cache has no facts of it (a failed file, a sibling never parsed).
 */
function repositoryKey(sources: readonly Hashed[], keys: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  // One JSON array per file, so that no path or log name can run into the next field.
  for (const s of sources) hash.update(JSON.stringify([s.filePath, s.log ?? "", s.context === true, keys.get(s.filePath) ?? `text:${s.hash}`]));
  return hash.digest("hex");
}

function keysOf(cache: LintCache, sources: readonly Hashed[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const s of sources) {
    const key = cache.getFactsKey(s.filePath, s.hash);
    if (key !== undefined) keys.set(s.filePath, key);
  }
  return keys;
}

/**
 * Runs the whole-log rules: on the Decisions of files parsed in this run and on stand-ins made from the cached
 * facts of the rest; context siblings the cache knows nothing of are parsed as the rules need them.
 */
function lintWholeLog(
  options: RunOptions,
  cache: LintCache | null,
  sources: readonly Hashed[],
  run: { own: ReadonlyMap<string, unknown>; linted: ReadonlyMap<string, Decision>; parsedHere: Set<string> },
  lintOptions: LintOptions,
): Map<string, LintMessage[]> {
  const { config } = options;
  const parse = (s: Hashed): Decision | null => {
    const parsed = parseSafely(s.text, s.filePath, config);
    run.parsedHere.add(s.filePath);
    if ("failure" in parsed) return null;
    const facts = factsOf(parsed.decision);
    cache?.setFile(s.filePath, s.hash, null, facts, factsKey(facts, s.text), s.stat);
    return parsed.decision;
  };
  const known = new Map<string, Decision>();
  for (const s of sources) {
    const decision = run.linted.get(s.filePath);
    const facts = decision ? null : cache?.getFacts(s.filePath, s.hash);
    if (decision) known.set(s.filePath, decision);
    else if (facts) known.set(s.filePath, decisionFromFacts(s.filePath, () => s.text, facts));
    else if (!s.context && run.own.has(s.filePath)) {
      // Findings from the cache, facts lost (a damaged facts line): parsed again for the whole-log rules.
      const parsed = parse(s);
      if (parsed) known.set(s.filePath, parsed);
    }
  }
  const parseContext = (sibling: Sibling): Decision | null => (options.risky?.(sibling.text) ? null : parse(sibling as Hashed));
  const logs = new Map<string, Hashed[]>();
  for (const s of sources) {
    const group = logs.get(s.log ?? "");
    if (group) group.push(s);
    else logs.set(s.log ?? "", [s]);
  }
  const found = new Map<Decision, LintMessage[]>();
  for (const group of logs.values()) {
    const seeds = group.filter((s) => !s.context).map((s) => s.filePath);
    const decisions = group.some((s) => s.context && !known.has(s.filePath))
      ? settleContext(group, seeds, known, parseContext)
      : group.flatMap((s) => known.get(s.filePath) ?? []);
    for (const [decision, messages] of lintRepository(decisions, config, lintOptions)) found.set(decision, messages);
  }
  return byPath(found);
}

/**
 * The result's VFile. Its `value` reads the source's text only when asked: a file whose findings all came from
 * the cache may never have been read (see SourceFile.text), and no formatter reads it.
 */
function sourceFile(s: SourceFile): VFile {
  const file = new VFile({ path: s.filePath });
  let value: VFile["value"] | undefined;
  Object.defineProperty(file, "value", {
    configurable: true,
    enumerable: true,
    get: () => (value ??= s.text),
    set: (next: VFile["value"]) => {
      value = next;
    },
  });
  return file;
}

/**
 * A file's findings when all of them come from the cache, in order: its result's messages are then built only if
 * read. Null when any was found in this run, or a list is out of order (`finish` sorts it).
 */
function allCached(own: LintMessage[] | PackedFindings, wholeLog: LintMessage[] | PackedFindings | undefined): CachedFindings | null {
  if (!(own instanceof PackedFindings)) return null;
  if (wholeLog === undefined || wholeLog.length === 0) return own.inPlaceOrder() ? own : null;
  return wholeLog instanceof PackedFindings ? MergedFindings.of(own, wholeLog) : null;
}

/**
 * The result of a file whose findings all come from the cache, as `finish` would make it, except that its messages
 * and its VFile are built when first read. A stylish report reads the findings through FINDINGS instead: a cached
 * run over 10,000 ADRs then never builds their ~40,000 messages. `file` and `messages` are own, enumerable
 * accessors, so the result spreads and serialises as a plain one does.
 */
class CachedResult implements LintResult {
  declare filePath: string;
  declare file: VFile;
  declare messages: LintMessage[];
  declare errorCount: number;
  declare warningCount: number;
  declare fixableErrorCount: number;
  declare fixableWarningCount: number;
  #source: SourceFile;
  #findings: CachedFindings;
  #messages: LintMessage[] | undefined;
  #file: VFile | undefined;

  constructor(source: SourceFile, findings: CachedFindings) {
    this.#source = source;
    this.#findings = findings;
    // In finish's key order.
    this.filePath = source.filePath;
    Object.defineProperties(this, CachedResult.accessors);
    let errors = 0;
    let warnings = 0;
    let fixableErrors = 0;
    let fixableWarnings = 0;
    for (let i = 0; i < findings.length; i++) {
      const fixable = findings.fixable(i);
      if (findings.fatal(i)) {
        errors++;
        if (fixable) fixableErrors++;
      } else {
        warnings++;
        if (fixable) fixableWarnings++;
      }
    }
    this.errorCount = errors;
    this.warningCount = warnings;
    this.fixableErrorCount = fixableErrors;
    this.fixableWarningCount = fixableWarnings;
  }

  /** The findings' view while their messages are not built (after that, readers see the messages themselves). */
  get [FINDINGS](): FindingsView | undefined {
    return this.#messages === undefined ? this.#findings : undefined;
  }

  static readonly accessors: PropertyDescriptorMap = {
    file: {
      configurable: true,
      enumerable: true,
      get(this: CachedResult) {
        if (this.#file === undefined) {
          this.#file = sourceFile(this.#source);
          this.#file.messages = this.messages;
        }
        return this.#file;
      },
      set(this: CachedResult, file: VFile) {
        this.#file = file;
      },
    },
    messages: {
      configurable: true,
      enumerable: true,
      get(this: CachedResult) {
        return (this.#messages ??= this.#findings.messages(this.filePath));
      },
      set(this: CachedResult, messages: LintMessage[]) {
        this.#messages = messages;
      },
    },
  };
}

function cacheOutcome(cache: LintCache | null, options: RunOptions): RunOutcome["cache"] {
  if (!cache || !options.cacheFile || !cache.changed) return null;
  const parts = cache.serializeParts();
  return {
    file: options.cacheFile,
    parts,
    get text() {
      return parts.map((part) => (typeof part === "string" ? part : Buffer.from(part).toString("utf8"))).join("");
    },
  };
}

/** `--fix`: every file parsed (fixes need the trees), linted, then fixed in passes. */
function lintAndFix(options: RunOptions, plan: LintPlan, lintOptions: LintOptions): RunOutcome {
  const { config } = options;
  const { cache, sources } = plan;
  const failures = [...plan.failures];
  const decisions = new Map<string, Decision>();
  for (const s of sources) {
    const parsed = parseSafely(s.text, s.filePath, config);
    if ("failure" in parsed) failures.push(parsed.failure);
    else decisions.set(s.filePath, parsed.decision);
  }
  const repository = byPath(lintLogs(sources, decisions, config, lintOptions));
  const results: LintResult[] = [];
  for (const s of sources) {
    const decision = decisions.get(s.filePath);
    if (s.context || !decision) continue;
    const own = lintDecision(decision, config, lintOptions);
    const facts = factsOf(decision);
    cache?.setFile(s.filePath, s.hash, own.messages, facts, factsKey(facts, s.text), s.stat);
    own.decision = decision;
    results.push(addMessages(own, repository.get(s.filePath) ?? []));
  }
  if (cache) cache.setRepository(repositoryKey(sources, keysOf(cache, sources)), repository);
  cache?.keepOnly(sources.map((s) => s.filePath));
  results.push(...failures.map(failureResult));
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const outcome: RunOutcome = { results, fixed: [], cache: cacheOutcome(cache, options), parsed: sources.map((s) => s.filePath) };
  const context = new Set(sources.filter((s) => s.context).map((s) => s.filePath));
  return fixInPasses(outcome, decisions, config, lintOptions, context);
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
    const group = logs.get(s.log ?? "");
    if (group) group.push(decision);
    else logs.set(s.log ?? "", [decision]);
  }
  const found = new Map<Decision, LintMessage[]>();
  for (const group of logs.values()) for (const [decision, messages] of lintRepository(group, config, options)) found.set(decision, messages);
  return found;
}
