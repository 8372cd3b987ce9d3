// One frozen unified processor for every file: remark-parse with the two GFM constructs ADRs use.
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import { gfmTable } from "micromark-extension-gfm-table";
import { tableFromMarkdown } from "./table-mdast.js";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import type { Root } from "mdast";
import { parseQuickMarkdown } from "./quick-markdown.js";

/**
 * Tables (failure-mode and option matrices, metadata tables) and strikethrough. The rest of GFM — above all
 * autolink literals — doubled parse time on our benchmark corpus while adding nothing a rule or renderer reads:
 * a bare URL stays text, a footnote or task marker stays as written.
 */
function adrMarkdown(this: Processor, options: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...(options.tables ? [gfmTable()] : []), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(...(options.tables ? [tableFromMarkdown] : []), gfmStrikethroughFromMarkdown());
}

const withTables = unified().use(remarkParse).use(adrMarkdown, { tables: true }).freeze();
const withoutTables = unified().use(remarkParse).use(adrMarkdown, { tables: false }).freeze();

/**
 * A table needs a delimiter row: after any container markers (`>`, list bullets and numbers), only pipes,
 * colons, dashes and blanks, with a dash and a pipe or colon (a row of dashes alone is a heading underline or
 * a rule). The table construct tries every line of every paragraph and costs a tenth of the parse, so text
 * without such a line is parsed without it; the tree is the same (tests/parse/table-gate.test.ts).
 */
const DELIMITER_ROW = /^(?=[^\n\r]*-)(?=[^\n\r]*[|:])[ \t>*+.)0-9|:-]+$/m;

/**
 * Parses Markdown into mdast. Positions are those of `text`. Plain text without tables goes to the quick reader,
 * which builds the same tree about twenty times faster or declines; everything else goes to remark-parse.
 */
export function parseMarkdown(text: string): Root {
  if (DELIMITER_ROW.test(text)) return withTables.parse(text) as Root;
  return parseQuickMarkdown(text) ?? (withoutTables.parse(text) as Root);
}

/**
 * Blanks out [start, end) while keeping every line break and the string's length, so that the Markdown
 * parser sees blank lines where the front matter was and every position stays the file's own.
 */
export function maskRange(text: string, start: number, end: number): string {
  if (end <= start) return text;
  // A run of spaces per line, not one replacement per character (a front matter block is a few hundred).
  const masked = text.slice(start, end).replace(/[^\r\n]+/g, (run) => " ".repeat(run.length));
  return text.slice(0, start) + masked + text.slice(end);
}
