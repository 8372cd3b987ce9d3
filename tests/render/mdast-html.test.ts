// The direct mdast → HTML writer against the library pipeline it replaces (remark-rehype, rehype-sanitize,
// hast-util-to-html): the same bytes for every ADR of the corpus and the examples, hostile input and generated trees.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toHtml } from "hast-util-to-html";
import type { Root, RootContent, PhrasingContent, ListItem, TableRow, TableCell } from "mdast";
import { mdastToHtml, hrefAttribute } from "../../src/render/mdast-html.js";
import { escapeAttribute, escapeText } from "../../src/render/html-text.js";
import { mdastToSafeHast, prepareBody, decisionBodyHast } from "../../src/render/decision-html.js";
import { renderLogHtml } from "../../src/render/log-html.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { loadLog } from "../../src/repo/load.js";

const repoRoot = resolve(import.meta.dirname, "../..");
// ADRKIT_CORPUS points a git worktree (which has no shared/ beside it) at the corpus.
const corpus = process.env.ADRKIT_CORPUS ?? resolve(repoRoot, "../shared/corpus");
const corpusPresent = existsSync(corpus);
if (!corpusPresent) console.warn(`NOTICE: ${corpus} is absent: the writer's corpus comparison is skipped`);

const gfm = unified().use(remarkParse).use(remarkGfm);
const PREFIX = "adr-7";

/** The oracle: what the page held before the direct writer. */
function library(tree: Root, prefix = PREFIX): string {
  return toHtml({ type: "root", children: mdastToSafeHast(tree, prefix) });
}

/** Asserts the writer covers `tree` and writes exactly what the library does. */
function expectSame(tree: Root, label: string, prefix = PREFIX): string {
  const expected = library(tree, prefix);
  const actual = mdastToHtml(tree, prefix);
  expect(actual, `${label}: the writer fell back`).not.toBeNull();
  expect(actual, label).toBe(expected);
  return actual!;
}

/** A body as the page gets it: title heading, front matter and raw HTML dropped, images made links. */
function prepared(tree: Root): Root {
  return prepareBody(structuredClone(tree), (url) => url);
}

/** Every Markdown file under `dir`, relative names first-sorted. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.toLowerCase().endsWith(".md") && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

/** Each file through both paths, as adrkit parses it (then readied as a body) and as full GFM parses it. */
function compareFiles(files: readonly string[]): number {
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    expectSame(prepared(parseMarkdown(text)), `${file} (adrkit parser)`);
    expectSame(gfm.parse(text) as Root, `${file} (GFM)`);
  }
  return files.length;
}

describe("the direct writer on real ADRs", () => {
  it.skipIf(!corpusPresent)("writes every corpus ADR as the library does", () => {
    const files = markdownFiles(corpus);
    expect(compareFiles(files)).toBeGreaterThan(400);
  }, 120_000);

  it("writes every example as the library does", () => {
    expect(compareFiles(markdownFiles(join(repoRoot, "examples")))).toBeGreaterThan(10);
  });
});

describe("whole log pages", () => {
  const folders = [
    join(repoRoot, "examples/decisions"), join(repoRoot, "tests/fixtures/hostile-log"), join(repoRoot, "tests/fixtures/render-log"),
    ...(corpusPresent ? readdirSync(corpus).map((name) => join(corpus, name)).filter((p) => statSync(p).isDirectory()) : []),
  ];

  it("are the same with bodies from the writer and from the library", async () => {
    for (const folder of folders) {
      const { decisions } = await loadLog(folder, { root: folder });
      const expected = renderLogHtml(decisions, { today: "2026-11-25", body: decisionBodyHast });
      expect(renderLogHtml(decisions, { today: "2026-11-25" }), folder).toBe(expected);
    }
  }, 120_000);
});

const HOSTILE: Record<string, string> = {
  schemes: [
    "[js](javascript:alert(1)) [JS](JavaScript:alert(1)) [vb](vbscript:msgbox) [data](data:text/html,<b>x</b>)",
    "[spaced]( javascript:alert(1)) [tab](<java\tscript:alert(1)>) [entity](&#106;avascript:alert(1))",
    "[hex](&#x6A;avascript:alert(1)) [colon](javascript&colon;alert(1)) [nl](<java\nscript:x>)",
    "[ok](https://example.com/a?b=1&c=2#d) [mail](mailto:a@b.c) [irc](irc://x) [xmpp](xmpp:a@b) [HTTP](HTTP://x)",
    "[rel](./a:b) [query](a?x=y:z) [hash](#a:b) [empty]() [pct](%zz%41%4) [uni](https://ex.com/ä ö)",
    "![img](javascript:alert(1)) ![ok](https://example.com/a.png \"t\") ![data](data:image/png;base64,AAAA)",
    "[ref][r1] [ref2][r2] [ref3][R1] ![imgref][r2] [missing][nope] ![missing][nope] [collapsed][] [short]",
    "",
    "[r1]: javascript:alert(1) \"t'\\\"<&\"",
    "[r2]: <data:text/html,x>",
    "[collapsed]: https://example.com",
  ].join("\n"),
  raw: [
    "<script>alert(1)</script>",
    "",
    "Inline <img src=x onerror=alert(1)> and <a href=\"javascript:x\" onclick=\"y\">z</a> text.",
    "",
    "<div onmouseover=\"alert(1)\">",
    "*block*",
    "</div>",
    "",
    "<!-- a comment --> <style>body{}</style>",
  ].join("\n"),
  quoting: [
    "# Title \"with\" 'quotes' & <less> than",
    "",
    "[a \"quoted\" & <link>](https://x.example/?a=\"b\"&c='d'`e` \"title with \"\"quotes\"\" & <tags> 'and' `ticks`\")",
    "",
    "![alt \"with\" & <b>](img.png 'single \"title\"') and `code <b> & \"q\"`",
    "",
    "Ampersands & entities &amp; &lt; &#0; &copy; and a NUL \u0000 here.",
  ].join("\n"),
  emphasis: [
    "***strong em*** _em **strong _em again_ strong** em_ ~~del *em* **b**~~ ~single~",
    "",
    "a *b **c *d* e** f* g __h *i* j__",
    "",
    "Hard break  ",
    "   *after break* and\\",
    "  `  code after break` then  ",
    "\ttext with tab  ",
    "[   link after break](x)",
  ].join("\n"),
  footnotes: [
    "Text[^1] and again[^1] and[^note] and missing[^gone] and[^Note].",
    "",
    "[^1]: First *note* with a [link](https://x).",
    "[^note]: Second note.",
    "",
    "    With a second paragraph[^third].",
    "",
    "[^third]: Referenced from a note.",
    "[^unused]: Never referenced.",
    "",
    "- a list[^list]",
    "",
    "[^list]:",
    "    - item in a note",
  ].join("\n"),
  tables: [
    "| left | center | right | none |",
    "|:-----|:------:|------:|------|",
    "| a | **b** | `c` | [d](javascript:x) |",
    "| short row |",
    "| too | many | cells | here | extra |",
    "",
    "| only header |",
    "| --- |",
  ].join("\n"),
  tasks: [
    "- [ ] open",
    "- [x] done *with emphasis*",
    "- [X] upper",
    "- plain",
    "",
    "1. [x] ordered task",
    "",
    "Between the lists.",
    "",
    "3. starts at three",
    "4. next",
    "",
    "- [ ]",
    "",
    "- loose item",
    "",
    "  second paragraph",
    "- [ ] loose task",
    "",
    "  more",
    "",
    "* > quote in item",
    "* ```js",
    "  code in item",
    "  ```",
  ].join("\n"),
  code: [
    "```js\" onmouseover=\"alert(1)",
    "const a = \"<b>\" && '&';",
    "```",
    "",
    "``` lang`with`ticks&amp; extra words",
    "x",
    "```",
    "",
    "```",
    "```",
    "",
    "    indented <code>",
    "",
    "~~~ruby   ",
    "puts 1",
    "~~~",
  ].join("\n"),
  misc: [
    "Setext",
    "======",
    "",
    "> quote with **strong**",
    ">",
    "> > nested quote",
    "",
    "***",
    "",
    "https://autolink.example and www.example.com and a@b.co <https://angle.example> <javascript:alert(1)>",
    "",
    "###### six",
    "",
    "Line one",
    "line two   ",
    "  line three",
  ].join("\n"),
};

describe("the direct writer on hostile Markdown", () => {
  for (const [name, markdown] of Object.entries(HOSTILE)) {
    it(`writes ${name} as the library does`, () => {
      const tree = gfm.parse(markdown) as Root;
      const html = expectSame(tree, name);
      expectSame(prepared(tree), `${name} (prepared)`);
      expectSame(prepared(parseMarkdown(markdown)), `${name} (adrkit parser)`);
      // Whatever the Markdown held, no script, handler or dangerous scheme is written.
      expect(html).not.toMatch(/<(?:script|style|img[^>]*onerror|div)\b/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data):/i);
    });
  }

  it("is not vacuous: the hostile cases reach footnotes, alignment, task lists, unsafe links and references", () => {
    const html = (name: string) => mdastToHtml(gfm.parse(HOSTILE[name]) as Root, PREFIX)!;
    expect(html("footnotes")).toContain('<sup><a href="#adr-7-fn-1" id="adr-7-fnref-1-2" data-footnote-ref');
    expect(html("footnotes")).toContain('<section data-footnotes class="footnotes">');
    expect(html("tables")).toContain('<th align="center">');
    expect(html("tasks")).toContain('<ul class="contains-task-list">');
    expect(html("tasks")).toContain('<input type="checkbox" checked disabled>');
    expect(html("tasks")).toContain('<ol start="3">');
    expect(html("schemes")).toContain("<a>js</a>");
    expect(html("schemes")).toContain("[missing][nope]");
    expect(html("code")).toContain('class="language-js&#x22;"');
    expect(html("quoting")).toContain("&#x26;");
    expect(html("emphasis")).toContain("<br>\n<em>after break</em>");
  });
});

describe("the writer's pieces against the library", () => {
  const tricky = fc.constantFrom("javascript:", "JAVASCRIPT:", "http:", "https:", "mailto:", "irc:", "ircs:", "xmpp:",
    "data:", ":", "/", "?", "#", "%", "%4", "%41", "%zz", "\"", "'", "`", "&", "<", ">", " ", "\t", "\n", "\0", "ä",
    "\uD83D\uDE00", "\uD83D", "\uDE00", "\\", "[", "]", "(", ")");
  const piece = fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 4 }));
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));

  it("keeps or drops a link's href as the sanitizer does", () => {
    fc.assert(fc.property(text, (url) => {
      const tree: Root = { type: "root", children: [{ type: "paragraph", children: [{ type: "link", url, children: [] }] }] };
      expect(`<p><a${hrefAttribute(url)}></a></p>`).toBe(library(tree));
    }), { numRuns: 500, seed: 7 });
  });

  it("escapes text and attribute values as hast-util-to-html does", () => {
    fc.assert(fc.property(text, (value) => {
      const node = { type: "element" as const, tagName: "a", properties: { title: value }, children: [{ type: "text" as const, value }] };
      expect(`<a title="${escapeAttribute(value)}">${escapeText(value)}</a>`).toBe(toHtml(node));
    }), { numRuns: 500, seed: 11 });
  });
});

// Generated input: Markdown assembled from fragments that stress the writer, and mdast trees of shapes Markdown
// does not produce (spread flags, stray checkboxes, alignment rows longer or shorter than the cells).
const inlineFragment = fc.constantFrom(
  "plain", " ", "  ", "*em*", "**strong**", "~~del~~", "`code`", "` spaced `", "[link](https://a.example \"t\")",
  "[bad](javascript:x)", "[ref][d1]", "[missing][zz]", "![img](x.png)", "![ref img][d2]", "<b>raw</b>", "a  \n  b",
  "a\\\nb", "[^f1]", "[^f2]", "&amp;", "<", "&", "\"q\"", "'s'", "https://auto.example", "x_y_z", "__", "**",
);
const inline = fc.array(inlineFragment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const block = fc.oneof(
  inline,
  inline.map((t) => `# ${t}`),
  inline.map((t) => `### ${t}`),
  inline.map((t) => `> ${t}\n>\n> ${t}`),
  fc.tuple(fc.constantFrom("- ", "* ", "1. ", "2) "), fc.constantFrom("", "[ ] ", "[x] "), inline, fc.boolean())
    .map(([marker, box, t, loose]) => `${marker}${box}${t}${loose ? "\n" : ""}\n${marker}${t}`),
  fc.tuple(fc.constantFrom(":--", ":-:", "--:", "---"), inline, inline).map(([a, x, y]) => `| h | ${x} |\n| ${a} | --- |\n| ${y} |\n| a | b | c |`),
  fc.tuple(fc.constantFrom("", "js", "a\"b", " x y", "c++"), inline).map(([lang, t]) => `\`\`\`${lang}\n${t}\n\`\`\``),
  fc.constantFrom("[d1]: https://d.example 'title'", "[d2]: javascript:x", "[^f1]: note *one*", "[^f2]:\n    > quoted note", "***", "<div>\nraw\n</div>"),
);
const document = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join("\n\n"));

const text = fc.string({ maxLength: 6 }).map((value) => ({ type: "text" as const, value }));
const { phrasing } = fc.letrec<{ phrasing: PhrasingContent }>((tie) => ({
  phrasing: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.constantFrom<PhrasingContent>({ type: "break" }, { type: "html", value: "<i>" }, { type: "inlineCode", value: "  a\nb" },
      { type: "text", value: " \t lead" }, { type: "footnoteReference", identifier: "n", label: "n" }),
    fc.array(tie("phrasing"), { maxLength: 3 }).map((children) => ({ type: "emphasis" as const, children })),
    fc.array(tie("phrasing"), { maxLength: 3 }).map((children) => ({ type: "strong" as const, children })),
    fc.tuple(fc.constantFrom("https://x", "javascript:y", ""), fc.array(tie("phrasing"), { maxLength: 3 }))
      .map(([url, children]) => ({ type: "link" as const, url, children })),
    fc.array(tie("phrasing"), { maxLength: 3 }).map((children) => ({ type: "linkReference" as const, identifier: "d", label: "D", referenceType: "full" as const, children })),
  ),
}));
const phrasingList = fc.array(phrasing, { maxLength: 5 });
const paragraph = phrasingList.map((children) => ({ type: "paragraph" as const, children }));
const listItem = fc.record({
  spread: fc.constantFrom(true, false, null, undefined),
  checked: fc.constantFrom(true, false, null, undefined),
  children: fc.array(fc.oneof(paragraph, fc.constant({ type: "thematicBreak" as const }), fc.constant({ type: "html" as const, value: "x" })), { maxLength: 3 }),
}).map((item) => ({ type: "listItem", ...item }) as ListItem);
const list = fc.record({
  ordered: fc.boolean(),
  start: fc.constantFrom(1, 0, 5, null, undefined),
  spread: fc.constantFrom(true, false, undefined),
  children: fc.array(listItem, { maxLength: 3 }),
}).map((l) => ({ type: "list" as const, ...l }));
const cell = phrasingList.map((children): TableCell => ({ type: "tableCell", children }));
const table = fc.record({
  align: fc.option(fc.array(fc.constantFrom("left", "right", "center", null), { maxLength: 4 }), { nil: undefined }),
  children: fc.array(fc.array(cell, { maxLength: 4 }).map((children): TableRow => ({ type: "tableRow", children })), { maxLength: 3 }),
}).map((t) => ({ type: "table" as const, ...t }));
const flow = fc.array(fc.oneof(
  paragraph, list, table,
  fc.constantFrom<RootContent>({ type: "definition", identifier: "d", label: "D", url: "https://d", title: null },
    { type: "footnoteDefinition", identifier: "n", children: [{ type: "paragraph", children: [{ type: "text", value: "note" }] }] },
    { type: "code", lang: " lead", value: "x" }, { type: "code", lang: null, value: "" }, { type: "thematicBreak" }),
), { maxLength: 5 });

describe("the direct writer on generated input", () => {
  it("writes generated Markdown as the library does", () => {
    fc.assert(fc.property(document, (markdown) => {
      const tree = gfm.parse(markdown) as Root;
      expectSame(tree, markdown);
      expectSame(prepared(parseMarkdown(markdown)), `${markdown} (adrkit parser)`);
    }), { numRuns: 300, seed: 42 });
  });

  it("writes generated mdast trees as the library does", () => {
    fc.assert(fc.property(flow, (children) => {
      expectSame({ type: "root", children }, JSON.stringify(children));
    }), { numRuns: 400, seed: 43 });
  });

  it("falls back, never guesses, on nodes it does not write", () => {
    const unknown = { type: "root", children: [{ type: "math", value: "x" }] } as unknown as Root;
    const renamed: Root = { type: "root", children: [{ type: "paragraph", data: { hName: "script" }, children: [] }] as RootContent[] };
    const deep: Root = { type: "root", children: [{ type: "heading", depth: 7 as 6, children: [{ type: "text", value: "x" }] }] };
    for (const tree of [unknown, renamed, deep]) expect(mdastToHtml(tree, PREFIX)).toBeNull();
  });

  it("writes a table holding its header row twice as the library does (a header row is the first one)", () => {
    const row: TableRow = { type: "tableRow", children: [{ type: "tableCell", children: [{ type: "text", value: "h" }] }] };
    const other: TableRow = { type: "tableRow", children: [] };
    expect(expectSame({ type: "root", children: [{ type: "table", children: [row, other, row] }] }, "repeated row")).toContain("<th>h</th>\n</tr>\n</tbody>");
  });
});
