// The Markdown log table, read back with remark as a reader's tools would read it.
import { describe, it, expect } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import type { Root, Table, Link } from "mdast";
import { renderLogMarkdown } from "../../src/render/index.js";
import { makeDecision, sampleLog } from "./make-decision.js";

function readBack(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

function rowsOf(markdown: string): string[][] {
  const tree = readBack(markdown);
  const table = tree.children.find((n): n is Table => n.type === "table");
  if (!table) throw new Error("no table in the output");
  return table.children.map((row) => row.children.map((c) => toString(c)));
}

describe("log table", () => {
  it("has one row per decision, in number order, with the columns a reader expects", () => {
    const rows = rowsOf(renderLogMarkdown([...sampleLog()].reverse()));
    expect(rows[0]).toEqual(["Number", "Title", "Status", "Date", "Tags", "Reversibility"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["0001", "0002", "0003", "0004", "0005"]);
    expect(rows[4]).toEqual(["0004", "Use Postgres", "accepted", "2026-02-10", "storage, data", "one-way"]);
    expect(rows[3][5]).toBe("unknown");
  });

  it("links each number to the decision's file, through the caller's link function", () => {
    const tree = readBack(renderLogMarkdown(sampleLog(), { href: (d) => `adr/${d.number}.md` }));
    const table = tree.children[0] as Table;
    const link = table.children[1].children[0].children[0] as Link;
    expect(link.type).toBe("link");
    expect(link.url).toBe("adr/1.md");
  });

  it("strikes through a superseded decision and points at its replacement", () => {
    const tree = readBack(renderLogMarkdown(sampleLog()));
    const row = (tree.children[0] as Table).children[2];
    expect(row.children[1].children[0].type).toBe("delete");
    const status = row.children[2];
    expect(toString(status)).toBe("superseded by 0004");
    expect((status.children.find((c) => c.type === "link") as Link).url).toBe("docs/adr/0004-use-postgres.md");
  });

  it("keeps hostile titles and tags inside their own cell as text", () => {
    const decisions = [
      makeDecision({ number: 1, title: "Pipes | break <script>alert(1)</script> tables\nand lines", tags: ["a|b", "[x](javascript:alert(1))"] }),
      makeDecision({ number: 2, title: "*not emphasis* `not code` [not a link](http://x)" }),
    ];
    const markdown = renderLogMarkdown(decisions);
    const rows = rowsOf(markdown);
    expect(rows[1]).toHaveLength(6);
    expect(rows[1][1]).toBe("Pipes | break <script>alert(1)</script> tables and lines");
    expect(rows[1][4]).toBe("a|b, [x](javascript:alert(1))");
    expect(rows[2][1]).toBe("*not emphasis* `not code` [not a link](http://x)");
    const links: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }): void => {
      if (node.type === "link" && node.url) links.push(node.url);
      (node.children as typeof node[] | undefined)?.forEach(walk);
    };
    walk(readBack(markdown));
    expect(links.every((url) => url.startsWith("docs/adr/"))).toBe(true);
  });

  it("says so when the log is empty", () => {
    expect(toString(readBack(renderLogMarkdown([])))).toBe("No decisions recorded yet.");
  });
});
