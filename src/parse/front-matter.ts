// Finds and parses YAML front matter safely: YAML only, bounded aliases and nesting, exact file positions.
import matter from "gray-matter";
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from "yaml";
import type { Limits } from "./limits.js";
import { readPlainMapping, type PlainRange } from "./plain-front-matter.js";

export interface FrontMatterProblem {
  reason: string;
  /** Offset into the file where the problem is. */
  offset: number;
  fatal: boolean;
  ruleId: string;
}

export interface FrontMatter {
  /** Offsets of the whole block including delimiters; `bodyStart` is where the Markdown body begins. */
  start: number;
  end: number;
  bodyStart: number;
  /** Offset of the first character of the YAML text (line after the opening delimiter). */
  yamlStart: number;
  yamlText: string;
  data: Record<string, unknown>;
  doc: Document | null;
  /** Value ranges (offsets into `yamlText`) when the block was plain `key: value` lines, read without a Document. */
  plain?: Map<string, PlainRange>;
  lineCounter: LineCounter;
}

export interface FrontMatterResult {
  frontMatter: FrontMatter | null;
  problems: FrontMatterProblem[];
}

interface Line {
  start: number;
  end: number; // end of content, before the line ending
  next: number; // start of the next line
}

function* lines(text: string, from: number): Generator<Line> {
  let start = from;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    let next = end;
    if (text[next] === "\r") next++;
    if (text[next] === "\n") next++;
    yield { start, end, next };
    if (next === end) return;
    start = next;
  }
}

const OPEN = /^---[ \t]*$/;
const OPEN_WITH_LANGUAGE = /^---[ \t]*([A-Za-z][\w+-]*)[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Locates front matter by lines (LF, CRLF or CR), before gray-matter sees it, so that an unterminated block,
 * a non-YAML engine or a thematic break at the top is reported instead of silently swallowing the body.
 */
export function readFrontMatter(text: string, limits: Limits): FrontMatterResult {
  const problems: FrontMatterProblem[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const iterator = lines(text, bom);
  const first = iterator.next();
  if (first.done) return { frontMatter: null, problems };
  const opening = text.slice(first.value.start, first.value.end);
  const language = OPEN_WITH_LANGUAGE.exec(opening);
  if (!OPEN.test(opening) && !language) return { frontMatter: null, problems };

  let closing: Line | null = null;
  let second: Line | null = null;
  for (const line of iterator) {
    if (second === null) second = line;
    if (CLOSE.test(text.slice(line.start, line.end))) {
      closing = line;
      break;
    }
  }

  if (language && !/^ya?ml$/i.test(language[1])) {
    problems.push({
      reason: `Front matter in '${language[1]}' is refused: adrkit reads YAML front matter only and never evaluates code. Change the opening line to '---'`,
      offset: first.value.start,
      fatal: true,
      ruleId: "parse/front-matter-language",
    });
    const end = closing ? closing.next : text.length;
    return { frontMatter: { ...emptyBlock(bom, end), data: {} }, problems };
  }

  if (closing === null) {
    problems.push({
      reason: "Front matter opened on line 1 is never closed: add a line '---' after the last metadata line (other tools would read the whole file as metadata)",
      offset: first.value.start,
      fatal: true,
      ruleId: "parse/front-matter-unterminated",
    });
    return { frontMatter: null, problems };
  }

  const yamlStart = first.value.next;
  const yamlText = text.slice(yamlStart, closing.start);
  if (second !== null && second !== closing && second.start === second.end && !/:/.test(yamlText.split(/\r\n|\r|\n/, 3).join(""))) {
    // `---` followed by a blank line and no key on the next lines reads as a thematic break, not metadata.
    problems.push({
      reason: "The file starts with '---' followed by a blank line: read as a horizontal rule, not front matter. Remove the blank line if it is metadata",
      offset: first.value.start,
      fatal: false,
      ruleId: "parse/front-matter-ambiguous",
    });
    return { frontMatter: null, problems };
  }

  if (/\r(?!\n)/.test(text.slice(0, closing.next)) && !/\n/.test(text.slice(0, closing.next))) {
    problems.push({
      reason: "The file uses CR-only line endings: adrkit reads it, but gray-matter-based tools read the whole file as front matter. Save it with LF line endings",
      offset: first.value.start,
      fatal: false,
      ruleId: "parse/line-endings",
    });
  }

  const block: FrontMatter = {
    start: bom,
    end: closing.end,
    bodyStart: closing.next,
    yamlStart,
    yamlText,
    data: {},
    doc: null,
    lineCounter: new LineCounter(),
  };
  if (yamlText.length > limits.maxFrontMatterBytes) {
    problems.push({
      reason: `Front matter is ${yamlText.length} bytes, over the limit of ${limits.maxFrontMatterBytes} (raise limits.maxFrontMatterBytes in the config if this is intended)`,
      offset: yamlStart,
      fatal: true,
      ruleId: "parse/limit",
    });
    return { frontMatter: block, problems };
  }
  // Most ADRs' front matter is a few `key: value` lines: read those directly, the rest with the YAML library.
  const plain = readPlainMapping(yamlText);
  if (plain) {
    block.data = plain.data;
    block.plain = plain.ranges;
  } else parseYaml(block, limits, problems);
  return { frontMatter: block, problems };
}

function emptyBlock(bom: number, end: number): Omit<FrontMatter, "data"> {
  return { start: bom, end, bodyStart: end, yamlStart: bom, yamlText: "", doc: null, lineCounter: new LineCounter() };
}

function parseYaml(block: FrontMatter, limits: Limits, problems: FrontMatterProblem[]): void {
  // gray-matter does the data extraction, with our YAML engine as the only engine it may use:
  // always with an options object (without one it caches every result forever) and no JS/Coffee engines.
  const refuse = (): never => {
    throw new Error("non-YAML front matter is refused");
  };
  const normalized = block.yamlText.replace(/\r\n?/g, "\n");
  let doc: Document | null = null;
  const engine = {
    parse: (matterText: string): Record<string, unknown> => {
      // gray-matter hands over the block with the opening delimiter's line break still in front.
      const yamlText = matterText.startsWith("\n") ? matterText.slice(1) : matterText;
      doc = parseDocument(yamlText, {
        lineCounter: block.lineCounter,
        uniqueKeys: true,
        strict: true,
        prettyErrors: false,
        schema: "core",
        version: "1.2",
        keepSourceTokens: false,
      });
      if (doc.errors.length > 0) return {};
      const value = doc.toJS({ maxAliasCount: limits.maxYamlAliases }) as unknown;
      return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { __notMapping: value };
    },
  };
  let data: Record<string, unknown> = {};
  try {
    const parsed = matter(`---\n${normalized}\n---\n`, {
      language: "yaml",
      engines: { yaml: engine, js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse, json: refuse },
    } as unknown as Parameters<typeof matter>[1]);
    data = parsed.data as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /alias/i.test(message)
      ? `Front matter expands too many YAML aliases (limit ${limits.maxYamlAliases}; raise limits.maxYamlAliases in the config if this is intended)`
      : error instanceof RangeError
        ? "Front matter is nested too deeply to read"
        : `Front matter could not be read: ${message}`;
    problems.push({ reason, offset: block.yamlStart, fatal: true, ruleId: "parse/front-matter" });
    return;
  }
  block.doc = doc;
  const parsedDoc = doc as Document | null;
  // gray-matter's lines are LF-normalised; map YAML offsets back onto the file's own text.
  const toFile = (offset: number) => block.yamlStart + mapOffset(block.yamlText, offset);
  if (parsedDoc && parsedDoc.errors.length > 0) {
    for (const err of parsedDoc.errors.slice(0, 3)) {
      const detail = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      problems.push({ reason: `Front matter is not valid YAML: ${detail}`, offset: toFile(err.pos[0]), fatal: true, ruleId: "parse/front-matter" });
    }
    return;
  }
  if ("__notMapping" in data) {
    problems.push({ reason: "Front matter must be a YAML mapping of keys to values (e.g. 'status: accepted')", offset: block.yamlStart, fatal: true, ruleId: "parse/front-matter" });
    return;
  }
  const depth = maxDepth(data, limits.maxFrontMatterDepth + 1);
  if (depth > limits.maxFrontMatterDepth) {
    problems.push({
      reason: `Front matter is nested deeper than ${limits.maxFrontMatterDepth} levels (raise limits.maxFrontMatterDepth in the config if this is intended)`,
      offset: block.yamlStart,
      fatal: true,
      ruleId: "parse/limit",
    });
    return;
  }
  block.data = data;
}

/** Offset in the LF-normalised text → offset in the original (CRLF/CR) text. */
function mapOffset(original: string, normalizedOffset: number): number {
  if (!/\r/.test(original)) return normalizedOffset;
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    if (n >= normalizedOffset) return i;
    if (original[i] === "\r" && original[i + 1] === "\n") continue;
    n++;
  }
  return original.length;
}

function maxDepth(value: unknown, cap: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest >= cap) return deepest;
    if (current !== null && typeof current === "object") {
      for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** The file offsets [start, end) of a top-level key's value in the front matter, for messages and edits. */
export function valueRange(block: FrontMatter, key: string): { keyStart: number; start: number; end: number } | null {
  if (block.plain) {
    const range = block.plain.get(key);
    return range ? { keyStart: block.yamlStart + range.keyStart, start: block.yamlStart + range.start, end: block.yamlStart + range.end } : null;
  }
  const pair = findPair(block.doc, key);
  if (!pair) return null;
  const keyNode = pair.key as YamlNode | null;
  const valueNode = pair.value as YamlNode | null;
  const keyStart = keyNode?.range ? keyNode.range[0] : 0;
  const range = valueNode?.range ?? keyNode?.range;
  if (!range) return null;
  const toFile = (offset: number) => block.yamlStart + mapOffset(block.yamlText, offset);
  return { keyStart: toFile(keyStart), start: toFile(range[0]), end: toFile(range[1]) };
}

function findPair(doc: Document | null, key: string): Pair | null {
  if (!doc || !isMap(doc.contents)) return null;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair as Pair;
  }
  return null;
}

/** True when a key's value is a YAML sequence (for edits that append to lists). */
export function isSequenceValue(block: FrontMatter, key: string): boolean {
  const pair = findPair(block.doc, key);
  return pair !== null && isSeq(pair.value);
}
