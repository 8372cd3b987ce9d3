// Inline content for the quick reader (quick-markdown.ts): code spans, `[text](url)` links and emphasis, with the
// text nodes and positions remark-parse gives. Anything else throws OUTSIDE, and the file goes to remark-parse.
import type { Link, PhrasingContent } from "mdast";
import type { Point } from "unist";

/** Thrown inside the quick reader when the text leaves the subset; never escapes parseQuickMarkdown. */
export const OUTSIDE = new Error("outside the quick subset");

export const SPACE = 32, BACKTICK = 96, STAR = 42, LT = 60, BRACKET_OPEN = 91, BRACKET_CLOSE = 93, UNDERSCORE = 95, NEWLINE = 10;
const PAREN_OPEN = 40, PAREN_CLOSE = 41;

/**
 * A line's part of a paragraph or heading: its text from `start` to `end`, then trailing spaces to `lineEnd`,
 * then its line ending `eol` ("\n", "\r\n", or "" at the end of the file).
 */
export interface Segment {
  line: number;
  start: number;
  end: number;
  lineEnd: number;
  eol: string;
}

/** The point of `offset`, on line `line` (1-based) of a text whose lines start at `lineStarts`. */
export function pointOf(lineStarts: readonly number[], line: number, offset: number): Point {
  return { line, column: offset - lineStarts[line - 1]! + 1, offset };
}

/** A stretch of inline text, an inline node, or a `*` / `_` delimiter run (see matchEmphasis). */
type Piece = { kind: "text"; from: number; to: number } | { kind: "node"; node: PhrasingContent } | Run;

interface Run {
  kind: "run";
  from: number;
  to: number;
  code: number;
  open: boolean;
  close: boolean;
  /** Index of the matching run, or -1 (then the run is text). */
  partner: number;
}

const isWhitespace = (code: number): boolean => code === SPACE || code === NEWLINE || code === 13 || Number.isNaN(code);
const isPunctuation = (code: number): boolean =>
  (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);

/**
 * The delimiter run of `size` `code` characters at `index`, classified by CommonMark's flanking rules, or null
 * when it can neither open nor close (it is then text). Runs that would need Unicode classes, the rule of three,
 * or partly used delimiters end the attempt: three or more characters, a non-ASCII neighbour, a run that can
 * both open and close.
 */
function delimiterRun(source: string, index: number, size: number, code: number): Run | null {
  const before = index === 0 ? Number.NaN : source.charCodeAt(index - 1);
  const after = source.charCodeAt(index + size); // NaN past the end
  if (before >= 128 || after >= 128) throw OUTSIDE;
  const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
  const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
  const open = code === STAR ? left : left && (!right || isPunctuation(before));
  const close = code === STAR ? right : right && (!left || isPunctuation(after));
  if (!open && !close) return null;
  if ((open && close) || size > 2) throw OUTSIDE;
  return { kind: "run", from: index, to: index + size, code, open, close, partner: -1 };
}

/**
 * CommonMark's emphasis matching for runs of one or two characters: a closer takes the nearest opener of its
 * character, and the runs between them become text. Runs of unequal length would be used in part: declined.
 * One stack of openers per character keeps this linear.
 */
function matchEmphasis(pieces: Piece[]): void {
  const stars: number[] = [];
  const underscores: number[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const run = pieces[k]!;
    if (run.kind !== "run") continue;
    const same = run.code === STAR ? stars : underscores;
    if (run.close && same.length > 0) {
      const at = same.pop()!;
      const opener = pieces[at] as Run;
      if (opener.to - opener.from !== run.to - run.from) throw OUTSIDE;
      opener.partner = k;
      run.partner = at;
      // Openers of the other character between the two are text now.
      const other = run.code === STAR ? underscores : stars;
      while (other.length > 0 && other[other.length - 1]! > at) other.pop();
      continue;
    }
    if (run.open) same.push(k);
  }
}

/** Reads the inline content of one text's paragraphs and headings. */
export class InlineReader {
  constructor(
    private readonly text: string,
    /** Offset of each line's first character. */
    private readonly lineStarts: readonly number[],
  ) {}

  private point(line: number, offset: number): Point {
    return pointOf(this.lineStarts, line, offset);
  }

  /**
   * The phrasing content of a paragraph or heading made of `segments` (consecutive lines). `contained`: the text is
   * in a list item, where a line ending after an unclosed backtick run ends elsewhere.
   */
  read(segments: readonly Segment[], contained = false): PhrasingContent[] {
    const { text } = this;
    const last = segments.length - 1;
    const source = last === 0 ? text.slice(segments[0]!.start, segments[0]!.end) : segments.map((s, k) => text.slice(s.start, s.end) + (k < last ? s.eol : "")).join("");
    const bases: number[] = [];
    let base = 0;
    for (const segment of segments) {
      bases.push(base);
      base += segment.end - segment.start + segment.eol.length;
    }
    const segmentAt = (index: number): number => {
      let low = 0;
      let k = segments.length - 1;
      while (low < k) {
        const mid = (low + k + 1) >> 1;
        if (bases[mid]! <= index) low = mid;
        else k = mid - 1;
      }
      return k;
    };
    // Where a node starting at `index` starts: a text starting with a line break starts after the trailing spaces.
    const at = (index: number): Point => {
      const k = segmentAt(index);
      const segment = segments[k]!;
      const offset = segment.start + index - bases[k]!;
      return this.point(segment.line, offset === segment.end && k < segments.length - 1 ? segment.lineEnd : offset);
    };
    // Where a node ending before `index` ends: after a line break, at the start of the next line.
    const endAt = (index: number): Point => {
      if (index > 0 && source.charCodeAt(index - 1) === NEWLINE) {
        const line = segments[segmentAt(index)]!.line;
        return this.point(line, this.lineStarts[line - 1]!);
      }
      const k = segmentAt(index - 1);
      return this.point(segments[k]!.line, segments[k]!.start + index - bases[k]!);
    };
    return this.phrasing(source, 0, source.length, at, endAt, contained && segments.length > 1);
  }

  private phrasing(source: string, from: number, to: number, at: (i: number) => Point, endAt: (i: number) => Point, contained: boolean): PhrasingContent[] {
    const pieces: Piece[] = [];
    /** Backtick run sizes with no closing run after the given index: a later run of that size has none either. */
    let unclosed: Map<number, number> | undefined;
    let textStart = from;
    const flush = (until: number): void => {
      if (until > textStart) pieces.push({ kind: "text", from: textStart, to: until });
    };
    let i = from;
    while (i < to) {
      const code = source.charCodeAt(i);
      if (code === BACKTICK) {
        let run = 0;
        while (i + run < to && source.charCodeAt(i + run) === BACKTICK) run++;
        const close = (unclosed?.get(run) ?? Infinity) <= i ? -1 : this.closingRun(source, i + run, to, run);
        if (close < 0) {
          if (contained) throw OUTSIDE;
          // Made on the first unclosed run only: most paragraphs have none, and a Map each was 3% of a log's allocation.
          unclosed ??= new Map();
          unclosed.set(run, Math.min(unclosed.get(run) ?? Infinity, i));
          i += run;
          continue;
        }
        let value = source.slice(i + run, close);
        // Across lines, a code span keeps the next line's indentation, which the source here has dropped.
        if (value.includes("\n")) throw OUTSIDE;
        if (value.length > 2 && value.charCodeAt(0) === SPACE && value.charCodeAt(value.length - 1) === SPACE && value.trim() !== "") {
          value = value.slice(1, -1);
        }
        flush(i);
        pieces.push({ kind: "node", node: { type: "inlineCode", value, position: { start: at(i), end: endAt(close + run) } } });
        i = close + run;
        textStart = i;
      } else if (code === BRACKET_OPEN) {
        const link = this.link(source, i, to, at, endAt, contained);
        if (link) {
          flush(i);
          pieces.push({ kind: "node", node: link.node });
          i = link.end;
          textStart = i;
        } else {
          i++;
        }
      } else if (code === LT) {
        throw OUTSIDE; // raw HTML or an autolink
      } else if (code === STAR || code === UNDERSCORE) {
        let run = 1;
        while (source.charCodeAt(i + run) === code) run++;
        const delimiter = delimiterRun(source, i, run, code);
        if (delimiter) {
          flush(i);
          pieces.push(delimiter);
          textStart = i + run;
        }
        i += run;
      } else {
        i++;
      }
    }
    flush(to);
    matchEmphasis(pieces);
    return this.build(pieces, 0, pieces.length, source, at, endAt);
  }

  /** Phrasing nodes for pieces [from, to): matched delimiter runs become emphasis or strong, the rest text. */
  private build(pieces: Piece[], from: number, to: number, source: string, at: (i: number) => Point, endAt: (i: number) => Point): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let textFrom = -1;
    let textTo = -1;
    const flush = (): void => {
      if (textFrom >= 0) out.push({ type: "text", value: source.slice(textFrom, textTo), position: { start: at(textFrom), end: endAt(textTo) } });
      textFrom = -1;
    };
    for (let k = from; k < to; k++) {
      const piece = pieces[k]!;
      if (piece.kind === "node") {
        flush();
        out.push(piece.node);
      } else if (piece.kind === "run" && piece.partner > k) {
        flush();
        const closer = pieces[piece.partner] as Run;
        const children = this.build(pieces, k + 1, piece.partner, source, at, endAt);
        const position = { start: at(piece.from), end: endAt(closer.to) };
        out.push(piece.to - piece.from === 2 ? { type: "strong", children, position } : { type: "emphasis", children, position });
        k = piece.partner;
      } else {
        if (textFrom < 0) textFrom = piece.from;
        textTo = piece.to;
      }
    }
    flush();
    return out;
  }

  /** Index of the next run of exactly `size` backticks in [from, to), or -1. */
  private closingRun(source: string, from: number, to: number, size: number): number {
    let i = source.indexOf("`", from);
    while (i >= 0 && i < to) {
      let run = 0;
      while (i + run < to && source.charCodeAt(i + run) === BACKTICK) run++;
      if (run === size) return i;
      i = source.indexOf("`", i + run);
    }
    return -1;
  }

  /** `[text](url)` at `open`; null when the bracket is literal text; other link shapes end the attempt. */
  private link(source: string, open: number, to: number, at: (i: number) => Point, endAt: (i: number) => Point, contained: boolean): { node: Link; end: number } | null {
    let close = open + 1;
    for (; close < to; close++) {
      const code = source.charCodeAt(close);
      if (code === BRACKET_CLOSE) break;
      if (code === BRACKET_OPEN || code === BACKTICK) throw OUTSIDE; // nested brackets, code in a label
    }
    if (close >= to) return null;
    if (source.charCodeAt(close + 1) !== PAREN_OPEN) return null;
    if (close === open + 1) throw OUTSIDE;
    if (source.charCodeAt(close + 2) === LT) throw OUTSIDE; // a `<...>` destination, or none
    let end = close + 2;
    for (; end < to; end++) {
      const code = source.charCodeAt(end);
      if (code === PAREN_CLOSE) break;
      if (code <= SPACE || code === PAREN_OPEN || code === BRACKET_OPEN || code === BRACKET_CLOSE || code === 34 || code === 39 || code === BACKTICK) throw OUTSIDE;
    }
    if (end >= to || end === close + 2) throw OUTSIDE;
    const node: Link = {
      type: "link",
      title: null,
      url: source.slice(close + 2, end),
      children: this.phrasing(source, open + 1, close, at, endAt, contained),
      position: { start: at(open), end: endAt(end + 1) },
    };
    return { node, end: end + 1 };
  }
}
