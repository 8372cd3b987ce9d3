// One frozen unified processor for every file: remark-parse with GitHub-flavoured Markdown.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

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
