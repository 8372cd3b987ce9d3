// Human output: each file's path, then `line:col  severity  message  rule-id` rows, then one summary line.
import type { Formatter } from "./index.js";
import { rangeOf } from "../engine.js";

const paint = (code: string) => (on: boolean, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = paint("31");
const yellow = paint("33");
const dim = paint("2");
const underline = paint("4");
const bold = paint("1");

export const stylish: Formatter = (results, { color }) => {
  let out = "";
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => {
      const { line, column } = rangeOf(m);
      return { where: `${line}:${column}`, error: m.fatal === true, text: m.reason.replace(/\s*\n\s*/g, " "), rule: m.ruleId ?? "" };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const textWidth = Math.max(...rows.map((r) => r.text.length));
    out += `\n${underline(color, result.filePath)}\n`;
    for (const r of rows) {
      const severity = r.error ? red(color, "error  ") : yellow(color, "warning");
      out += `  ${dim(color, r.where.padEnd(whereWidth))}  ${severity}  ${r.text.padEnd(textWidth)}  ${dim(color, r.rule)}`.trimEnd() + "\n";
    }
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `✖ ${total} ${plural(total, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})`;
  out += `\n${(errors > 0 ? red : yellow)(color, bold(color, summary))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    out += `  ${fixableErrors} ${plural(fixableErrors, "error")} and ${fixableWarnings} ${plural(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.\n`;
  }
  return out;
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
