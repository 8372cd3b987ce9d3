// Reads lint settings from a config file named with `--config` (JSON, or package.json's `adrkit` key).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LintConfigError, pickLintConfig, type LintConfig } from "./config.js";
import { isObject } from "./options.js";

export interface LintConfigFile {
  /** The file, or null when none was given or found. */
  path: string | null;
  /** Directory relative paths in the file start from. */
  dir: string;
  lint: LintConfig;
  /** The whole config object (other commands' keys too, e.g. `dir`). */
  raw: Record<string, unknown>;
}

export async function readLintConfigFile(file: string): Promise<LintConfigFile> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw new LintConfigError(`${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return fromObject(absolute, parseJson(file, text), path.dirname(absolute), true);
}

/** A config object already read (by the repo room's discovery) as lint settings. */
export function fromObject(file: string | null, data: unknown, dir = file ? path.dirname(file) : process.cwd(), unwrapPackage = false): LintConfigFile {
  let raw = data;
  if (unwrapPackage && file && path.basename(file) === "package.json") raw = isObject(data) ? (data.adrkit ?? {}) : {};
  if (!isObject(raw)) throw new LintConfigError(`${file ?? "config"}: the adrkit config must be a JSON object`);
  return { path: file, dir, lint: pickLintConfig(raw), raw };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new LintConfigError(`${file}: invalid JSON (${(error as Error).message}); fix the syntax`);
  }
}
