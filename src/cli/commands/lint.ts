// `adrkit lint`: find missing reasoning in ADRs and report it in the format CI wants.
import { opendirSync, type Dir } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { FindingsExit, UsageError } from "../errors.js";
import { collect } from "../library-errors.js";
import type { StoredCache } from "../../lint/cache.js";

interface LintFlags {
  format: string;
  outputFile?: string;
  maxWarnings: string;
  rule: string[];
  inlineConfig: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy: string;
  today?: string;
  since?: string;
  dir?: string;
  concurrency?: string;
  config?: string;
}

const EXAMPLES = `
Examples:
  $ adrkit lint                                   lint the configured ADR directory
  $ adrkit lint docs/adr --format sarif -o adrkit.sarif
  $ adrkit lint --rule vague-claims:off --max-warnings 0
  $ adrkit lint --fix-dry-run                     show what --fix would change
  $ adrkit lint --since origin/main               also flag edits to accepted ADRs

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, config or internal error.`;

export function register(program: Command): void {
  program
    .command("lint [paths...]")
    .description("Find missing reasoning in ADRs")
    .option("-f, --format <name>", "report format: stylish, json, sarif, github, codequality", "stylish")
    .option("-o, --output-file <file>", "write the report to a file instead of stdout")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", "-1")
    .option("--rule <id:severity>", "set a rule's severity (off, warn, error); repeatable", collect, [])
    .option("--no-inline-config", "ignore <!-- adrkit-disable --> comments in ADRs")
    .option("--fix", "repair mechanical problems in place")
    .option("--fix-dry-run", "print the diff --fix would apply, change nothing")
    .option("--cache", "only re-lint files that changed since the last run (.adrkitcache)")
    .option("--cache-location <file>", "where the cache lives", ".adrkitcache")
    .option("--cache-strategy <strategy>", "how the cache tells a file is unchanged: metadata (size and times, else its hash) or content (always its hash)", "metadata")
    .option("--today <YYYY-MM-DD>", "the date review-overdue compares against")
    .option("--since <git-ref>", "compare accepted ADRs with their text at this git ref")
    .option("--dir <dir>", "the ADR directory (default: from the config, .adr-dir, or docs/adr ...)")
    .option("--concurrency <n>", "parse worker threads (default: 2, or the cores there are)")
    .option("--config <file>", "use this config file instead of looking one up")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: LintFlags) => {
      const { asUsageErrors } = await import("../library-errors.js");
      let code = 0;
      await asUsageErrors(async () => {
        code = await runLint(paths, flags);
      });
      if (code !== 0) throw new FindingsExit(code);
    });
}


/** Loads the library lazily (so `--help` stays fast), runs it, writes the report; returns the exit code. */
async function runLint(paths: string[], flags: LintFlags): Promise<number> {
  const early = await startWorkersEarly(paths, flags);
  try {
    return await lintWith(paths, flags, early);
  } finally {
    await early?.close();
  }
}

/**
 * Lint workers started before anything else, so that they load the parser and the rules while this thread loads
 * its own modules, the config and the files: every worker for a cold run over a large log, which lints in them;
 * in a small one (SMALL_RUN_MAX_FILES), one per file that could stall the parser. Reading a small run's files
 * once more for that takes a few milliseconds; such a file's worker then loads beside the rest of the start-up
 * instead of after it, and its start-up, which the parse time budget does not count, is hidden.
 */
async function startWorkersEarly(paths: string[], flags: LintFlags) {
  if (flags.fix || flags.fixDryRun || flags.since !== undefined) return null;
  const { existsSync, readFileSync } = await import("node:fs");
  const path = await import("node:path");
  const cwd = process.cwd();
  const { loadConfig, resolveAdrDir } = await import("../../repo/config.js");
  const { everyFileToPool } = await import("../../repo/parse-many.js");
  const { SMALL_RUN_MAX_FILES, startLintPool } = await import("../../lint/parallel.js");
  // Any problem here is reported by the run itself; this only guesses whether workers will be wanted.
  const loaded = flags.config ? null : await loadConfig(cwd).catch(() => null);
  const dirs = paths.length > 0 ? paths : [(await resolveAdrDir({ dir: flags.dir, cwd, ...(loaded ? { loaded } : {}) }).catch(() => null))?.dir];
  const cached = flags.cache === true && existsSync(path.resolve(cwd, flags.cacheLocation ?? ".adrkitcache"));
  // A cached run lints its changed files on this thread. One worker linting them while this thread rebuilt
  // the cached findings was slower on 2 cores: 1.62 s against 1.45 s, 10,000 ADRs with 1% changed (medians
  // of 7 alternating runs): the worker loads the program and warms up its own JIT first. Such a run only
  // asks whether the run is small, so it stops listing there.
  const markdown = markdownIn(dirs, cached ? SMALL_RUN_MAX_FILES + 1 : Infinity);
  const concurrency = flags.concurrency !== undefined && /^\d+$/.test(flags.concurrency) && Number(flags.concurrency) >= 1 ? Number(flags.concurrency) : loaded?.config.concurrency;
  const options = { concurrency, parseTimeoutMs: loaded?.config.parseTimeoutMs, parse: { limits: loaded?.config.limits } };
  if (!cached && everyFileToPool(markdown.length, concurrency)) return startLintPool(options);
  if (markdown.length > SMALL_RUN_MAX_FILES) return null;
  const { needsWorker } = await import("../../repo/screen.js");
  let risky = 0;
  for (const { dir, name } of markdown) {
    try {
      if (needsWorker(readFileSync(path.resolve(cwd, dir, name), "utf8"))) risky++;
    } catch {
      // unreadable, or not a file: the run reports it
    }
  }
  return risky === 0 ? null : startLintPool(options, risky);
}

/** The Markdown files directly in `dirs` (a path that is a file, or nothing, holds none), at most `limit` of them. */
function markdownIn(dirs: ReadonlyArray<string | undefined>, limit: number): Array<{ dir: string; name: string }> {
  const markdown: Array<{ dir: string; name: string }> = [];
  for (const dir of dirs) {
    if (!dir) continue;
    let listing: Dir | undefined;
    try {
      listing = opendirSync(resolve(dir));
      for (let entry = listing.readSync(); entry !== null && markdown.length < limit; entry = listing.readSync()) {
        if (entry.name.endsWith(".md")) markdown.push({ dir, name: entry.name });
      }
    } catch {
      // a file, or nothing there
    } finally {
      listing?.closeSync();
    }
  }
  return markdown;
}

async function lintWith(paths: string[], flags: LintFlags, early: Awaited<ReturnType<typeof startWorkersEarly>>): Promise<number> {
  const path = await import("node:path");
  const {
    runLint: lintPlanned, planLint, resolveLintConfig, LintConfigError, lintConfigFromObject, readLintConfigFile, repositoryRoot, gitSince,
    lintInWorkers, todayIso, CACHE_FILE, readCacheFile, FORMATTERS, FORMATTER_PARTS, FORMAT_NAMES, wantsColor, loadConfig, resolveAdrDir, writeFileAtomic, needsWorker,
    isIsoDate, packageVersion, Utf8Chunks, writeTo, everyFileToPool, keepYoungGenerationSmall, letYoungGenerationGrow,
  } = await import("../lint-modules.js");

  // Own names only: "toString" is not a format.
  const formatter = Object.hasOwn(FORMATTERS, flags.format) ? FORMATTERS[flags.format] : undefined;
  if (!formatter) throw new UsageError(`--format: unknown format "${flags.format}" (use ${FORMAT_NAMES.join(", ")})`);
  const maxWarnings = wholeNumber(flags.maxWarnings, "--max-warnings", -1);
  const concurrency = flags.concurrency === undefined ? undefined : wholeNumber(flags.concurrency, "--concurrency", 1);
  if (flags.today !== undefined && !isIsoDate(flags.today)) throw new UsageError(`--today: "${flags.today}" is not a date in the form YYYY-MM-DD`);
  if (flags.fix && flags.fixDryRun) throw new UsageError("--fix and --fix-dry-run cannot be used together; pick one");
  if (flags.cacheStrategy !== "metadata" && flags.cacheStrategy !== "content") throw new UsageError(`--cache-strategy: unknown strategy "${flags.cacheStrategy}" (use metadata or content)`);

  const cwd = process.cwd();
  const root = repositoryRoot(cwd);
  const usage = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof LintConfigError) throw new UsageError(error.message);
      throw error;
    }
  };
  const loaded = flags.config ? null : await loadConfig(cwd);
  const configFile = loaded
    ? usage(() => lintConfigFromObject(loaded.path, loaded.config, loaded.root))
    : await usageAsync(() => readLintConfigFile(flags.config!), LintConfigError);
  const source = configFile.path ? path.relative(cwd, configFile.path) || configFile.path : "default configuration";
  const cliRules = usage(() => parseRuleFlags(flags.rule));
  const config = usage(() => resolveLintConfig(configFile.lint, { source, baseDir: configFile.dir, cliRules }));
  let targets = paths.map((p) => path.resolve(cwd, p));
  if (targets.length === 0) {
    const adrDir = await resolveAdrDir({ dir: flags.dir, cwd, ...(loaded ? { loaded } : {}) });
    if (!adrDir.exists) {
      throw new UsageError(`${path.relative(cwd, adrDir.dir) || adrDir.dir}: no such ADR directory (${adrDir.source === "default" ? "none configured" : `from ${adrDir.from ?? "--dir"}`}); pass paths or --dir, or run adrkit init`);
    }
    targets = [adrDir.dir];
  }
  const since = flags.since === undefined ? undefined : usage(() => gitSince(flags.since!, root));
  const version = packageVersion();

  const cacheFile = flags.cache ? path.resolve(cwd, flags.cacheLocation ?? CACHE_FILE) : null;
  const cacheStored = cacheFile ? readCacheFile(cacheFile) : null;
  // A cached run with no workers started lints on this thread, and keeps most of what it allocates to the end.
  const smallYoung = cacheStored !== null && early === null && !flags.fix && !flags.fixDryRun && since === undefined;
  if (smallYoung) keepYoungGenerationSmall();
  // Fixes rewrite files from their texts: every one is read, whatever its stat says.
  const trust = flags.cacheStrategy === "metadata" && !flags.fix && !flags.fixDryRun ? cacheStored : null;
  const { sources, failures } = await gather(targets, root, cwd, loaded?.config.limits?.maxFileBytes, cacheFile !== null, trust);
  const runOptions = {
    risky: needsWorker,
    sources,
    failures,
    config,
    today: flags.today,
    inlineConfig: flags.inlineConfig,
    since,
    fix: flags.fix || flags.fixDryRun,
    cacheFile,
    cacheStored,
    version,
  };
  // Files the cache cannot answer for are parsed and linted in worker threads when there are many; fixes and
  // --since stay on this thread. Files read only as context are not sent: runLint parses the few it needs.
  const plan = usage(() => planLint(runOptions));
  const workersMayLint = !(flags.fix || flags.fixDryRun || since) && plan.toParse.length > 0;
  const poolConcurrency = concurrency ?? loaded?.config.concurrency;
  // Workers would inherit the flag (V8's flags are the process's): the default is back before any can start.
  if (smallYoung && workersMayLint && (everyFileToPool(plan.toParse.length, poolConcurrency) || plan.toParse.some((s) => needsWorker(s.text)))) {
    letYoungGenerationGrow();
  }
  const prepared = !workersMayLint
    ? null
    : await lintInWorkers(plan.toParse, {
        input: { lint: configFile.lint, source, baseDir: configFile.dir, cliRules, today: flags.today ?? todayIso(), inlineConfig: flags.inlineConfig },
        parse: { statuses: config.statuses, limits: loaded?.config.limits },
        concurrency: poolConcurrency,
        parseTimeoutMs: loaded?.config.parseTimeoutMs,
        pool: early ?? undefined,
      });
  // The workers' heaps are freed before the results and the report are built.
  await early?.close();
  const outcome = usage(() => lintPlanned({ ...runOptions, prepared }, plan));
  if (outcome.results.length === 0) throw new UsageError(`no ADR files found in ${paths.length ? paths.join(", ") : path.relative(cwd, targets[0]) || "."}; pass files or --dir`);
  if (flags.fixDryRun) {
    const { unifiedDiff } = await import("../../lint/diff.js");
    for (const f of outcome.fixed) process.stdout.write(unifiedDiff(f.filePath, f.before, f.after));
  } else if (flags.fix) {
    for (const f of outcome.fixed) await writeFileAtomic(path.resolve(root, f.filePath), f.after);
  }
  if (outcome.cache) {
    await (await import("node:fs/promises")).mkdir(path.dirname(outcome.cache.file), { recursive: true });
    // No fsync: a cache left torn by a crash fails its checks, and the files it no longer answers for are linted.
    await writeFileAtomic(outcome.cache.file, outcome.cache.parts, { sync: false });
  }

  const stream = flags.outputFile ? {} : process.stdout;
  const context = { cwd: root, rules: config.rules, color: wantsColor(stream), version };
  // In pieces where the formatter offers them: the report of 10,000 ADRs is 9 MB, never joined into one string.
  // Written to stdout as it is made, through one reused buffer (see Utf8Chunks).
  const report = Object.hasOwn(FORMATTER_PARTS, flags.format)
    ? FORMATTER_PARTS[flags.format](outcome.results, context, flags.outputFile ? undefined : new Utf8Chunks(writeTo(process.stdout)))
    : [formatter(outcome.results, context)];
  if (flags.outputFile) {
    const target = path.resolve(cwd, flags.outputFile);
    await (await import("node:fs/promises")).mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, report);
  } else {
    const parts = report.filter((part) => part.length > 0);
    for (const part of parts) process.stdout.write(part);
    if (parts.length > 0 && !endsWithNewline(parts[parts.length - 1])) process.stdout.write("\n");
  }
  const errors = outcome.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = outcome.results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`adrkit found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/**
 * Reads the ADRs named or found under `targets`, through the repo room's safe reader. With `hash` (a cache run) each text comes with its SHA-256 and
 * stat signature. With `trust` (the cache file, `--cache-strategy metadata`) a file whose stat signature is the
 * one the cache recorded takes the recorded hash and is not read now: its text is read if the run asks for it.
 */
async function gather(targets: readonly string[], root: string, cwd: string, maxFileBytes: number | undefined, hash: boolean, trust: StoredCache | null) {
  const path = await import("node:path");
  const { lstat } = await import("node:fs/promises");
  const { lstatSync } = await import("node:fs");
  const { fileFailure, listAdrFiles, readAdrTextSync, displayPaths, hashByStat, statSignature, DEFAULT_LIMITS } = await import("../lint-modules.js");
  const started = Date.now();
  const relative = displayPaths(root);
  // Synchronous reads: thousands of small files in a row cost far less without a promise round trip each.
  const readText = (file: string) => {
    try {
      return readAdrTextSync(file, maxFileBytes, { hash });
    } catch (error) {
      return { error: `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, line: undefined };
    }
  };
  type Source = { filePath: string; text: string; log: string; context?: boolean; hash?: string; stat?: string };
  const sources: Source[] = [];
  // A file the cache vouches for by its stat, or null to read it now.
  const vouched = (file: string, filePath: string, log: string): Source | null => {
    if (!trust) return null;
    const stat = lstatSync(file, { throwIfNoEntry: false });
    // Over the size limit: read, so that the run reports it.
    if (!stat?.isFile() || stat.size > (maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes)) return null;
    const signature = statSignature(stat, started);
    const known = signature === null ? undefined : hashByStat(trust, filePath, signature);
    return known === undefined ? null : new Vouched(filePath, log, known, signature!, file, readText);
  };
  const readSource = (file: string, filePath: string, log: string): Source | { error: string; line?: number } => {
    const read = readText(file);
    if ("error" in read) return read;
    const source: Source = { filePath, text: read.text, log };
    if (hash) {
      source.hash = read.hash;
      const signature = statSignature(read.stat, started);
      if (signature !== null) source.stat = signature;
    }
    return source;
  };
  const isDir = new Set<string>();
  const failures: ReturnType<typeof fileFailure>[] = [];
  const fail = (filePath: string, reason: string, line?: number) => {
    failures.push(fileFailure(filePath, reason, "parse/read", { place: { line: line ?? 1, column: 1 } }));
  };
  for (const target of targets) {
    const stat = await lstat(target).catch(() => null);
    if (!stat) throw new UsageError(`${path.relative(cwd, target) || target}: no such file or directory`);
    if (stat.isDirectory()) isDir.add(target);
    const candidates = stat.isDirectory() ? await listAdrFiles(target) : [{ path: target, refused: undefined as string | undefined }];
    for (const candidate of candidates) {
      const filePath = relative(candidate.path);
      if (candidate.refused) {
        fail(filePath, candidate.refused);
        continue;
      }
      // A symlink inside the folder is read at its target (listAdrFiles has checked it stays inside).
      const file = (candidate as { target?: string }).target ?? candidate.path;
      const log = stat.isDirectory() ? target : path.dirname(target);
      const read = vouched(file, filePath, log) ?? readSource(file, filePath, log);
      if ("error" in read) fail(filePath, read.error, read.line);
      else sources.push(read);
    }
  }
  // Files named one by one (a pre-commit hook's staged ADRs) are checked against the rest of their log.
  const named = new Set(sources.map((s) => s.filePath));
  const folders = new Set(sources.filter((s) => !targets.some((t) => t === s.log && named.size > 0 && s.log === t && isDir.has(t))).map((s) => s.log));
  for (const folder of folders) {
    if (isDir.has(folder)) continue;
    for (const candidate of await listAdrFiles(folder).catch(() => [])) {
      const filePath = relative(candidate.path);
      if (candidate.refused || named.has(filePath)) continue;
      const file = candidate.target ?? candidate.path;
      const read = vouched(file, filePath, folder) ?? readSource(file, filePath, folder);
      if (!("error" in read)) sources.push(Object.assign(read, { context: true }));
    }
  }
  return { sources, failures };
}

/**
 * A file the cache vouches for by its stat signature: its text is read only if the run asks for it. A class, not
 * an object with a getter of its own: 10,000 of those, each with its own closure, cost the garbage collector.
 */
class Vouched {
  private read: string | undefined;

  constructor(
    readonly filePath: string,
    readonly log: string,
    readonly hash: string,
    readonly stat: string,
    private readonly file: string,
    private readonly readText: (file: string) => { text: string } | { error: string },
  ) {}

  get text(): string {
    if (this.read === undefined) {
      // Read as a fresh run would; a file gone since it was listed reads as empty.
      const read = this.readText(this.file);
      this.read = "text" in read ? read.text : "";
    }
    return this.read;
  }
}

async function usageAsync<T>(work: () => Promise<T>, configError: abstract new (...args: never[]) => Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof configError) throw new UsageError(error.message);
    throw error;
  }
}

function parseRuleFlags(values: readonly string[]): Record<string, "off" | "warn" | "error"> {
  const rules: Record<string, "off" | "warn" | "error"> = {};
  for (const value of values) {
    const at = value.lastIndexOf(":");
    const severity = value.slice(at + 1);
    if (at <= 0 || !["off", "warn", "error"].includes(severity)) {
      throw new UsageError(`--rule: "${value}" must be rule-id:severity, with severity off, warn or error`);
    }
    rules[value.slice(0, at)] = severity as "off" | "warn" | "error";
  }
  return rules;
}

function endsWithNewline(part: string | Uint8Array): boolean {
  return typeof part === "string" ? part.endsWith("\n") : part[part.length - 1] === 0x0a;
}

function wholeNumber(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min) throw new UsageError(`${flag}: "${text}" must be a whole number of at least ${min}`);
  return n;
}
