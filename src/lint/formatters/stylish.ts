// Human output: each file's path, then `line:col  severity  message  rule-id` rows, then one summary line.
import type { Formatter, FormatterParts } from "./index.js";
import { startColumn, startLine } from "../engine.js";
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
 * 40,000 findings make a 9 MB report, which is never one string (see Utf8Chunks).
 */
export const stylishParts: FormatterParts = (results, { color }) => {
  const out = new Utf8Chunks();
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const { messages } = result;
    if (messages.length === 0) continue;
    const where: string[] = [];
    const texts: string[] = [];
    let whereWidth = 0;
    let textWidth = 0;
    for (const m of messages) {
      const at = `${startLine(m)}:${startColumn(m)}`;
      const text = m.reason.includes("\n") ? m.reason.replace(/\s*\n\s*/g, " ") : m.reason;
      where.push(at);
      texts.push(text);
      if (at.length > whereWidth) whereWidth = at.length;
      if (text.length > textWidth) textWidth = text.length;
    }
    out.put(`\n${underline(color, result.filePath)}\n`);
    for (let i = 0; i < messages.length; i++) {
      const rule = messages[i].ruleId ?? "";
      if (!color && rule !== "") {
        // The common row: no padded copy of each text.
        out.put("  " + where[i] + spaces(whereWidth - where[i].length) + "  " + (messages[i].fatal === true ? "error  " : "warning") + "  " + texts[i] + spaces(textWidth - texts[i].length) + "  " + rule + "\n");
        continue;
      }
      const severity = messages[i].fatal === true ? red(color, "error  ") : yellow(color, "warning");
      const row = `  ${dim(color, where[i].padEnd(whereWidth))}  ${severity}  ${texts[i].padEnd(textWidth)}  ${dim(color, rule)}`;
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
