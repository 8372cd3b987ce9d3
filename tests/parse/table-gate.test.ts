// The parser skips the GFM table construct for text without a delimiter-row line, and builds table nodes with its
// own small from-markdown extension: the tree must never differ from remark-parse with the ecosystem's packages.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownFiles } from "../helpers/files.js";
import { parseMarkdown } from "../../src/parse/markdown.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(repoRoot, "../shared/corpus");
if (!existsSync(corpus)) console.warn(`NOTICE: ${corpus} is absent; the corpus tree comparison is skipped (it runs in CI).`);

const alwaysTables = unified()
  .use(remarkParse)
  .use(function tables() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
  })
  .freeze();

// The characters tables, containers and their look-alikes are made of.
const piece = fc.constantFrom("|", ":", "-", "---", " ", "\t", "> ", "* ", "+ ", "1. ", "2) ", "a", "b c", "\n", "\r\n", "\r", "`", "\\", "\\|", "``", "~~", "=");

describe("table gate", () => {
  it.each([
    ["pipes and dashes", "| a | b |\n|---|---|\n| 1 | 2 |\n"],
    ["no outer pipes", "a | b\n--|--\n"],
    ["colon row, no pipe at all", "abc\n:-:\n"],
    ["in a blockquote", "> a|b\n> -|-\n"],
    ["in a list item", "- a|b\n  -|-\n"],
    ["CRLF", "a|b\r\n-|-\r\n"],
    ["aligned columns", "| l | c | r | n |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n"],
    ["escaped pipes in code", "| a | b |\n|---|---|\n| `x \\| y` | `\\\\` |\n"],
  ])("still finds a table: %s", (_name, text) => {
    const tree = parseMarkdown(text);
    expect(JSON.stringify(tree)).toContain('"type":"table"');
    expect(tree).toEqual(alwaysTables.parse(text));
  });

  it.each([
    ["setext underline", "abc |\n---\n"],
    ["thematic break", "a | b\n\n---\n"],
  ])("is no table: %s", (_name, text) => {
    expect(JSON.stringify(parseMarkdown(text))).not.toContain('"type":"table"');
  });

  it("outside tables, code keeps its backslashes (in a document that has a table)", () => {
    const text = "Run `a \\| b` here.\n\n| a |\n|---|\n| `c \\| d` |\n";
    expect(parseMarkdown(text)).toEqual(alwaysTables.parse(text));
  });

  it("gives the ecosystem's tree for every example and test fixture ADR", () => {
    const files = [...markdownFiles(path.join(repoRoot, "examples")), ...markdownFiles(path.join(repoRoot, "tests/fixtures"))];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(parseMarkdown(text), file).toEqual(alwaysTables.parse(text));
    }
  });

  it.skipIf(!existsSync(corpus))("gives the ecosystem's tree for every corpus ADR", () => {
    const files = markdownFiles(corpus);
    expect(files.length).toBeGreaterThan(400);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(parseMarkdown(text), file).toEqual(alwaysTables.parse(text));
    }
  });

  it("gives the tree the full table construct gives, for any mix of table characters", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(parseMarkdown(text)).toEqual(alwaysTables.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});
