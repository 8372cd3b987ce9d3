// Human output: each file's path, then `line:col  severity  message  rule-id` rows, then one summary line.
import type { Formatter, FormatterParts } from "./index.js";
import { findingsOf } from "../engine.js";
import { Utf8Chunks } from "../../render/utf8.js";

const paint = (code: string) => (on: boolean, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = paint("31");
const yellow = paint("33");
const dim = paint("2");
const underline = paint("4");
const bold = paint("1");

export const stylish: Formatter = (results, context) =>
  stylishParts(results, context)
    .map((part) => (typeof part === "string" ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString("utf8")))
    .join("");

/**
 * The report as UTF-8 chunks of rows, then the summary line, for a caller that writes them one after another:
 * 40,000 findings make a 9 MB report, which is never one string (see Utf8Chunks). Rows go into `out`: one that
 * flushes writes them as they are made, and only what it has not flushed is returned.
 */
export const stylishParts: FormatterParts = (results, { color }, out = new Utf8Chunks()) => {
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    // Read through the view: a cached result's findings are never built into messages for this.
    const findings = findingsOf(result);
    if (findings.length === 0) continue;
    const where: string[] = [];
    const texts: string[] = [];
    let whereWidth = 0;
    let textWidth = 0;
    for (let i = 0; i < findings.length; i++) {
      const at = `${findings.line(i)}:${findings.column(i)}`;
      const reason = findings.reason(i);
      const text = reason.includes("\n") ? reason.replace(/\s*\n\s*/g, " ") : reason;
      where.push(at);
      texts.push(text);
      if (at.length > whereWidth) whereWidth = at.length;
      if (text.length > textWidth) textWidth = text.length;
    }
    out.put(`\n${underline(color, result.filePath)}\n`);
    for (let i = 0; i < findings.length; i++) {
      const rule = findings.ruleId(i) ?? "";
      const severity = findings.fatal(i) ? red(color, "error  ") : yellow(color, "warning");
      // Padded with shared runs of spaces, not a padded copy of each text.
      const row = `  ${dim(color, where[i] + spaces(whereWidth - where[i].length))}  ${severity}  ${texts[i] + spaces(textWidth - texts[i].length)}  ${dim(color, rule)}`;
      // Only a row without a rule id (and without colour) ends in padding.
      out.put(rule === "" && !color ? `${row.trimEnd()}\n` : `${row}\n`);
    }
  }
  const total = errors + warnings;
  if (total === 0) return [];
  const summary = `✖ ${total} ${plural(total, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})`;
  let tail = `\n${(errors > 0 ? red : yellow)(color, bold(color, summary))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    tail += `  ${fixableErrors} ${plural(fixableErrors, "error")} and ${fixableWarnings} ${plural(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.\n`;
  }
  return [...out.take(), tail];
};

const padding: string[] = [];

/** `n` spaces (none for n ≤ 0), each length made once. */
function spaces(n: number): string {
  return n <= 0 ? "" : (padding[n] ??= " ".repeat(n));
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
