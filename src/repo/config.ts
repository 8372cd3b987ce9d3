// Finds the adrkit config and the ADR directory the way each common tool records it.
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve, relative, isAbsolute } from "node:path";
import { jsonErrorOffset } from "./json-error.js";

/** The adrkit config file (`adrkit.config.json`, `.adrkitrc.json`, or `package.json`'s `adrkit` key). */
export interface AdrkitConfig {
  $schema?: string;
  /** The ADR directory, relative to the config file. */
  dir?: string;
  /** "adrkit", "nygard", "madr", or a path (relative to the config file) to a custom template. */
  template?: "adrkit" | "nygard" | "madr" | (string & {});
  /** Statuses the team uses beyond the standard vocabulary. */
  statuses?: string[];
  rules?: Record<string, unknown>;
  extends?: string;
  ignores?: string[];
  overrides?: unknown[];
  limits?: {
    maxFileBytes?: number;
    maxFrontMatterBytes?: number;
    maxYamlAliases?: number;
    maxFrontMatterDepth?: number;
    parseTimeoutMs?: number;
    maxParseMemoryMb?: number;
  };
  concurrency?: number;
  parseTimeoutMs?: number;
}

export interface LoadedConfig {
  /** The file the config came from, or null when none was found. */
  path: string | null;
  config: AdrkitConfig;
  /** The directory paths in the config are relative to (the config's directory, or cwd). */
  root: string;
}

/** A config file that cannot be used; the message names the file and line. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly file: string, readonly line: number | null, reason: string) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
  }
}

export const CONFIG_FILE_NAMES = ["adrkit.config.json", ".adrkitrc.json"] as const;

/** Where `adrkit init` creates the log when told nothing else. */
export const DEFAULT_DIR = "docs/adr";

/** Where to look for ADRs when nothing says, in adr-tools' and MADR's habits. */
export const CONVENTIONAL_DIRS = ["doc/adr", "docs/adr", "docs/decisions", "docs/architecture/decisions"] as const;

/** The nearest config file from `cwd` upwards, or null. A package.json counts only when it has an `adrkit` key. */
export async function findConfig(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      if (await isFile(join(dir, name))) return join(dir, name);
    }
    const pkg = join(dir, "package.json");
    if (await isFile(pkg)) {
      const text = await readFile(pkg, "utf8");
      // A package.json that is not ours to judge: a parse error here is reported only if it names adrkit.
      if (/"adrkit"\s*:/.test(text)) return pkg;
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Reads and checks the config found from `cwd`; an empty config rooted at `cwd` when there is none. */
export async function loadConfig(cwd: string): Promise<LoadedConfig> {
  const path = await findConfig(cwd);
  if (!path) return { path: null, config: {}, root: resolve(cwd) };
  const text = await readFile(path, "utf8");
  const data = parseJson(path, text);
  let config: unknown = data;
  if (path.endsWith("package.json")) {
    config = (data as Record<string, unknown> | null)?.adrkit;
    if (config === undefined) return { path: null, config: {}, root: resolve(cwd) };
  }
  checkConfig(path, text, config);
  return { path, config, root: dirname(path) };
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text.replace(/^\ufeff/, ""));
    const line = offset === null ? null : lineOfOffset(text, offset);
    // V8 quotes a slice of the file in its message; the line number says more in one line.
    const reason = message.split(/,|\n| in JSON| at position/)[0];
    throw new ConfigError(path, line, `invalid JSON (${reason}); fix the syntax or delete the file`);
  }
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** The line where `"key":` first appears, for messages about a key's value. */
function lineOfKey(text: string, key: string): number | null {
  const index = text.search(new RegExp(`"${key.replace(/[$]/g, "\\$")}"\\s*:`));
  return index < 0 ? null : lineOfOffset(text, index);
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === "string";
const isStringArray: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isObject: Check = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isPositiveInt: Check = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;

const CHECKS: Record<string, [Check, string]> = {
  $schema: [isString, "a string"],
  dir: [isString, "a string (the ADR directory, relative to the config file)"],
  template: [isString, `"adrkit", "nygard", "madr" or a path to a template file`],
  statuses: [isStringArray, "a list of strings"],
  rules: [isObject, "an object of rule settings"],
  extends: [isString, "a string"],
  ignores: [isStringArray, "a list of glob strings"],
  overrides: [Array.isArray, "a list"],
  limits: [isObject, "an object"],
  concurrency: [isPositiveInt, "a positive whole number"],
  parseTimeoutMs: [isPositiveInt, "a positive whole number of milliseconds"],
};

function checkConfig(path: string, text: string, config: unknown): asserts config is AdrkitConfig {
  if (!isObject(config)) throw new ConfigError(path, 1, "the adrkit config must be a JSON object");
  for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
    const check = CHECKS[key];
    if (!check) continue; // unknown keys belong to other commands' schemas (lint reports them)
    if (!check[0](value)) throw new ConfigError(path, lineOfKey(text, key), `"${key}" must be ${check[1]}`);
  }
  const limits = (config as AdrkitConfig).limits;
  for (const [key, value] of Object.entries(limits ?? {})) {
    if (!isPositiveInt(value)) {
      throw new ConfigError(path, lineOfKey(text, key), `"limits.${key}" must be a positive whole number`);
    }
  }
}

export interface ResolveAdrDirOptions {
  /** An explicit directory (`--dir`), relative to cwd. */
  dir?: string;
  cwd: string;
  /** An already loaded config, to avoid reading it twice. */
  loaded?: LoadedConfig;
}

export interface ResolvedAdrDir {
  /** Absolute path of the ADR directory. */
  dir: string;
  /** What named it: "option", "config", ".adr-dir", ".log4brains.yml", "convention", or "default". */
  source: "option" | "config" | ".adr-dir" | ".log4brains.yml" | "convention" | "default";
  /** Whether the directory exists. */
  exists: boolean;
  /** The file that named it, when one did. */
  from: string | null;
  config: LoadedConfig;
}

/**
 * The ADR directory, from (in order) `--dir`, the adrkit config's `dir`, adr-tools' `.adr-dir`,
 * log4brains' `.log4brains.yml` (`project.adrFolder`), then the first conventional directory that exists.
 * When none exists the answer is `docs/adr` under cwd (where `adrkit init` puts it), with `exists: false`.
 */
export async function resolveAdrDir(options: ResolveAdrDirOptions): Promise<ResolvedAdrDir> {
  const cwd = resolve(options.cwd);
  const config = options.loaded ?? (await loadConfig(cwd));
  const done = async (dir: string, source: ResolvedAdrDir["source"], from: string | null): Promise<ResolvedAdrDir> =>
    ({ dir, source, from, exists: await isDirectory(dir), config });
  if (options.dir) return done(resolve(cwd, options.dir), "option", null);
  if (config.config.dir) return done(resolve(config.root, config.config.dir), "config", config.path);
  for (let dir = cwd; ; dir = dirname(dir)) {
    const adrDir = join(dir, ".adr-dir");
    if (await isFile(adrDir)) {
      const named = (await readFile(adrDir, "utf8")).split(/\r\n|\r|\n/)[0].trim();
      if (!named) throw new ConfigError(adrDir, 1, "the file is empty; write the ADR directory on its first line");
      return done(resolve(dir, named), ".adr-dir", adrDir);
    }
    const l4b = join(dir, ".log4brains.yml");
    if (await isFile(l4b)) {
      const folder = await log4brainsFolder(l4b);
      if (folder) return done(resolve(dir, folder), ".log4brains.yml", l4b);
    }
    if (dirname(dir) === dir) break;
  }
  for (const conventional of CONVENTIONAL_DIRS) {
    const dir = join(cwd, conventional);
    if (await isDirectory(dir)) return done(dir, "convention", null);
  }
  return done(join(cwd, DEFAULT_DIR), "default", null);
}

async function log4brainsFolder(path: string): Promise<string | null> {
  let data: unknown;
  // Loaded here, not at the top: most projects have no log4brains file, and yaml is a large library.
  // `yaml` is CommonJS: in the CLI bundle a dynamic import of it yields only `default` (under plain Node, both).
  const { parse: parseYaml } = (await import("yaml")).default;
  try {
    // maxAliasCount bounds alias expansion; the file is data, never code.
    data = parseYaml(await readFile(path, "utf8"), { maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    const linePos = (error as { linePos?: [{ line: number }] }).linePos;
    throw new ConfigError(path, linePos?.[0]?.line ?? null, `invalid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const folder = (data as { project?: { adrFolder?: unknown } } | null)?.project?.adrFolder;
  return typeof folder === "string" && folder.trim() ? folder.trim() : null;
}

/** The path of `target` as shown to a user: relative to cwd when inside it. */
export function displayPath(target: string, cwd = process.cwd()): string {
  const rel = relative(cwd, target);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : target;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
