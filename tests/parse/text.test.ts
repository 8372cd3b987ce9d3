// The text helpers every reader of a parsed ADR goes through give the same strings as their plain definitions.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Heading, Nodes, RootContent } from "mdast";
import { cleanText, nodeText, nodesText } from "../../src/parse/text.js";
import { headingText } from "../../src/parse/structure.js";
import { maskRange } from "../../src/parse/markdown.js";

// Spaces of every kind the helpers treat specially, line breaks, and a few letters.
const text = fc.array(fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u200b", "\ufeff", "\u2028", "a", "bc", "-"), { maxLength: 12 }).map((parts) => parts.join(""));

// nodeText as it was written first: one walk per node asked for, its pieces joined and cleaned.
function walkedText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Array<Nodes | string> = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current === "string") parts.push(current);
    else if (current.type === "html") continue;
    else if (current.type === "text" || current.type === "inlineCode" || current.type === "code") parts.push(current.value);
    else if (current.type === "break") parts.push("\n");
    else if (current.type === "image") parts.push(current.alt ?? "");
    else if ("children" in current) {
      const block = ["root", "blockquote", "list", "listItem", "table", "tableRow", "footnoteDefinition"].includes(current.type);
      const children = current.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!);
        if (block && i > 0) stack.push("\n");
      }
    }
  }
  return cleanText(parts.join(""));
}

// Trees of block and inline containers over leaves that carry text (or none).
const { tree } = fc.letrec<{ tree: Nodes; leaf: Nodes }>((tie) => ({
  leaf: fc.oneof(
    text.map((value): Nodes => ({ type: "text", value })),
    text.map((value): Nodes => ({ type: "inlineCode", value })),
    text.map((value): Nodes => ({ type: "html", value })),
    fc.constant<Nodes>({ type: "break" }),
    fc.option(text, { nil: undefined }).map((alt): Nodes => ({ type: "image", url: "x.png", alt })),
    fc.constant<Nodes>({ type: "thematicBreak" }),
  ),
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    tie("leaf"),
    fc.tuple(fc.constantFrom("root", "list", "listItem", "blockquote", "paragraph", "emphasis", "link", "tableRow"), fc.array(tie("tree"), { maxLength: 4 }))
      .map(([type, children]) => ({ type, children }) as unknown as Nodes),
  ),
}));

describe("text helpers", () => {
  it("nodeText gives each node's text as one walk of it does, whichever nodes are asked for first", () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat(), { maxLength: 4 }), (root, picks) => {
        const all: Nodes[] = [];
        const collect = (node: Nodes): void => {
          all.push(node);
          if ("children" in node) for (const child of node.children as Nodes[]) collect(child);
        };
        collect(root);
        // Some descendants first (their texts are kept and reused), then every node.
        for (const pick of picks) nodeText(all[pick % all.length]!);
        for (const node of all) expect(nodeText(node)).toBe(walkedText(node));
      }),
      { numRuns: 3000 },
    );
  });

  it("headingText: the heading's text, cleaned, each run of whitespace one space, trimmed", () => {
    fc.assert(
      fc.property(text, (value) => {
        const heading: Heading = { type: "heading", depth: 2, children: [{ type: "text", value }] };
        expect(headingText(heading)).toBe(cleanText(value).replace(/\s+/g, " ").trim());
      }),
      { numRuns: 3000 },
    );
  });

  it("nodesText: the non-empty trimmed texts of the nodes that are not HTML, a blank line between them", () => {
    const node = fc.tuple(fc.constantFrom("paragraph", "html", "code"), text).map(([type, value]): RootContent =>
      type === "paragraph" ? { type: "paragraph", children: [{ type: "text", value }] } : type === "html" ? { type: "html", value } : { type: "code", value });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), (nodes) => {
        const expected = nodes.filter((n) => n.type !== "html").map((n) => nodeText(n as Nodes).trim()).filter((t) => t.length > 0).join("\n\n");
        expect(nodesText(nodes as Nodes[])).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("maskRange: every character of the range but line breaks becomes a space", () => {
    fc.assert(
      fc.property(text, text, text, (before, range, after) => {
        const whole = before + range + after;
        const expected = before + range.replace(/[^\r\n]/g, " ") + after;
        expect(maskRange(whole, before.length, before.length + range.length)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
