// Where the log's worker task lives, found without loading it: the thread that asks only passes the URL on.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The module of `prepareLogEntry` (log-task.ts) as the parse workers import it. */
export function logTaskUrl(): string {
  const compiled = new URL("./log-task.js", import.meta.url);
  // Under vitest this module runs as .ts, which a worker cannot import; `npm test` builds dist/ first.
  return existsSync(fileURLToPath(compiled)) ? compiled.href : new URL("../../dist/render/log-task.js", import.meta.url).href;
}
