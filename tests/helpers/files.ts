// Every Markdown file below a folder, for tests that run over the examples, fixtures or the shared corpus.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith(".md") ? [full] : [];
  });
}
