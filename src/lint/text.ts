// Prose helpers shared by lint rules: visible text with source offsets, sentences, words, quotes and negations.
import type { Node, Parent } from "unist";
import type { Position } from "../model/index.js";
import { LineIndex } from "../parse/line-index.js";

/**
 * One block of visible prose (a paragraph, a table cell, a heading) as a string, with the file offset of
 * every character so findings point at the source. Inline code becomes one U+FFFC character, so words in
 * code never match but sentences stay whole; HTML and code blocks are left out entirely.
 */
export interface Prose {
  text: string;
  /** The offset into the file of each character of `text` (see offsetAt). */
  offsets: SourceRuns;
  /** The block node the prose came from. */
  node: Node;
  /** True when the block sits inside a blockquote. */
  quoted: boolean;
  /** `[start, end)` ranges of `text` that are link text: a cited source. */
  links: Array<[number, number]>;
}

export const CODE_MARK = "\ufffc";

/**
 * Where the characters of a prose text sit in the file, as runs rather than one number per character: a run
 * starting at text index `at[k]` maps index i to `from[k] + (i - at[k])`, clamped to `last[k]`. A text node as
 * written is one run, so a block costs a few numbers, not one per character.
 */
export interface SourceRuns {
  at: number[];
  from: number[];
  last: number[];
}

/** The file offset of `text[i]` of a prose block (0 <= i < text.length). */
export function offsetAt(prose: Prose, i: number): number {
  const { at, from, last } = prose.offsets;
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(from[lo] + (i - at[lo]), last[lo]);
}

/** Adds a run for text from index `at` on, or extends the last run when this one continues it. */
function addRun(runs: SourceRuns, at: number, from: number, last: number): void {
  const k = runs.at.length - 1;
  if (k >= 0 && runs.last[k] === last && runs.from[k] + (at - runs.at[k]) === from && from <= last) return;
  runs.at.push(at);
  runs.from.push(from);
  runs.last.push(last);
}

const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);
const SKIPPED = new Set(["code", "html", "yaml", "toml", "definition", "footnoteDefinition", "math"]);

export interface ProseOptions {
  /** Leave out blockquotes (quoted material is someone else's words). Default false. */
  skipQuotes?: boolean;
  /** Leave out headings. Default false. */
  skipHeadings?: boolean;
  /**
   * The file's text. With it, every character maps to its exact source offset even where Markdown
   * removed indentation, `>` markers or escapes; without it, offsets are estimated from node starts.
   */
  source?: string;
}

/** Visible prose blocks under the given nodes, in document order. */
export function proseBlocks(nodes: readonly Node[] | Node, options: ProseOptions = {}): readonly Prose[] {
  // Several rules read the same blocks of one tree: collect them once, then leave out what a caller skips.
  const all = allProse(nodes, options.source);
  if (!options.skipQuotes && !options.skipHeadings) return all;
  return all.filter((p) => !(options.skipQuotes && p.quoted) && !(options.skipHeadings && p.node.type === "heading"));
}

const collected = new WeakMap<object, Map<string | undefined, Prose[]>>();

function allProse(nodes: readonly Node[] | Node, source: string | undefined): Prose[] {
  let bySource = collected.get(nodes);
  const known = bySource?.get(source);
  if (known) return known;
  const out: Prose[] = [];
  const visit = (node: Node, quoted: boolean): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === "blockquote") quoted = true;
    if (BLOCKS.has(node.type)) {
      const prose: Prose = { text: "", offsets: { at: [], from: [], last: [] }, node, quoted, links: [] };
      collectInline(node, prose, source);
      if (prose.text.trim()) out.push(prose);
      return;
    }
    for (const child of (node as Parent).children ?? []) visit(child, quoted);
  };
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) visit(node, false);
  if (!bySource) collected.set(nodes, (bySource = new Map()));
  bySource.set(source, out);
  return out;
}

function collectInline(node: Node, prose: Prose, source: string | undefined): void {
  const start = node.position?.start.offset ?? 0;
  switch (node.type) {
    case "text": {
      const value = (node as unknown as { value: string }).value;
      const end = node.position?.end.offset ?? start + value.length;
      const last = Math.max(start, end - 1);
      const at = prose.text.length;
      prose.text += value;
      if (value.length === 0) return;
      if (source === undefined || (end - start === value.length && source.startsWith(value, start))) {
        // The value is the source as written (the usual case); escapes and entities make the value
        // shorter than the source, so without the source offsets are clamped to the node's end.
        addRun(prose.offsets, at, start, last);
        return;
      }
      // Walk the source alongside the value, skipping what Markdown removed (indents, `>`, `\`).
      // Bounded look-ahead: a character Markdown rewrote (an entity, a tab) must not cost a scan to the end.
      let j = start;
      for (let i = 0; i < value.length; i++) {
        const limit = Math.min(end, j + 16);
        let k = j;
        while (k < limit && source[k] !== value[i]) k++;
        if (k < limit) j = k;
        const offset = Math.min(j, last);
        addRun(prose.offsets, at + i, offset, offset === last ? last : Number.MAX_SAFE_INTEGER);
        if (k < limit) j++;
      }
      return;
    }
    case "inlineCode":
      addRun(prose.offsets, prose.text.length, start, start);
      prose.text += CODE_MARK;
      return;
    case "break":
      // A hard break ends a line of its own (often a metadata line), so it ends the sentence too.
      addRun(prose.offsets, prose.text.length, start, start);
      prose.text += "\n\n";
      return;
    case "link":
    case "linkReference": {
      const from = prose.text.length;
      for (const child of (node as Parent).children ?? []) collectInline(child, prose, source);
      prose.links.push([from, prose.text.length]);
      return;
    }
    case "html":
    case "footnoteReference":
    case "image":
    case "imageReference":
      return;
  }
  for (const child of (node as Parent).children ?? []) collectInline(child, prose, source);
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|viz|Mr|Mrs|Ms|Dr|St|No|Fig|al)|\b[A-Z]|\d)\.$/i;

export interface Sentence {
  text: string;
  /** Index of the sentence's first character in the prose text. */
  start: number;
  end: number;
}

/**
 * Splits text into sentences at `.`, `!`, `?` and hard line breaks (a blank line or `\n\n`), keeping
 * abbreviations and decimals whole. A single newline is a soft wrap inside a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && text[i + 1] === "\n") {
      push(i + 1);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue; // "v1.2", "example.com", "?query"
    if (ch === "." && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular expression matching any of the phrases as whole words, case-insensitive. Spaces and hyphens
 * inside a phrase match either ("high performance" finds "high-performance").
 */
export function wordsPattern(phrases: readonly string[]): RegExp {
  const key = phrases.join("\u0000");
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 64) patterns.clear();
    patterns.set(key, (pattern = buildPattern(phrases)));
  }
  // A global pattern keeps its lastIndex between uses: each caller gets a fresh start.
  pattern.lastIndex = 0;
  return pattern;
}

const patterns = new Map<string, RegExp>();

function buildPattern(phrases: readonly string[]): RegExp {
  const parts = phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/[\s-]+/).map(escapeRegExp).join("[\\s-]+"));
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${parts.join("|")})(?![\\p{L}\\p{N}_-])`, "giu");
}

export interface WordMatch {
  text: string;
  index: number;
}

/** Every whole-word match of the phrases in text (never inside inline code, which is a U+FFFC mark). */
export function findWords(text: string, phrases: readonly string[] | RegExp): WordMatch[] {
  const re = phrases instanceof RegExp ? new RegExp(phrases.source, phrases.flags.includes("g") ? phrases.flags : phrases.flags + "g") : wordsPattern(phrases);
  return [...text.matchAll(re)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [["\"", "\""], ["“", "”"], ["‘", "’"], ["«", "»"]];

/** True when `index` in text falls inside a quoted span ("...", “...”, ‘...’, «...», or '...' between word gaps). */
export function isQuoted(text: string, index: number): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0 || a >= index) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      if (index > a && index < b) return true;
      from = b + 1;
    }
  }
  // Straight single quotes only count where they open after a non-letter, so "don't" is not a quote.
  const single = /(^|[^\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(single)) {
    const open = (m.index ?? 0) + m[1].length;
    if (index > open && index < open + m[2].length + 1) return true;
  }
  return false;
}

const NEGATIONS = /(?<![\p{L}])(?:not|no|never|nor|neither|without|hardly|barely|less|lack|lacks|lacking|isn't|aren't|wasn't|weren't|won't|don't|doesn't|didn't|can't|cannot|couldn't|shouldn't|wouldn't|isn’t|aren’t|wasn’t|weren’t|won’t|don’t|doesn’t|didn’t|can’t|couldn’t|shouldn’t|wouldn’t|instead of|rather than)(?![\p{L}])/iu;

/**
 * True when the word at `index` is negated by the few words before it in the same clause:
 * "not scalable", "isn't very fast", "without being robust", "neither fast nor cheap".
 */
export function isNegated(text: string, index: number, window = 4): boolean {
  const before = text.slice(0, index);
  const clause = before.split(/[,;:.!?()\n—–]|\bbut\b|\band\b(?=\s+(?:is|are|was|it|we|they)\b)/i).pop() ?? before;
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-window);
  return NEGATIONS.test(words.join(" "));
}

/** True when the text holds a number, a unit, or a comparison that makes a claim measurable. */
export function isQuantified(text: string): boolean {
  if (/\d/.test(text)) return true;
  if (/[%×]|\bx\d/.test(text)) return true;
  const numberWords = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|thrice|double|half|dozens?|hundreds?|thousands?|millions?|billions?|orders? of magnitude)\b/i;
  if (numberWords.test(text)) return true;
  const units = /\b(?:ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|requests?|rps|qps|tps|ops|kb|mb|gb|tb|latency|throughput|percent|p\d\d)\b/i;
  if (units.test(text)) return true;
  const comparison = /\b(?:\w+er than|more \w+ than|less \w+ than|faster|slower|quicker|cheaper|simpler|easier|harder|smaller|larger|bigger|fewer|as \w+ as|compared (?:to|with)|than|measured|benchmark(?:s|ed)?)\b/i;
  return comparison.test(text);
}

/** Offset -> line/column for one source text (the parser's, so CR, LF and CRLF count alike). */
export { LineIndex };

let lastLines: { text: string; index: LineIndex } | null = null;

/** The line index of a file's text, shared by the rules that report on the same file one after another. */
export function linesOf(text: string): LineIndex {
  if (lastLines?.text !== text) lastLines = { text, index: new LineIndex(text) };
  return lastLines.index;
}

/** The source position of `[from, to)` of a prose block's text. */
export function prosePosition(prose: Prose, from: number, to: number, lines: LineIndex): Position {
  const length = prose.text.length;
  const start = length === 0 ? 0 : offsetAt(prose, Math.min(from, length - 1));
  const end = (length === 0 ? start : offsetAt(prose, Math.max(from, Math.min(to, length) - 1))) + 1;
  return lines.position(start, end);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Number of words in text (letters or digits in a run), code marks not counted. */
export function countWords(text: string): number {
  // Counted by stepping the global pattern: no array of every word.
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  return count;
}
