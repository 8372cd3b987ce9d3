// A line-at-a-time reader for the plain Markdown most ADRs are written in: ATX headings, paragraphs, bullet and
// ordered lists, fenced code, HTML comment blocks, inline code, `[text](url)` links and simple emphasis. For such
// a text it builds the tree remark-parse builds, node for node and position for position, many times faster.
// Anything else (block quotes, setext headings, escapes, references, indented code, tabs, ...) makes it return null,
// and the caller parses the file with remark-parse. tests/parse/quick-markdown.test.ts holds it to remark-parse's
// trees on generated texts, every example and fixture, and the corpus.
import type { Code, Heading, Html, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import type { Point } from "unist";
import { BACKTICK, InlineReader, LT, OUTSIDE, SPACE, STAR, UNDERSCORE, pointOf, type Segment } from "./quick-inline.js";


/**
 * Characters and sequences that end the attempt wherever they are: a carriage return outside CRLF, tabs and NUL
 * (columns), a byte order mark, backslash escapes, tildes (strikethrough, tilde fences), character references,
 * link reference definitions, images, and surrogate pairs.
 */
const UNSUPPORTED = /[\t\0\uFEFF\\~\uD800-\uDFFF]|\r(?!\n)|&#?[A-Za-z0-9]+;|\]:|!\[/;
const HTML_COMMENT_OPEN = /^<!--(?!-?>)/;

const HASH = 35, DASH = 45, PLUS = 43, PAREN_CLOSE = 41;

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
  | { kind: "code"; node: Code; depth: number; size: number; lines: string[]; eols: string[] }
  | { kind: "html"; node: Html; lines: string[]; eols: string[]; close: number };

/** Lines joined with the line endings they had (remark-parse keeps CRLF in values). */
function joinLines(lines: readonly string[], eols: readonly string[]): string {
  let value = lines[0] ?? "";
  for (let k = 1; k < lines.length; k++) value += eols[k - 1]! + lines[k]!;
  return value;
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
  /** The current line's ending: "\n", "\r\n", or "" for the last line. */
  private eol = "";
  private readonly inlines: InlineReader;

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    this.inlines = new InlineReader(text, this.lineStarts);
  }

  read(): Root {
    const { text, lineStarts } = this;
    for (let index = 0; index < lineStarts.length; index++) {
      const start = lineStarts[index]!;
      const next = index + 1 < lineStarts.length ? lineStarts[index + 1]! - 1 : text.length;
      const crlf = next < text.length && next > start && text.charCodeAt(next - 1) === 13;
      this.eol = next === text.length ? "" : crlf ? "\r\n" : "\n";
      this.line(index + 1, start, crlf ? next - 1 : next);
    }
    if (this.leaf && this.leaf.kind !== "paragraph") throw OUTSIDE; // an unclosed fence or comment
    this.closeLeaf();
    this.closeFrames(0);
    const last = lineStarts.length;
    this.root.position = { start: { line: 1, column: 1, offset: 0 }, end: this.point(last, text.length) };
    return this.root;
  }

  private point(line: number, offset: number): Point {
    return pointOf(this.lineStarts, line, offset);
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
      leaf.eols.push(this.eol);
      // The next `-->` at or after this line, found once and kept, so a long comment costs one scan.
      if (leaf.close < start && leaf.close !== -1) leaf.close = text.indexOf("-->", start);
      if (leaf.close >= 0 && leaf.close < end) {
        leaf.node.value = joinLines(leaf.lines, leaf.eols);
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
          this.leaf.segments.push({ line: ln, start: first, end: content, lineEnd: end, eol: this.eol });
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
        this.leaf.segments.push({ line: ln, start: first, end: content, lineEnd: end, eol: this.eol });
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
      this.leaf = { kind: "html", node, lines: [], eols: [], close: -2 };
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
    this.leaf = { kind: "paragraph", node, segments: [{ line: ln, start: first, end: content, lineEnd: end, eol: this.eol }], contained: siblings !== this.root.children };
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
      children: this.inlines.read([{ line: ln, start: from, end: content, lineEnd: end, eol: this.eol }]),
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
    this.leaf = { kind: "code", node, depth, size, lines: [], eols: [] };
  }

  private codeLine(leaf: Leaf & { kind: "code" }, ln: number, start: number, first: number, end: number, blank: boolean): void {
    const { text } = this;
    if (blank) {
      if (end !== start) throw OUTSIDE;
      leaf.lines.push("");
      leaf.eols.push(this.eol);
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
        leaf.node.value = joinLines(leaf.lines, leaf.eols);
        leaf.node.position!.end = this.point(ln, end);
        this.leaf = null;
        return;
      }
    }
    leaf.lines.push(text.slice(from, end));
    leaf.eols.push(this.eol);
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
    node.children = this.inlines.read(segments, leaf.contained);
    node.position = { start: this.point(segments[0]!.line, segments[0]!.start), end: this.point(last.line, last.lineEnd) };
    this.leaf = null;
  }
}
