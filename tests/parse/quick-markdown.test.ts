// The quick reader must build remark-parse's tree exactly (positions included) or decline; it must also take the
// plain Markdown ADRs are mostly written in, or it saves nothing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownFiles } from "../helpers/files.js";
import { parseQuickMarkdown } from "../../src/parse/quick-markdown.js";
import { maskRange, parseMarkdown } from "../../src/parse/markdown.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(repoRoot, "../shared/corpus");
if (!existsSync(corpus)) console.warn(`NOTICE: ${corpus} is absent; the quick reader's corpus comparison is skipped (it runs in CI).`);

const remark = unified()
  .use(remarkParse)
  .use(function strikethrough() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmStrikethrough());
    (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown());
  })
  .freeze();

/** JSON round trip: compares key sets too, so a `position: undefined` left behind would show. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Front matter blanked out as parseDecision does before the Markdown parse, so the body is what is compared. */
function body(file: string): string {
  const text = readFileSync(file, "utf8");
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return front ? maskRange(text, 0, front[0].length) : text;
}

/** Returns whether the quick reader took the text; fails when it took it and built another tree. */
function check(text: string): boolean {
  const quick = parseQuickMarkdown(text);
  if (quick) expect(plain(quick), JSON.stringify(text)).toEqual(plain(remark.parse(text)));
  return quick !== null;
}

describe("quick Markdown reader", () => {
  it.each([
    ["headings and paragraphs", "# Title\n\n## Context\n\nWe need a store.\nIt must scale.\n"],
    ["no final line break", "# T\n\ntext"],
    ["blank lines with spaces, as masked front matter leaves them", "   \n  \n# T\n\nbody\n\n\n"],
    ["inline code and links", "Use `pg` and [the runbook](https://example.com/rb) or [x_y](y.md).\n"],
    ["a link over two lines", "See [the\nguide](g.md) now.\n"],
    ["code spans with padding, doubled backticks, an unclosed run", "`` a ` b `` and ` c ` and ` ` and `x\nalone ``` in text\n"],
    ["intraword underscores", "Set max_pool_size and a_b_c.\n"],
    ["literal brackets", "A [note] and ] and [x] [y] and [z][] (a) [.\n"],
    ["tight bullet lists of each marker", "- a\n- b\n\n* c\n* d\n\n+ e\n"],
    ["a marker change starts a list", "- a\n+ b\n* c\n"],
    ["ordered lists", "1. a\n2. b\n10. c\n\n3) x\n4) y\n"],
    ["loose lists", "- a\n\n- b\n\n\n- c\n"],
    ["a spread item", "- a\n\n  b\n- c\n"],
    ["nested lists", "- a\n  - b\n\n  - c\n- d\n  1. e\n     text\n"],
    ["a blank line before an outer item", "- a\n  - b\n\n- d\n"],
    ["a paragraph after a nested list", "- a\n  - b\n\n  c\n"],
    ["lazy continuation", "- a\nlazy\n- b\n  more\n"],
    ["lists that interrupt paragraphs", "Options:\n- a\n- b\nthen\n1. c\n"],
    ["fenced code", "```js meta data\nconst a = 1;\n\n  indented\n```\n\n````\n```\n````\n"],
    ["fenced code in a list item", "- step\n\n  ```sh\n  npm ci\n\n  npm test\n  ```\n- next\n"],
    ["HTML comments", "<!-- adrkit-disable no-placeholders -->\n# T\n\ntext\n<!-- a\n\nb -->\nafter\n"],
    ["headings interrupt paragraphs and lists", "text\n# H\n- a\n## H2\n"],
    ["emphasis and strong", "**Status**: accepted\n\nA *b* c _d_ e **f *g* h** [*i*](j) `*k*` snake_case_name\n"],
    ["unmatched delimiters stay text", "a * b ** c _ d *e f\n* item with **bold**\n"],
    ["emphasis across lines and in headings", "## The *chosen\noption*\n\n# **T**\n"],
    ["CRLF and mixed line endings", "# T\r\n\r\na \r\nb\n\r\n- c\r\n  *d\r\n  e*\r\n\r\n```\r\nq\r\n\r\nr\n```\r\n<!-- a\r\nb -->\r\n"],
    ["trailing spaces", "a \nb  \n\n# T  \n\n- a \n- b\n\n`x` \nc\n\n```js  \nx \n```  \n<!-- a -->  \nend\nlast \n"],
  ])("takes and matches: %s", (_name, text) => {
    expect(check(text)).toBe(true);
  });

  it.each([
    ["emphasis of three", "***a*** b\n"],
    ["an intraword star run", "a*b*c\n"],
    ["runs of unequal length", "**a* b\n"],
    ["a run next to a non-ASCII character", "é*a*\n"],
    ["a setext heading", "Title\n=====\n"],
    ["a thematic break", "a\n\n---\n"],
    ["a block quote", "> quoted\n"],
    ["an escape", "a \\* b\n"],
    ["a character reference", "a &amp; b\n"],
    ["a hard break", "a  \nb\n"],
    ["a tab", "-\ta\n"],
    ["a lone carriage return", "a\rb\n"],
    ["a reference definition", "[a]: https://example.com\n"],
    ["an image", "![alt](a.png)\n"],
    ["inline HTML", "a <b>c</b>\n"],
    ["indented code", "    code\n"],
    ["an unclosed fence", "```\ncode\n"],
    ["strikethrough", "~~old~~ new\n"],
    ["a link destination with a space", "[a](b c)\n"],
    ["a pointy-bracket link destination", "[a](<b>) and [x](<)\n"],
    ["code in a link label", "[`x`](y.md)\n"],
    ["an empty list item", "-\n  a\n"],
    ["a wide list marker", "1.  a\n"],
    ["an ordered list that cannot interrupt", "a\n2. b\n"],
    ["a closing ATX sequence", "# T #\n"],
    ["an emoji (surrogate pair)", "a \u{1F600} b\n"],
  ])("declines: %s", (_name, text) => {
    expect(parseQuickMarkdown(text)).toBeNull();
    // parseMarkdown still gives remark-parse's tree for it.
    expect(plain(parseMarkdown(text))).toEqual(plain(remark.parse(text)));
  });

  it("matches remark-parse on generated documents, and takes a share of them", () => {
    // Pieces the reader takes, often; pieces it declines or that change the structure, now and then.
    const inline = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("word", "two words", " and ", "`code`", "`` a`b ``", "` x `", "[link](u.md)", "[a\nb](c)", "[x]", "]", "a_b", "1.", "#", "-", "`", ":", "(", ")", "*a*", "**b**", "_c_", " *", "* ", "**", "_", ".", ",") },
      { weight: 1, arbitrary: fc.constantFrom("[", "\n", " ", "*", "***", "<", "&amp;", "\\", "```", "  ", "~", "![i](j)", "[r]: u", "é") },
    );
    const text = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));
    const lineStart = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom("", "", "", "# ", "## ", "- ", "* ", "+ ", "1. ", "2. ", "10) ", "  ", "  - ", "   ", "    - ") },
      { weight: 1, arbitrary: fc.constantFrom("```", "```js x", "<!-- ", "-->", "    ", " ", "> ", "---", "===", "-", "1.  ", "<div>") },
    );
    const line = fc.oneof(
      { weight: 1, arbitrary: fc.constant("") },
      { weight: 6, arbitrary: fc.tuple(lineStart, text, fc.constantFrom("", "", "", " ", "  ")).map(([start, body, trail]) => start + body + trail) },
    );
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.constantFrom("\n", "\r\n", "mixed"), (lines, finalBreak, eol) => {
        runs++;
        const text = lines.join("\n") + (finalBreak ? "\n" : "");
        let k = 0;
        const ended = eol === "\n" ? text : text.replace(/\n/g, () => (eol === "\r\n" || k++ % 2 === 1 ? "\r\n" : "\n"));
        if (check(ended)) taken++;
      }),
      { numRuns: 6000 },
    );
    // The generator mixes in constructs the reader declines; it must still take a fair share.
    expect(taken / runs).toBeGreaterThan(0.05);
  });

  it("matches remark-parse on plain generated ADR bodies, and takes them all", () => {
    const sentence = fc.constantFrom("We chose PostgreSQL.", "It costs `2` nodes", "see [the runbook](docs/run.md)", "max_pool_size stays", "Option [A] is out", "1 of 2");
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
    const block = fc.oneof(
      paragraph,
      paragraph.map((p) => `## ${p}`),
      fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((items) => items.map((p) => `- ${p}`).join("\n")),
      fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((items) => items.map((p, i) => `${i + 1}. ${p}\n   ${p}`).join("\n\n")),
      paragraph.map((p) => "```yaml\n" + p + "\n```"),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        expect(check(`# Title\n\n${blocks.join("\n\n")}\n`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("matches remark-parse on every example and test fixture ADR, and takes most", () => {
    const files = [...markdownFiles(path.join(repoRoot, "examples")), ...markdownFiles(path.join(repoRoot, "tests/fixtures"))];
    const taken = files.filter((file) => check(body(file)));
    expect(taken.length / files.length).toBeGreaterThan(0.5);
    // The same files as a Windows checkout has them.
    const crlf = files.filter((file) => check(body(file).replace(/\r?\n/g, "\r\n")));
    expect(crlf.length).toBe(taken.length);
  });

  it.skipIf(!existsSync(corpus))("matches remark-parse on every corpus ADR it takes", () => {
    const files = markdownFiles(corpus);
    expect(files.length).toBeGreaterThan(400);
    const taken = files.filter((file) => check(body(file)));
    expect(taken.length).toBeGreaterThan(50);
    expect(files.filter((file) => check(body(file).replace(/\r?\n/g, "\r\n"))).length).toBeGreaterThanOrEqual(taken.length);
  });

  it.each([
    ["openers of one character, closers of the other", "_a b* ".repeat(80_000)],
    ["unmatched emphasis runs", "a _b ".repeat(40_000)],
    ["bracket pairs without a destination", "[a] ".repeat(50_000)],
    ["inline code spans", "`a` ".repeat(50_000)],
    ["list items", "- item\n".repeat(30_000)],
    ["nested list items", Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")],
    ["an HTML comment left open", `<!-- a\n${"text\n".repeat(100_000)}`],
    ["an HTML comment closed at the end", `<!-- a\n${"text\n".repeat(100_000)}-->\n`],
  ])("reads 200-500 KB of %s in linear time", (_name, text) => {
    // Quadratic work on these would take minutes; a hostile file must cost its size, not its square.
    const started = performance.now();
    parseQuickMarkdown(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("reads unclosed backtick runs of every length as text", () => {
    // Each run looks for a closing run of its own length; a length found missing is not looked for again.
    const runs = Array.from({ length: 400 }, (_, i) => "`".repeat(i + 1)).join(" x ");
    const text = `${runs}\n`;
    expect(check(text)).toBe(true);
  });
});
