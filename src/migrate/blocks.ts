// Cuts a parsed ADR into its title, preamble and heading blocks, each an exact byte range of the source.
import type { Heading, Root, RootContent } from "mdast";
import { metadataHeading, sectionForHeading, type SectionId } from "../model/index.js";
import { headingText } from "../parse/structure.js";

/** A top-level heading and everything under it up to the next block, as offsets into the source. */
export interface Block {
  /** The canonical section, or null for a heading that maps onto none. */
  id: SectionId | null;
  /** The metadata field a heading holds (Nygard's `## Status`), or null. */
  metadata: string | null;
  heading: Heading;
  /** The heading's inline source as written (`Context and Problem Statement <!-- optional -->`). */
  headingSource: string;
  /** Top-level nodes under the heading. */
  nodes: RootContent[];
  /** [start, end) of the content after the heading line. */
  start: number;
  end: number;
}

export interface Blocks {
  title: Heading | null;
  /** Nodes outside any block: before the title, or between it and the first section heading. */
  preamble: RootContent[];
  blocks: Block[];
}

const offset = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }, side: "start" | "end"): number =>
  node.position?.[side].offset ?? 0;

/** The inline source of a heading: the text between its marks, without the setext underline. */
export function headingSource(heading: Heading, source: string): string {
  if (heading.children.length === 0) return "";
  return source.slice(offset(heading.children[0], "start"), offset(heading.children[heading.children.length - 1], "end")).trim();
}

/**
 * Splits the tree the way the parser groups sections: a heading starts a new block when it names a canonical or
 * metadata section (except a named heading nested in the options, which is an option), or when it is not deeper than
 * the block it follows. Deeper unnamed headings stay inside their block.
 */
export function splitBlocks(tree: Root, source: string, bodyEnd = source.length): Blocks {
  const result: Blocks = { title: null, preamble: [], blocks: [] };
  let current: Block | null = null;
  for (const node of tree.children) {
    if (node.type === "heading") {
      if (node.depth === 1 && result.title === null) {
        // The parser takes the first H1 as the title wherever it stands; a block before it ends there.
        if (current) current.end = offset(node, "start");
        current = null;
        result.title = node;
        continue;
      }
      const text = headingText(node);
      const id = sectionForHeading(text);
      const metadata = id === null ? metadataHeading(text) : null;
      const nested = current !== null && node.depth > current.heading.depth;
      const named = (id !== null && !(nested && current?.id === "options")) || (metadata !== null && !nested);
      if (named || !nested) {
        if (current) current.end = offset(node, "start");
        current = { id, metadata, heading: node, headingSource: headingSource(node, source), nodes: [], start: offset(node, "end"), end: bodyEnd };
        result.blocks.push(current);
        continue;
      }
    }
    if (current === null) result.preamble.push(node);
    else current.nodes.push(node);
  }
  return result;
}

/**
 * The content of a block as written, with nested headings re-levelled so the block can sit under an `##` heading:
 * a heading one level below its block becomes `###`. Only heading marks change; every other byte is the source's.
 */
export function blockContent(block: Block, source: string): string {
  const patches: Array<{ start: number; end: number; text: string }> = [];
  for (const node of block.nodes) {
    if (node.type !== "heading") continue;
    const depth = Math.min(6, 2 + Math.max(1, node.depth - block.heading.depth));
    const line = source.slice(offset(node, "start"), offset(node, "end"));
    const setext = !line.trimStart().startsWith("#");
    if (depth !== node.depth || setext) {
      patches.push({ start: offset(node, "start"), end: offset(node, "end"), text: `${"#".repeat(depth)} ${headingSource(node, source)}` });
    }
  }
  let text = "";
  let cursor = block.start;
  for (const patch of patches) {
    text += source.slice(cursor, patch.start) + patch.text;
    cursor = patch.end;
  }
  text += source.slice(cursor, block.end);
  return trimBlankLines(text);
}

/** Removes leading and trailing blank lines (and trailing spaces), keeping the first line's indentation. */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, "").replace(/\s+$/, "");
}
