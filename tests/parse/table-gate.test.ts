// The parser skips the GFM table construct for text without a delimiter-row line: the tree must never differ.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { parseMarkdown } from "../../src/parse/markdown.js";

const alwaysTables = unified()
  .use(remarkParse)
  .use(function tables() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
  })
  .freeze();

// The characters tables, containers and their look-alikes are made of.
const piece = fc.constantFrom("|", ":", "-", "---", " ", "\t", "> ", "* ", "+ ", "1. ", "2) ", "a", "b c", "\n", "\r\n", "\r", "`", "\\", "~~", "=");

describe("table gate", () => {
  it.each([
    ["pipes and dashes", "| a | b |\n|---|---|\n| 1 | 2 |\n"],
    ["no outer pipes", "a | b\n--|--\n"],
    ["colon row, no pipe at all", "abc\n:-:\n"],
    ["in a blockquote", "> a|b\n> -|-\n"],
    ["in a list item", "- a|b\n  -|-\n"],
    ["CRLF", "a|b\r\n-|-\r\n"],
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
