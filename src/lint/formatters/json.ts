// ESLint's JSON report shape, so tools that read ESLint output read adrkit's.
import path from "node:path";
import type { Formatter } from "./index.js";
import { rangeOf } from "../engine.js";

export const json: Formatter = (results, { cwd }) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: path.resolve(cwd, result.filePath),
      messages: result.messages.map((m) => {
        const { line, column, endLine, endColumn } = rangeOf(m);
        return {
          ruleId: m.ruleId ?? null,
          severity: m.fatal === true ? 2 : 1,
          message: m.reason,
          line,
          column,
          endLine,
          endColumn,
          ...(m.messageId ? { messageId: m.messageId } : {}),
          ...(m.fix?.length ? { fix: m.fix } : {}),
        };
      }),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      ...(result.output !== undefined ? { output: result.output } : {}),
    })),
  );
