// Turns micromark's GFM table tokens into mdast `table` / `tableRow` / `tableCell` nodes.
//
// mdast-util-gfm-table does the same, but it also carries the table serializer, which loads
// mdast-util-to-markdown (about 50 modules, 80 ms of start-up) in every thread that parses; adrkit never
// writes tables back. tests/parse/table-gate.test.ts checks that both give the same tree.
import type { CompileContext, Extension, Token } from "mdast-util-from-markdown";
import type { InlineCode, Table } from "mdast";

type Align = "left" | "right" | "center" | "none";

function enterTable(this: CompileContext, token: Token): void {
  // micromark-extension-gfm-table resolves each column's alignment onto the table token.
  const columns = (token as Token & { _align?: Align[] })._align ?? [];
  const table: Table = { type: "table", align: columns.map((a) => (a === "none" ? null : a)), children: [] };
  this.enter(table, token);
  this.data.inTable = true;
}

function exitTable(this: CompileContext, token: Token): void {
  this.exit(token);
  this.data.inTable = undefined;
}

function enterRow(this: CompileContext, token: Token): void {
  this.enter({ type: "tableRow", children: [] }, token);
}

function enterCell(this: CompileContext, token: Token): void {
  this.enter({ type: "tableCell", children: [] }, token);
}

function exitNode(this: CompileContext, token: Token): void {
  this.exit(token);
}

/** Inside a table, `\|` in code means a literal pipe (it cannot end the cell); other escapes stay as written. */
function exitCodeText(this: CompileContext, token: Token): void {
  const raw = this.resume();
  const node = this.stack[this.stack.length - 1] as InlineCode;
  node.value = this.data.inTable ? raw.replace(/\\([\\|])/g, (whole, char: string) => (char === "|" ? char : whole)) : raw;
  this.exit(token);
}

export const tableFromMarkdown: Extension = {
  enter: { table: enterTable, tableRow: enterRow, tableHeader: enterCell, tableData: enterCell },
  exit: { table: exitTable, tableRow: exitNode, tableHeader: exitNode, tableData: exitNode, codeText: exitCodeText },
};
