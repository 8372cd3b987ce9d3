// The text helpers every reader of a parsed ADR goes through give the same strings as their plain definitions.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Heading, Nodes, RootContent } from "mdast";
import { cleanText, nodeText, nodesText } from "../../src/parse/text.js";
import { headingText } from "../../src/parse/structure.js";
import { maskRange } from "../../src/parse/markdown.js";

// Spaces of every kind the helpers treat specially, line breaks, and a few letters.
const text = fc.array(fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u200b", "\ufeff", "\u2028", "a", "bc", "-"), { maxLength: 12 }).map((parts) => parts.join(""));

describe("text helpers", () => {
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
