// One frozen unified processor for every file: remark-parse with the two GFM constructs ADRs use.
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import type { Root } from "mdast";

/**
 * Tables (failure-mode and option matrices, metadata tables) and strikethrough. The rest of GFM — above all
 * autolink literals — doubled parse time on our benchmark corpus while adding nothing a rule or renderer reads:
 * a bare URL stays text, a footnote or task marker stays as written.
 */
function adrMarkdown(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(adrMarkdown).freeze();

/** Parses Markdown into mdast. Positions are those of `text`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/**
 * Blanks out [start, end) while keeping every line break and the string's length, so that the Markdown
 * parser sees blank lines where the front matter was and every position stays the file's own.
 */
export function maskRange(text: string, start: number, end: number): string {
  if (end <= start) return text;
  const masked = text.slice(start, end).replace(/[^\r\n]/g, " ");
  return text.slice(0, start) + masked + text.slice(end);
}
