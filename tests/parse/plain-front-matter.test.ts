// Plain `key: value` front matter is read without the YAML library: wherever that reading answers, it must give
// the values and the value positions the YAML library gives (YAML 1.2, core schema, as parse/front-matter.ts asks).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument, isMap, isScalar, type Node as YamlNode } from "yaml";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownFiles } from "../helpers/files.js";
import { readPlainMapping } from "../../src/parse/plain-front-matter.js";
import { readFrontMatter, valueRange } from "../../src/parse/front-matter.js";
import { DEFAULT_LIMITS } from "../../src/parse/limits.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const corpus = path.resolve(repoRoot, "../shared/corpus");
if (!existsSync(corpus)) console.warn(`NOTICE: ${corpus} is absent; the corpus front matter comparison is skipped (it runs in CI).`);

/** What the YAML library reads: the values, and each top-level key's key start and value range. */
function yamlReading(yamlText: string) {
  const doc = parseDocument(yamlText, { uniqueKeys: true, strict: true, prettyErrors: false, schema: "core", version: "1.2" });
  const ranges = new Map<string, { keyStart: number; start: number; end: number }>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key as YamlNode;
      const value = pair.value as YamlNode;
      if (isScalar(key) && key.range && value?.range) ranges.set(String(key.value), { keyStart: key.range[0], start: value.range[0], end: value.range[1] });
    }
  }
  return { errors: doc.errors.length, data: doc.toJS() as unknown, ranges };
}

/** Reads `yamlText` both ways; returns whether the plain reading answered. */
function agrees(yamlText: string, label = yamlText): boolean {
  const plain = readPlainMapping(yamlText);
  if (plain === null) return false;
  const yaml = yamlReading(yamlText);
  expect(yaml.errors, label).toBe(0);
  expect(plain.data, label).toEqual(yaml.data);
  expect(new Map(plain.ranges), label).toEqual(yaml.ranges);
  return true;
}

function frontMatterOf(text: string): string | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return m ? m[1] : null;
}

// The pieces plain front matter and its look-alikes are made of.
const keyPiece = fc.constantFrom("status", "date", "title", "tags", "null", "True", "a-b", "x_y", "Status", "k1", "1", "- a", "? q", "# c");
const gap = fc.constantFrom(": ", ":  ", ":", " : ", ":\t", ": \t");
const valuePiece = fc.constantFrom(
  "accepted", "2024-01-31", "12", "[", "]", "[a, b]", "[]", "[1, x]", ", ", "[a,", "{a: b}", "007", "1.5", "1e3", "0x1F", "0o7", "-3", "+4", ".inf", ".nan", "~", "null", "true", "False",
  " ", ":", ": ", "#", " #", "-", "- ", "[", "]", "{", "}", "'", '"', "!", "&", "*", "|", ">", "%", "@", "`", ",", "?", "ü", "C#", "a b", "\\",
);
const tricky = fc.oneof(
  fc.tuple(keyPiece, gap, fc.array(valuePiece, { maxLength: 4 }), fc.constantFrom("", " ", "  ")).map(([k, g, v, t]) => `${k}${g}${v.join("")}${t}`),
  fc.constantFrom("", "  ", "  - item", "---", "%YAML 1.2"),
);
// Lines that are mostly plain, so that whole blocks of them are common, with one tricky piece now and then.
const plainish = fc
  .tuple(fc.constantFrom("status", "date", "title", "deciders", "review-by"), fc.constantFrom(": ", ":  "), fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom("accepted", "2024-01-31", "12", "Use X", "a-b", "ü", "[Ana Ruiz, Mo Said]", "[x]", "[]") }, { weight: 1, arbitrary: valuePiece }), { minLength: 1, maxLength: 3 }))
  .map(([k, g, v]) => `${k}${g}${v.join(" ")}`);
const line = fc.oneof({ weight: 1, arbitrary: tricky }, { weight: 4, arbitrary: plainish });

describe("plain front matter", () => {
  it("reads what the YAML library reads, wherever it answers, for any mix of YAML's characters", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        if (agrees(lines.join("\n"))) answered++;
      }),
      { numRuns: 4000 },
    );
    // Well-formed plain lines are common in that mix: the comparison above must not pass by never answering.
    expect(answered).toBeGreaterThan(400);
  });

  it.each([
    ["plain keys", "status: accepted\ndate: 2024-01-31\ntitle: Use PostgreSQL for orders\n", true],
    ["a plain integer", "number: 12\n", true],
    ["trailing spaces and wide gaps", "status:    accepted   \n\ndate: 2024-01-31  ", true],
    ["a list", "tags:\n  - a\n  - b\n", false],
    ["a flow list", "tags: [a, b]\ndeciders: [Jon Berg,Ines Costa ]\nnone: []\n", true],
    ["a flow list with a quoted item", 'tags: [a, "b"]\n', false],
    ["a flow list with a trailing comma", "tags: [a, b,]\n", false],
    ["a nested flow list", "tags: [a, [b]]\n", false],
    ["a brace inside a flow item", "tags: [a{b}]\n", false],
    ["a quoted value", 'title: "Use: this"\n', false],
    ["a comment", "status: accepted # for now\n", false],
    ["a float", "version: 1.5\n", false],
    ["a boolean", "draft: true\n", false],
    ["an empty value", "review-by:\n", false],
    ["a nested mapping", "title: a: b\n", false],
    ["CRLF", "status: accepted\r\ndate: 2024-01-31\r\n", false],
    ["a duplicate key", "status: a\nstatus: b\n", false],
  ])("%s: read plainly = %s", (_, yamlText, plain) => {
    expect(readPlainMapping(yamlText) !== null).toBe(plain);
    if (plain) expect(agrees(yamlText)).toBe(true);
  });

  it("gives positions in the file: a finding on a plain value points at its line and column", () => {
    const text = "---\nstatus: acepted\ndate: 2024-01-31\n---\n# 1. T\n";
    const { frontMatter } = readFrontMatter(text, DEFAULT_LIMITS);
    expect(frontMatter?.plain).toBeDefined();
    const range = valueRange(frontMatter!, "status")!;
    expect(text.slice(range.start, range.end)).toBe("acepted");
    expect(text.slice(range.keyStart, range.start)).toBe("status: ");
  });

  it("agrees with the YAML library on the front matter of every shipped example", () => {
    const files = markdownFiles(path.join(repoRoot, "examples")).concat(markdownFiles(path.join(repoRoot, "tests/fixtures")));
    let answered = 0;
    for (const file of files) {
      const yamlText = frontMatterOf(readFileSync(file, "utf8"));
      if (yamlText !== null && agrees(yamlText, file)) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(corpus))("agrees with the YAML library on the front matter of every corpus ADR", () => {
    let answered = 0;
    for (const file of markdownFiles(corpus)) {
      const yamlText = frontMatterOf(readFileSync(file, "utf8"));
      if (yamlText !== null && agrees(yamlText, file)) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });
});
