// GitHub Actions workflow commands: one `::error` / `::warning` annotation per finding.
import type { Formatter } from "./index.js";
import { rangeOf } from "../engine.js";

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Formatter = (results) => {
  let out = "";
  for (const result of results) {
    for (const m of result.messages) {
      const { line, column, endLine, endColumn } = rangeOf(m);
      const properties = [
        `file=${escapeProperty(result.filePath.split("\\").join("/"))}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(m.ruleId ?? "adrkit")}`,
      ].join(",");
      out += `::${m.fatal === true ? "error" : "warning"} ${properties}::${escapeData(m.reason)}\n`;
    }
  }
  return out;
};
