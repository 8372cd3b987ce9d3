// The report formats of `adrkit lint --format`, by name.
import type { LintResult } from "../engine.js";
import type { Rule } from "../types.js";
import { stylish, stylishParts } from "./stylish.js";
import type { Utf8Chunks } from "../../render/utf8.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { github } from "./github.js";
import { codequality } from "./codequality.js";

export interface FormatterContext {
  /** Directory that file paths in results are relative to (the repository root). */
  cwd: string;
  /** Every rule known to the run, for rule descriptions. */
  rules: ReadonlyMap<string, Rule>;
  /** Colour output (stylish only): true only on a TTY without NO_COLOR. */
  color: boolean;
  /** adrkit's version, for SARIF's tool.driver. */
  version: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

/**
 * A formatter whose report comes in pieces, to be written one after another: strings, or UTF-8 bytes. Their
 * concatenation is the report, after whatever it wrote through `out`'s flush.
 */
export type FormatterParts = (results: readonly LintResult[], context: FormatterContext, out?: Utf8Chunks) => Array<string | Uint8Array>;

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, codequality };

/** Formatters that can hand over their report in pieces (see stylishParts). */
export const FORMATTER_PARTS: Readonly<Record<string, FormatterParts>> = { stylish: stylishParts };

export const FORMAT_NAMES = Object.keys(FORMATTERS);

/** Colour when writing to a terminal, unless NO_COLOR is set (to anything) or FORCE_COLOR=0. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR === "0") return false;
  return stream.isTTY === true;
}
