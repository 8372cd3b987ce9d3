// Minimal edits of YAML front matter: the yaml Document API finds the bytes, only those bytes change.
import { parseDocument, isMap, isScalar, isSeq, stringify, Scalar, type Pair, type Node } from "yaml";
import { findFrontMatter, lineEnding, splice, splitLines } from "./text.js";

/** A front matter block that cannot be edited safely (invalid YAML, not a mapping). */
export class FrontMatterEditError extends Error {
  override name = "FrontMatterEditError";
}

interface Located {
  yaml: string;
  /** Offset of the YAML in the whole text. */
  base: number;
  pairs: Pair<Node, Node | null>[];
}

function locate(text: string): Located | null {
  const span = findFrontMatter(text);
  if (!span) return null;
  const yaml = text.slice(span.contentStart, span.contentEnd);
  // yaml reads a lone CR as text; as a one-for-one swap, LF keeps every offset valid for the original.
  const doc = parseDocument(yaml.replace(/\r(?!\n)/g, "\n"));
  if (doc.errors.length > 0) {
    const line = text.slice(0, span.contentStart).split(/\r\n|\r|\n/).length + (doc.errors[0].linePos?.[0].line ?? 1) - 1;
    throw new FrontMatterEditError(`line ${line}: the front matter is not valid YAML (${doc.errors[0].message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}); fix it first`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontMatterEditError("the front matter is not a mapping of keys to values; fix it first");
  }
  const pairs = doc.contents ? (doc.contents.items as Pair<Node, Node | null>[]) : [];
  return { yaml, base: span.contentStart, pairs };
}

function keyOf(pair: Pair<Node, Node | null>): unknown {
  return isScalar(pair.key) ? pair.key.value : undefined;
}

/** True when the file has front matter (even an empty block). */
export function hasFrontMatter(text: string): boolean {
  return findFrontMatter(text) !== null;
}

/** The value of a top-level front matter key as written, or undefined. */
export function frontMatterValue(text: string, key: string): unknown {
  const found = locate(text)?.pairs.find((p) => keyOf(p) === key);
  if (!found) return undefined;
  const value = found.value;
  if (isScalar(value)) return value.value;
  if (isSeq(value)) return value.items.map((item) => (isScalar(item) ? item.value : undefined));
  return null; // maps and aliases are not needed by edits, and expanding aliases is unbounded work
}

/** A scalar in the quoting style of the one it replaces, falling back to quotes when plain would misread. */
function renderScalar(value: string, like: Node | null): string {
  const type = isScalar(like) ? like.type : Scalar.PLAIN;
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  const plain = stringify(value).replace(/\n$/, "");
  if (type === Scalar.QUOTE_DOUBLE || /^["']/.test(plain) || plain.includes("\n")) return JSON.stringify(value);
  return plain;
}

/** Sets a top-level string key, changing only the value's bytes; a missing key is added as the first line. */
export function setFrontMatterScalar(text: string, key: string, value: string): string {
  const found = locate(text);
  if (!found) throw new FrontMatterEditError("the file has no front matter");
  const pair = found.pairs.find((p) => keyOf(p) === key);
  if (!pair) return splice(text, found.base, found.base, `${key}: ${renderScalar(value, null)}${lineEnding(text)}`);
  const node = pair.value;
  if (node?.range && node.range[1] > node.range[0]) {
    return splice(text, found.base + node.range[0], found.base + node.range[1], renderScalar(value, node));
  }
  // `key:` with no value: write after the colon.
  const keyEnd = found.base + (pair.key.range?.[1] ?? 0);
  const colon = text.indexOf(":", keyEnd);
  return splice(text, colon + 1, colon + 1, ` ${renderScalar(value, null)}`);
}

/**
 * Adds `item` to a top-level list key (`supersedes: [3]`), keeping the list's own style: flow lists get
 * `, item` before the `]`, block lists a new `- item` line in the same indentation. A missing key is added
 * as `key: [item]` at the end of the front matter. Returns the text unchanged when the item is there.
 */
export function addFrontMatterListItem(text: string, key: string, item: number | string): string {
  const found = locate(text);
  if (!found) throw new FrontMatterEditError("the file has no front matter");
  const eol = lineEnding(text);
  const rendered = typeof item === "number" ? String(item) : renderScalar(item, null);
  const pair = found.pairs.find((p) => keyOf(p) === key);
  if (!pair) {
    const span = findFrontMatter(text)!;
    // A front matter whose last line has no line ending is impossible (the closing --- needs one).
    return splice(text, span.contentEnd, span.contentEnd, `${key}: [${rendered}]${eol}`);
  }
  const node = pair.value;
  const base = found.base;
  const same = (v: unknown) => String(v) === String(item);
  if (isSeq(node)) {
    if (node.items.some((i) => isScalar(i) && same(i.value))) return text;
    if (node.flow) {
      const close = base + node.range![1] - 1; // the `]`
      return splice(text, close, close, node.items.length === 0 ? rendered : `, ${rendered}`);
    }
    const last = node.items[node.items.length - 1] as Node;
    const lastEnd = base + last.range![1];
    const line = splitLines(text).find((l) => l.start <= lastEnd && lastEnd <= l.end)!;
    const first = splitLines(text).find((l) => l.start <= base + node.range![0] && base + node.range![0] <= l.end)!;
    const indent = /^([ \t]*-[ \t]+)/.exec(first.text)?.[1] ?? "  - ";
    return splice(text, line.end, line.end, `${eol}${indent}${rendered}`);
  }
  if (isScalar(node) && node.range && node.range[1] > node.range[0] && node.value !== null) {
    if (same(node.value)) return text;
    return splice(text, base + node.range[0], base + node.range[1], `[${renderScalar(String(node.value), node)}, ${rendered}]`);
  }
  const keyEnd = base + (pair.key.range?.[1] ?? 0);
  const colon = text.indexOf(":", keyEnd);
  const valueEnd = node?.range ? base + node.range[1] : colon + 1;
  return splice(text, colon + 1, Math.max(colon + 1, valueEnd), ` [${rendered}]`);
}
