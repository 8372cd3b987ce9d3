// Prose helpers: sentences, whole words outside code, quotes, negations, measures, positions.
import { describe, it, expect } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import {
  CODE_MARK, countWords, findWords, isNegated, isQuantified, isQuoted, LineIndex, offsetAt, proseBlocks, prosePosition, splitSentences,
} from "../../src/lint/text.js";
import { parseMarkdown } from "../../src/parse/markdown.js";

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

describe("proseBlocks", () => {
  it("keeps paragraphs, list items, table cells and headings, and leaves out code blocks and HTML", () => {
    const md = "# Title\n\nSome prose.\n\n```\nfast code\n```\n\n<!-- fast comment -->\n\n- item one\n\n| a | b |\n|---|---|\n| cell | two |\n";
    expect(proseBlocks(parse(md).children).map((p) => p.text)).toEqual(["Title", "Some prose.", "item one", "a", "b", "cell", "two"]);
  });

  it("turns inline code into one mark so words in code never match", () => {
    const [block] = proseBlocks(parse("Use `fast-json` here.").children);
    expect(block.text).toBe(`Use ${CODE_MARK} here.`);
    expect(findWords(block.text, ["fast"])).toEqual([]);
  });

  it("marks blockquotes, and can leave them and headings out", () => {
    const tree = parse("# Fast\n\n> It is fast.\n\nOurs.\n");
    expect(proseBlocks(tree.children).map((p) => p.quoted)).toEqual([false, true, false]);
    expect(proseBlocks(tree.children, { skipQuotes: true, skipHeadings: true }).map((p) => p.text)).toEqual(["Ours."]);
  });

  it("maps characters back to file positions, through links and emphasis", () => {
    const md = "Intro line.\n\nA [link](x.md) and *very fast* path.\n";
    const [, block] = proseBlocks(parse(md).children);
    const at = block.text.indexOf("fast");
    const pos = prosePosition(block, at, at + 4, new LineIndex(md));
    expect(pos.start).toMatchObject({ line: 3, column: 26 });
    expect(md.slice(pos.start.offset, pos.end.offset)).toBe("fast");
  });
});

describe("offsetAt", () => {
  // Each visible character of a block must point at the same character in the file, whatever Markdown removed
  // around it: escapes, entities, list and quote markers, indentation, CRLF, inline code and hard breaks.
  const documents = [
    "Plain prose over\ntwo lines, with `code` and a [link](x.md).\n",
    "An \\*escaped\\* star, an &amp; entity, &copy; and a tab\there.\r\nNext line\r\n",
    "- item one\n  continues here\n- item *two* and **three**\n\n> quoted\n> text over lines\n",
    "1. first\n   1. nested \\_x\\_ `y`\n      lazy line\n\nHard  \nbreak and\\\nanother.\n",
    "| cell a | cell \\| b |\n|---|---|\n| c &lt; d | e |\n",
  ];
  it.each(documents)("maps every visible character of %j to itself in the source", (source) => {
    // Both readers: the quick reader and remark-parse (with tables) build the trees the rules read.
    for (const tree of [parseMarkdown(source), parse(source)]) {
      for (const prose of proseBlocks(tree.children, { source })) {
        let checked = 0;
        for (let i = 0; i < prose.text.length; i++) {
          const ch = prose.text[i];
          if (ch === CODE_MARK || ch === "\n") continue;
          const at = offsetAt(prose, i);
          // An entity's character stands for the whole entity, which starts at its `&`.
          if (source[at] === "&" && ch !== "&") continue;
          expect(source[at], `${JSON.stringify(prose.text)}[${i}]`).toBe(ch);
          checked++;
        }
        expect(checked).toBeGreaterThan(0);
      }
    }
  });

  it("points inline code at its backtick, and text after a hard break at its own line", () => {
    const source = "Use `fast-json` here.  \nNext.\n";
    const [prose] = proseBlocks(parseMarkdown(source).children, { source });
    expect(source[offsetAt(prose, prose.text.indexOf(CODE_MARK))]).toBe("`");
    const lines = new LineIndex(source);
    const next = prose.text.indexOf("Next");
    expect(prosePosition(prose, next, next + 4, lines).start).toMatchObject({ line: 2, column: 1 });
  });
});

describe("splitSentences", () => {
  it("splits at sentence ends but not at abbreviations, versions or decimals", () => {
    expect(splitSentences("We use v1.2 of it, e.g. for caching. It is 2.5 times faster! Why? Because.").map((s) => s.text)).toEqual([
      "We use v1.2 of it, e.g. for caching.",
      "It is 2.5 times faster!",
      "Why?",
      "Because.",
    ]);
  });

  it("gives offsets into the original text", () => {
    const text = "One.  Two here.";
    const [, two] = splitSentences(text);
    expect(text.slice(two.start, two.end)).toBe("Two here.");
  });

  it("keeps a closing quote with its sentence", () => {
    expect(splitSentences("He said \"go.\" Then left.").map((s) => s.text)).toEqual(["He said \"go.\"", "Then left."]);
  });
});

describe("findWords", () => {
  it("matches whole words only, case-insensitive, with spaces or hyphens inside phrases", () => {
    const text = "Fast and faster; breakfast; high-performance and high performance; steadfast.";
    expect(findWords(text, ["fast", "high performance"]).map((m) => m.text)).toEqual(["Fast", "high-performance", "high performance"]);
  });

  it("does not match inside identifiers", () => {
    expect(findWords("fast_path, fast-track, easy-peasy", ["fast", "easy"])).toEqual([]);
  });
});

describe("isQuoted", () => {
  it("finds words inside straight, curly and single quotes, not after an apostrophe", () => {
    const text = "They call it \"scalable\" and “robust” and 'easy' but it doesn't matter how fast.";
    expect(isQuoted(text, text.indexOf("scalable"))).toBe(true);
    expect(isQuoted(text, text.indexOf("robust"))).toBe(true);
    expect(isQuoted(text, text.indexOf("easy"))).toBe(true);
    expect(isQuoted(text, text.indexOf("fast"))).toBe(false);
  });
});

describe("isNegated", () => {
  it.each([
    ["It is not scalable", "scalable", true],
    ["It isn't very fast", "fast", true],
    ["It is never easy", "easy", true],
    ["We chose it without being robust about it", "robust", true],
    ["It is scalable", "scalable", false],
    ["Not only that, it is fast", "fast", false],
    ["There is no easy way", "easy", true],
  ])("%s", (text, word, expected) => {
    expect(isNegated(text, text.indexOf(word))).toBe(expected);
  });
});

describe("isQuantified", () => {
  it.each([
    ["It is fast.", false],
    ["It answers in 20 ms.", true],
    ["It is faster than Redis.", true],
    ["It handles thousands of requests.", true],
    ["Easy to adopt.", false],
    ["It is twice as fast.", true],
  ])("%s", (text, expected) => {
    expect(isQuantified(text)).toBe(expected);
  });
});

describe("countWords and LineIndex", () => {
  it("counts words, not punctuation or code marks", () => {
    expect(countWords(`We don't use ${CODE_MARK} - ever, v2.`)).toBe(5);
  });

  it("turns offsets into 1-based lines and columns", () => {
    const lines = new LineIndex("ab\ncd\n");
    expect(lines.point(0)).toMatchObject({ line: 1, column: 1 });
    expect(lines.point(4)).toMatchObject({ line: 2, column: 2 });
  });
});
