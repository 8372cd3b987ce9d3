import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDecision } from "../../src/parse/index.js";
import { editHints, markSuperseded, setStatus, EditError } from "../../src/repo/edit.js";
import { FrontMatterEditError } from "../../src/repo/front-matter-edit.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const corpus = resolve(repoRoot, "../shared/corpus");
const exists = existsSync(resolve(corpus, "MANIFEST.tsv"));
if (!exists) console.warn(`[edit-corpus] ${corpus} not found: the corpus edit checks are skipped`);

describe("edits on the real ADR corpus", () => {
  it.skipIf(!exists)("setting a file's own status changes no byte; another status changes bytes on one line only", () => {
    const rows = readFileSync(resolve(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
    let edited = 0;
    const refused: string[] = [];
    for (const [repo, , path] of rows) {
      const file = resolve(corpus, repo.replace("/", "__"), path);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, "utf8");
      const decision = parseDecision(text, path);
      const hints = editHints(decision);
      try {
        if (decision.status.value) expect(setStatus(text, decision.status.value, hints), file).toBe(text);
        const other = setStatus(text, decision.status.value === "deprecated" ? "accepted" : "deprecated", hints);
        let start = 0;
        while (text[start] === other[start] && start < text.length) start++;
        let a = text.length, b = other.length;
        while (a > start && b > start && text[a - 1] === other[b - 1]) { a--; b--; }
        expect(text.slice(start, a), file).not.toMatch(/[\r\n]/);
        expect(markSuperseded(text, { number: 99, title: "X", fileName: "0099-x.md" }, hints), file).toMatch(/0099-x\.md|superseded-by/);
        edited++;
      } catch (error) {
        // Files with no status at all, or with front matter that is not YAML, are refused with a reason.
        if (!(error instanceof EditError || error instanceof FrontMatterEditError)) throw error;
        refused.push(path);
      }
    }
    expect(edited).toBeGreaterThan(440);
    expect(refused.length).toBeLessThan(20);
  });
});
