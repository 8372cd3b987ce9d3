// Turns mdast trees into Markdown text; the one place renderers stringify Markdown.
import type { Root, RootContent, PhrasingContent, TableCell, TableRow, Table, Text } from "mdast";
import { unified } from "unified";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: "-", emphasis: "_", rule: "-", fences: true });

export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

export function text(value: string): Text {
  return { type: "text", value };
}

export function root(children: RootContent[]): Root {
  return { type: "root", children };
}

export function cell(children: PhrasingContent[]): TableCell {
  return { type: "tableCell", children };
}

export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: "tableRow", children: cells.map(cell) });
  return {
    type: "table",
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)],
  };
}

/** Phrasing nodes joined by a separator, e.g. a list of links "a, b". */
export function joinPhrasing(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...part);
  });
  return out;
}

/** Single line, no control characters: ADR text that lands in a table cell or a heading. */
export function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}
