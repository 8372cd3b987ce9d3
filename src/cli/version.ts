// adrkit's own version, read from package.json. This file sits one folder below dist/ both as compiled and when
// bundled into dist/cli/, so the relative path holds in both layouts.
import { readFileSync } from "node:fs";

export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}
