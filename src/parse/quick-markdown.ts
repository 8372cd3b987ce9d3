// A line-at-a-time reader for the plain Markdown most ADRs are written in: ATX headings, paragraphs, bullet and
// ordered lists, fenced code, HTML comment blocks, inline code, `[text](url)` links and simple emphasis. For such
// a text it builds the tree remark-parse builds, node for node and position for position, many times faster.
// Anything else (block quotes, setext headings, escapes, references, indented code, tabs, ...) makes it return null,
// and the caller parses the file with remark-parse. tests/parse/quick-markdown.test.ts holds it to remark-parse's
// trees on generated texts, every example and fixture, and the corpus.
import type { Code, Heading, Html, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { Point } from "unist";

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
const OUTSIDE = new Error("outside the quick subset");

/**
 * Characters and sequences that end the attempt wherever they are: carriage returns, tabs and NUL (columns and
 * line endings), a byte order mark, backslash escapes, tildes (strikethrough, tilde fences), character references,
 * link reference definitions, images, and surrogate pairs.
 */
const UNSUPPORTED = /[\r\t\0\uFEFF\\~\uD800-\uDFFF]|&#?[A-Za-z0-9]+;|\]:|!\[/;
const HTML_COMMENT_OPEN = /^<!--(?!-?>)/;

const SPACE = 32, BACKTICK = 96, HASH = 35, DASH = 45, PLUS = 43, STAR = 42, LT = 60, BRACKET_OPEN = 91, BRACKET_CLOSE = 93;
const PAREN_OPEN = 40, PAREN_CLOSE = 41, UNDERSCORE = 95, NEWLINE = 10;

/** A line's part of a paragraph or heading: its text from `start` to `end`, then trailing spaces to `lineEnd`. */
interface Segment {
  line: number;
  start: number;
  end: number;
  lineEnd: number;
}

interface Frame {
  list: List;
  item: ListItem;
  /** Column (0-based) of the item's marker, and of its content. */
  markerCol: number;
  contentCol: number;
  /** `-`, `*` or `+` for bullets, `.` or `)` for ordered markers: another kind starts another list. */
  kind: string;
}

interface Marker {
  kind: string;
  ordered: boolean;
  value: number;
  /** Characters from the marker's first to the content's first. */
  width: number;
}

type Leaf =
  | { kind: "paragraph"; node: Paragraph; segments: Segment[]; contained: boolean }
  | { kind: "code"; node: Code; depth: number; size: number; lines: string[] }
  | { kind: "html"; node: Html; lines: string[] };

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

const isWhitespace = (code: number): boolean => code === SPACE || code === NEWLINE || Number.isNaN(code);
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

/** The tree remark-parse (CommonMark, GFM strikethrough, no tables) gives for `text`, or null when unsure. */
export function parseQuickMarkdown(text: string): Root | null {
  if (text.length === 0 || UNSUPPORTED.test(text)) return null;
  try {
    return new QuickReader(text).read();
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
}

class QuickReader {
  private readonly lineStarts: number[] = [0];
  private readonly root: Root = { type: "root", children: [], position: undefined };
  private readonly stack: Frame[] = [];
  private leaf: Leaf | null = null;
  /** Blank lines since the last line with content, inside a list. */
  private blank = false;

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  read(): Root {
    const { text, lineStarts } = this;
    for (let index = 0; index < lineStarts.length; index++) {
      const start = lineStarts[index]!;
      const end = index + 1 < lineStarts.length ? lineStarts[index + 1]! - 1 : text.length;
      this.line(index + 1, start, end);
    }
    if (this.leaf && this.leaf.kind !== "paragraph") throw OUTSIDE; // an unclosed fence or comment
    this.closeLeaf();
    this.closeFrames(0);
    const last = lineStarts.length;
    this.root.position = { start: { line: 1, column: 1, offset: 0 }, end: this.point(last, text.length) };
    return this.root;
  }

  private point(line: number, offset: number): Point {
    return { line, column: offset - this.lineStarts[line - 1]! + 1, offset };
  }

  private line(ln: number, start: number, end: number): void {
    const { text } = this;
    let first = start;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    const blank = first === end;
    const leaf = this.leaf;

    if (leaf?.kind === "code") return this.codeLine(leaf, ln, start, first, end, blank);
    if (leaf?.kind === "html") {
      leaf.lines.push(text.slice(start, end));
      const close = text.indexOf("-->", start);
      if (close >= 0 && close < end) {
        leaf.node.value = leaf.lines.join("\n");
        leaf.node.position!.end = this.point(ln, end);
        this.leaf = null;
      }
      return;
    }
    if (blank) {
      this.closeLeaf();
      if (this.stack.length > 0) this.blank = true;
      return;
    }
    let content = end;
    while (text.charCodeAt(content - 1) === SPACE) content--;
    const indent = first - start;
    const { stack } = this;
    let matched = 0;
    while (matched < stack.length && indent >= stack[matched]!.contentCol) matched++;
    const column = matched > 0 ? stack[matched - 1]!.contentCol : 0;
    const plain = this.isPlain(first, content);

    if (matched < stack.length) {
      const frame = stack[matched]!;
      const marker = indent === frame.markerCol ? this.marker(first, content) : null;
      if (marker && marker.kind === frame.kind) {
        this.closeLeaf();
        this.closeFrames(matched + 1);
        this.closeItem(frame);
        if (this.blank) frame.list.spread = true;
        this.blank = false;
        frame.item = this.listItem(ln, first);
        frame.list.children.push(frame.item);
        frame.contentCol = frame.markerCol + marker.width;
        return this.itemContent(ln, first + marker.width, content, end);
      }
      if (this.leaf?.kind === "paragraph") {
        if (plain) {
          this.leaf.segments.push({ line: ln, start: first, end: content, lineEnd: end });
          return;
        }
        const other = this.marker(first, content);
        if (other?.ordered && other.value !== 1) throw OUTSIDE; // whether it continues the paragraph is subtle
      }
      this.closeLeaf();
      this.closeFrames(matched);
      return this.blockStart(ln, matched, indent - column, first, content, end);
    }

    if (this.leaf?.kind === "paragraph") {
      if (plain) {
        this.leaf.segments.push({ line: ln, start: first, end: content, lineEnd: end });
        return;
      }
      if (indent - column !== 0) throw OUTSIDE;
      const marker = this.marker(first, content);
      if (marker?.ordered && marker.value !== 1) throw OUTSIDE; // would continue the paragraph
      this.closeLeaf();
    }
    this.blockStart(ln, matched, indent - column, first, content, end);
  }

  /**
   * A line with content that starts a block in the container `depth` deep (0: the document): its text runs from
   * `first` to `content`, its trailing spaces to `end`.
   */
  private blockStart(ln: number, depth: number, relative: number, first: number, content: number, end: number): void {
    if (relative !== 0) throw OUTSIDE; // indented code, or indentation that shifts columns
    const { text } = this;
    const siblings = depth === 0 ? this.root.children : this.stack[depth - 1]!.item.children;
    if (this.blank && depth > 0 && siblings.length > 0) this.stack[depth - 1]!.item.spread = true;
    this.blank = false;
    const code = text.charCodeAt(first);

    if (code === HASH) return this.heading(siblings, ln, first, content, end);
    if (code === BACKTICK && text.startsWith("```", first)) return this.fence(siblings, depth, ln, first, end);
    if (code === LT) {
      if (depth !== 0 || !HTML_COMMENT_OPEN.test(text.slice(first, end))) throw OUTSIDE;
      const node: Html = { type: "html", value: "", position: { start: this.point(ln, first), end: this.point(ln, end) } };
      siblings.push(node);
      this.leaf = { kind: "html", node, lines: [] };
      return this.line(ln, first, end);
    }
    const marker = this.marker(first, content);
    if (marker) {
      const list: List = { type: "list", ordered: marker.ordered, start: marker.ordered ? marker.value : null, spread: false, children: [], position: { start: this.point(ln, first), end: undefined as unknown as Point } };
      const item = this.listItem(ln, first);
      list.children.push(item);
      siblings.push(list);
      const markerCol = first - this.lineStarts[ln - 1]!;
      this.stack.push({ list, item, markerCol, contentCol: markerCol + marker.width, kind: marker.kind });
      return this.itemContent(ln, first + marker.width, content, end);
    }
    if (!this.isPlain(first, content)) throw OUTSIDE;
    this.paragraph(siblings, ln, first, content, end);
  }

  private itemContent(ln: number, first: number, content: number, end: number): void {
    if (!this.isPlain(first, content)) throw OUTSIDE; // a heading, fence or list on the marker's line
    this.paragraph(this.stack[this.stack.length - 1]!.item.children, ln, first, content, end);
  }

  private paragraph(siblings: RootContent[], ln: number, first: number, content: number, end: number): void {
    const node: Paragraph = { type: "paragraph", children: [], position: undefined };
    siblings.push(node);
    this.leaf = { kind: "paragraph", node, segments: [{ line: ln, start: first, end: content, lineEnd: end }], contained: siblings !== this.root.children };
  }

  private heading(siblings: RootContent[], ln: number, first: number, content: number, end: number): void {
    const { text } = this;
    let depth = 0;
    while (text.charCodeAt(first + depth) === HASH) depth++;
    // No closing sequence, and some text (a line of spaces after the hashes is an empty heading).
    if (depth > 6 || text.charCodeAt(first + depth) !== SPACE || text.charCodeAt(content - 1) === HASH) throw OUTSIDE;
    let from = first + depth;
    while (text.charCodeAt(from) === SPACE) from++;
    const node: Heading = {
      type: "heading",
      depth: depth as Heading["depth"],
      children: this.inline([{ line: ln, start: from, end: content, lineEnd: end }]),
      position: { start: this.point(ln, first), end: this.point(ln, end) },
    };
    siblings.push(node);
  }

  private fence(siblings: RootContent[], depth: number, ln: number, first: number, end: number): void {
    const { text } = this;
    let size = 0;
    while (text.charCodeAt(first + size) === BACKTICK) size++;
    // The info string: a language, then meta up to the line's end (its trailing spaces kept, as remark keeps them).
    const info = text.slice(first + size, end).replace(/^ +/, "");
    if (info.includes("`")) throw OUTSIDE; // not a fence: inline code
    const space = info.indexOf(" ");
    const meta = space < 0 ? "" : info.slice(space).replace(/^ +/, "");
    const node: Code = {
      type: "code",
      lang: info.trim() === "" ? null : space < 0 ? info : info.slice(0, space),
      meta: meta === "" ? null : meta,
      value: "",
      position: { start: this.point(ln, first), end: undefined as unknown as Point },
    };
    siblings.push(node);
    this.leaf = { kind: "code", node, depth, size, lines: [] };
  }

  private codeLine(leaf: Leaf & { kind: "code" }, ln: number, start: number, first: number, end: number, blank: boolean): void {
    const { text } = this;
    if (blank) {
      if (end !== start) throw OUTSIDE;
      leaf.lines.push("");
      return;
    }
    const column = leaf.depth > 0 ? this.stack[leaf.depth - 1]!.contentCol : 0;
    if (first - start < column) throw OUTSIDE; // the list item ends inside the fence
    const from = start + column;
    if (text.charCodeAt(from) === BACKTICK || first - from < 4 && text.charCodeAt(first) === BACKTICK) {
      let run = 0;
      while (text.charCodeAt(first + run) === BACKTICK) run++;
      let content = end;
      while (text.charCodeAt(content - 1) === SPACE) content--;
      if (run >= leaf.size) {
        if (first !== from || first + run !== content) throw OUTSIDE; // an indented or trailed closing fence
        leaf.node.value = leaf.lines.join("\n");
        leaf.node.position!.end = this.point(ln, end);
        this.leaf = null;
        return;
      }
    }
    leaf.lines.push(text.slice(from, end));
  }

  /** A list marker at `first` followed by one space and content, or null; other marker shapes end the attempt. */
  private marker(first: number, end: number): Marker | null {
    const { text } = this;
    const code = text.charCodeAt(first);
    let width: number;
    let kind: string;
    let value = 0;
    if (this.isThematicBreak(first, end)) throw OUTSIDE;
    if (code === STAR && first + 1 < end && text.charCodeAt(first + 1) !== SPACE) return null; // emphasis, not a bullet
    if (code === DASH || code === PLUS || code === STAR) {
      width = 1;
      kind = text[first]!;
    } else if (code >= 48 && code <= 57) {
      let digits = 0;
      while (digits < 10 && text.charCodeAt(first + digits) >= 48 && text.charCodeAt(first + digits) <= 57) digits++;
      const delimiter = text.charCodeAt(first + digits);
      if (delimiter !== 46 && delimiter !== PAREN_CLOSE) return null;
      if (digits > 9) throw OUTSIDE;
      width = digits + 1;
      kind = text[first + digits]!;
      value = Number.parseInt(text.slice(first, first + digits), 10);
    } else {
      return null;
    }
    if (text.charCodeAt(first + width) !== SPACE) {
      if (first + width === end || width === 1) throw OUTSIDE; // empty items, rules, setext lines, emphasis
      return null;
    }
    if (first + width + 1 >= end || text.charCodeAt(first + width + 1) === SPACE) throw OUTSIDE; // empty or wide items
    return { kind, ordered: kind === "." || kind === ")", value, width: width + 1 };
  }

  /** True when a line starting at `first` can only be paragraph text, wherever it stands. */
  private isPlain(first: number, end: number): boolean {
    const { text } = this;
    const code = text.charCodeAt(first);
    switch (code) {
      case HASH: case DASH: case PLUS: case LT: case 62 /* > */: case 61 /* = */: case 124 /* | */:
        return false;
      case STAR: // a bullet or a rule, or emphasis
        return first + 1 < end && text.charCodeAt(first + 1) !== SPACE && !this.isThematicBreak(first, end);
      case UNDERSCORE:
        return !this.isThematicBreak(first, end);
      case BACKTICK:
        return !text.startsWith("```", first);
      default:
        if (code >= 48 && code <= 57) {
          let i = first;
          while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
          const after = text.charCodeAt(i);
          return after !== 46 && after !== PAREN_CLOSE;
        }
        return true;
    }
  }

  /** Three or more of one of `*`, `-`, `_` and nothing else but spaces. */
  private isThematicBreak(first: number, end: number): boolean {
    const { text } = this;
    const code = text.charCodeAt(first);
    if (code !== STAR && code !== DASH && code !== UNDERSCORE) return false;
    let count = 0;
    for (let i = first; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === code) count++;
      else if (c !== SPACE) return false;
    }
    return count >= 3;
  }

  private listItem(ln: number, first: number): ListItem {
    return { type: "listItem", spread: false, checked: null, children: [], position: { start: this.point(ln, first), end: undefined as unknown as Point } };
  }

  private closeItem(frame: Frame): void {
    const last = frame.item.children[frame.item.children.length - 1]!;
    frame.item.position!.end = { ...last.position!.end };
    frame.list.position!.end = { ...last.position!.end };
  }

  /** Closes the innermost lists until `depth` remain. */
  private closeFrames(depth: number): void {
    while (this.stack.length > depth) this.closeItem(this.stack.pop()!);
    if (this.stack.length === 0) this.blank = false;
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    if (leaf.kind !== "paragraph") throw OUTSIDE;
    const { segments, node } = leaf;
    const last = segments[segments.length - 1]!;
    // Two spaces before a line break inside the paragraph make a hard break.
    for (let k = 0; k < segments.length - 1; k++) if (segments[k]!.lineEnd - segments[k]!.end > 1) throw OUTSIDE;
    node.children = this.inline(segments, leaf.contained);
    node.position = { start: this.point(segments[0]!.line, segments[0]!.start), end: this.point(last.line, last.lineEnd) };
    this.leaf = null;
  }

  // ---- inline content ----

  /** `contained`: the text is in a list item, where a line ending after an unclosed backtick run ends elsewhere. */
  private inline(segments: Segment[], contained = false): PhrasingContent[] {
    const { text } = this;
    const source = segments.length === 1 ? text.slice(segments[0]!.start, segments[0]!.end) : segments.map((s) => text.slice(s.start, s.end)).join("\n");
    const bases: number[] = [];
    let base = 0;
    for (const segment of segments) {
      bases.push(base);
      base += segment.end - segment.start + 1;
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
    const unclosed = new Map<number, number>();
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
        const close = (unclosed.get(run) ?? Infinity) <= i ? -1 : this.closingRun(source, i + run, to, run);
        if (close < 0) {
          if (contained) throw OUTSIDE;
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
