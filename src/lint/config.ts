// Lint configuration: presets, extends, per-rule severity and options, ignores and overrides, resolved once and checked.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { FORMATS, STATUSES, type Decision, type Format } from "../model/index.js";
import { RULES } from "./rules/index.js";
import { checkOptions, isObject } from "./options.js";
import type { Rule, Severity } from "./types.js";

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2] | [Severity | 0 | 1 | 2, Record<string, unknown>];
export type RuleSettings = Record<string, RuleSetting>;

export interface LintOverride {
  /** Globs matched against the ADR's path (a glob without a slash matches the file name). */
  files?: string | string[];
  /** Formats this override applies to ("nygard", "madr3", ...). */
  formats?: Format[];
  rules?: RuleSettings;
}

/** The lint part of an adrkit config file. */
export interface LintConfig {
  /** Presets ("recommended", the default, or "strict") and/or paths of JSON config files, applied in order. */
  extends?: string | string[];
  rules?: RuleSettings;
  /** Extra statuses a team uses beyond proposed, accepted, rejected, deprecated, superseded, draft. */
  statuses?: string[];
  /** Globs of files not to lint. */
  ignores?: string[];
  overrides?: LintOverride[];
}

export const PRESETS = ["recommended", "strict"] as const;

/** A configuration mistake; the message names the file. The CLI maps it to exit code 2. */
export class LintConfigError extends Error {
  override name = "LintConfigError";
}

export interface RuleEntry {
  severity: "warn" | "error";
  options: Record<string, unknown>;
}

/** Severity and options of each rule; a rule turned off is absent. */
export type EffectiveRules = ReadonlyMap<string, RuleEntry>;

interface Layer {
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface ResolvedOverride {
  matches(decision: Pick<Decision, "path" | "format">): boolean;
  layers: ReadonlyMap<string, Layer>;
}

export interface ResolvedLintConfig {
  /** Every known rule by id. */
  rules: ReadonlyMap<string, Rule>;
  base: EffectiveRules;
  overrides: readonly ResolvedOverride[];
  statuses: readonly string[];
  isIgnored(filePath: string): boolean;
  /** Where the configuration came from, for messages. */
  source: string;
  /** Changes whenever any setting changes (for the cache). */
  hash: string;
}

export interface ResolveOptions {
  /** The config file's name, for error messages. */
  source?: string;
  /** Directory that relative `extends` paths start from. */
  baseDir?: string;
  /** Rules to use instead of the built-in ones (tests, plugins). */
  rules?: ReadonlyMap<string, Rule>;
  /** `--rule id:severity` settings, applied last. */
  cliRules?: RuleSettings;
}

const CONFIG_KEYS = new Set(["extends", "rules", "statuses", "ignores", "overrides"]);

export function resolveLintConfig(config: LintConfig = {}, options: ResolveOptions = {}): ResolvedLintConfig {
  const rules = options.rules ?? RULES;
  const source = options.source ?? "lint configuration";
  const baseDir = options.baseDir ?? process.cwd();
  const base = new Map<string, Layer>();
  const statuses = new Set<string>(STATUSES);
  const ignores: string[] = [];
  const overrides: ResolvedOverride[] = [];
  const raw: unknown[] = [];

  const apply = (cfg: unknown, from: string, dir: string, seen: readonly string[]): void => {
    if (!isObject(cfg)) throw new LintConfigError(`${from}: the lint configuration must be an object`);
    raw.push(cfg);
    const extendsList = cfg.extends === undefined ? (seen.length === 0 ? ["recommended"] : []) : [cfg.extends].flat();
    for (const entry of extendsList) {
      if (typeof entry !== "string") throw new LintConfigError(`${from}: "extends" must name a preset or a file`);
      if (entry === "recommended" || entry === "strict") applyPreset(base, rules, entry);
      else {
        const file = path.resolve(dir, entry);
        if (seen.includes(file)) throw new LintConfigError(`${from}: "extends" loops back to ${entry}`);
        apply(readJson(file, from), entry, path.dirname(file), [...seen, file]);
      }
    }
    mergeLayers(base, parseRules(cfg.rules, rules, `${from}: rules`));
    for (const status of list(cfg.statuses, `${from}: statuses`)) statuses.add(status.toLowerCase());
    ignores.push(...list(cfg.ignores, `${from}: ignores`));
    if (cfg.overrides !== undefined) {
      if (!Array.isArray(cfg.overrides)) throw new LintConfigError(`${from}: "overrides" must be an array`);
      cfg.overrides.forEach((o, i) => overrides.push(parseOverride(o, rules, `${from}: overrides[${i}]`)));
    }
  };

  apply(config, source, baseDir, []);
  if (options.cliRules) mergeLayers(base, parseRules(options.cliRules, rules, "--rule"));
  const effective = effectiveRules(base, rules, source);
  for (const override of overrides) effectiveRules(new Map([...base, ...override.layers]), rules, source);
  const ignored = ignores.length ? globMatcher(ignores) : null;
  const hash = createHash("sha256")
    .update(JSON.stringify({ raw, cli: options.cliRules ?? null, rules: [...rules.keys()] }))
    .digest("hex");
  return {
    rules,
    base: effective,
    overrides,
    statuses: [...statuses],
    isIgnored: (filePath) => ignored !== null && ignored(toSlash(filePath)),
    source,
    hash,
  };
}

/** The rules in force for one decision: the base settings with every matching override applied in order. */
export function rulesFor(resolved: ResolvedLintConfig, decision: Pick<Decision, "path" | "format">): EffectiveRules {
  const matching = resolved.overrides.filter((o) => o.matches(decision));
  if (matching.length === 0) return resolved.base;
  const layers = new Map<string, Layer>();
  for (const [id, entry] of resolved.base) layers.set(id, { ...entry });
  for (const override of matching) mergeLayers(layers, override.layers);
  return effectiveRules(layers, resolved.rules, resolved.source);
}

function applyPreset(base: Map<string, Layer>, rules: ReadonlyMap<string, Rule>, preset: "recommended" | "strict"): void {
  for (const [id, rule] of rules) {
    base.set(id, { ...base.get(id), severity: preset === "strict" ? "error" : rule.meta.severity });
  }
}

function mergeLayers(into: Map<string, Layer>, layers: ReadonlyMap<string, Layer>): void {
  for (const [id, layer] of layers) {
    const previous = into.get(id) ?? {};
    into.set(id, { severity: layer.severity ?? previous.severity, options: layer.options ?? previous.options });
  }
}

function effectiveRules(layers: ReadonlyMap<string, Layer>, rules: ReadonlyMap<string, Rule>, source: string): EffectiveRules {
  const result = new Map<string, RuleEntry>();
  for (const [id, layer] of layers) {
    if (!layer.severity || layer.severity === "off") continue;
    const rule = rules.get(id);
    if (!rule) continue;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...(layer.options ?? {}) };
    const problem = layer.options === undefined ? null : checkOptions(layer.options, rule.meta.schema, `rules["${id}"] options`);
    if (problem) throw new LintConfigError(`${source}: ${problem}`);
    result.set(id, { severity: layer.severity, options });
  }
  return result;
}

function parseRules(value: unknown, rules: ReadonlyMap<string, Rule>, where: string): Map<string, Layer> {
  const layers = new Map<string, Layer>();
  if (value === undefined) return layers;
  if (!isObject(value)) throw new LintConfigError(`${where} must be an object of rule id to severity`);
  for (const [id, setting] of Object.entries(value)) {
    if (!rules.has(id)) throw new LintConfigError(`${where}: unknown rule "${id}"${suggest(id, rules)}; \`adrkit rules\` lists them`);
    const [severity, options, ...rest] = Array.isArray(setting) ? setting : [setting];
    if (rest.length > 0 || (options !== undefined && !isObject(options))) {
      throw new LintConfigError(`${where}["${id}"] must be a severity or [severity, { options }]`);
    }
    layers.set(id, { severity: toSeverity(severity, `${where}["${id}"]`), options: options as Record<string, unknown> | undefined });
  }
  return layers;
}

export function toSeverity(value: unknown, where: string): Severity {
  if (value === "off" || value === 0) return "off";
  if (value === "warn" || value === 1) return "warn";
  if (value === "error" || value === 2) return "error";
  throw new LintConfigError(`${where}: severity must be "off", "warn" or "error", not ${JSON.stringify(value)}`);
}

function parseOverride(value: unknown, rules: ReadonlyMap<string, Rule>, where: string): ResolvedOverride {
  if (!isObject(value)) throw new LintConfigError(`${where} must be an object with files/formats and rules`);
  for (const key of Object.keys(value)) {
    if (!["files", "formats", "rules"].includes(key)) throw new LintConfigError(`${where}: unknown key "${key}"`);
  }
  const files = value.files === undefined ? null : list([value.files].flat(), `${where}.files`);
  const formats = value.formats === undefined ? null : list(value.formats, `${where}.formats`);
  for (const format of formats ?? []) {
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new LintConfigError(`${where}.formats: unknown format "${format}" (known: ${FORMATS.join(", ")})`);
    }
  }
  const match = files ? globMatcher(files) : null;
  return {
    matches: (d) => (match === null || match(toSlash(d.path))) && (formats === null || formats.includes(d.format)),
    layers: parseRules(value.rules, rules, `${where}.rules`),
  };
}

function list(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new LintConfigError(`${where} must be an array of strings`);
  }
  return value as string[];
}

function readJson(file: string, from: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new LintConfigError(`${from}: cannot read extended config ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LintConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function suggest(id: string, rules: ReadonlyMap<string, Rule>): string {
  const close = [...rules.keys()].find((known) => distance(id, known) <= 2);
  return close ? ` (did you mean "${close}"?)` : "";
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Keys of a config object that are lint settings (the rest of the adrkit config belongs to other commands). */
export function pickLintConfig(config: Record<string, unknown>): LintConfig {
  const lint = isObject(config.lint) ? config.lint : {};
  const picked: Record<string, unknown> = { ...lint };
  for (const key of CONFIG_KEYS) if (config[key] !== undefined) picked[key] = config[key];
  return picked as LintConfig;
}

/** A glob with a slash matches the whole path; one without (`0002-*.md`) matches the file name anywhere. */
function globMatcher(globs: readonly string[]): (p: string) => boolean {
  const matchers = globs.map((g) => picomatch(g.replace(/^\.\//, ""), { dot: true, basename: !g.includes("/") }));
  return (p) => matchers.some((m) => m(p.replace(/^\.\//, "")));
}

function toSlash(p: string): string {
  return p.split(path.sep).join("/");
}
