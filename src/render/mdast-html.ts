// A decision's mdast written straight to HTML: the text remark-rehype, rehype-sanitize (default schema) and
// hast-util-to-html give for it, byte for byte, without building either syntax tree. Safe by construction: it
// writes only the elements and attributes below, drops raw HTML, escapes every text and attribute value, and keeps
// a URL only under the sanitizer's protocol rules. For a tree it cannot match exactly (a node type or shape it does
// not know, `data` asking for other elements) it returns null, and the caller renders through the library.
// tests/render/mdast-html.test.ts holds it to the library pipeline.
import type {
  Nodes, Root, RootContent, PhrasingContent, List, ListItem, Table, TableRow, Definition, FootnoteDefinition,
  FootnoteReference, LinkReference, ImageReference, Heading, Code,
} from "mdast";
import { attribute, escapeText } from "./html-text.js";

/** Thrown inside the writer when the tree holds something it does not reproduce exactly. */
const UNSUPPORTED = new Error("mdast-html: not written directly");

/** The footnote section's heading; decision-html.ts gives remark-rehype the same. */
export const FOOTNOTE_LABEL = "Notes";

const HREF_PROTOCOLS = ["http", "https", "irc", "ircs", "mailto", "xmpp"];
const SRC_PROTOCOLS = ["http", "https"];

/**
 * The body HTML of `tree`, as `toHtml(mdastToSafeHast(tree, prefix))` writes it, or null when this writer does not
 * cover the tree. `prefix` is the footnote id prefix (`${prefix}-fn-1`).
 */
export function mdastToHtml(tree: Root, prefix: string): string | null {
  try {
    return new Writer(tree, `${prefix}-`).root();
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
}

/** ` href="..."` for a link to `url` as the sanitizer leaves it, or "" when it removes the attribute. */
export function hrefAttribute(url: string): string {
  const value = normalizeUri(url);
  return safeProtocol(value, HREF_PROTOCOLS) ? attribute("href", value) : "";
}

/** A rendered block, with a paragraph's content kept apart: tight list items show it without the `<p>`. */
interface Block {
  html: string;
  /** For a paragraph: its content, and whether it has any (a task item's checkbox is followed by a space then). */
  paragraph?: { content: string; empty: boolean };
}

/** How a phrasing node's result is trimmed, as mdast-util-to-hast does for whatever follows a hard break. */
const enum Trim {
  None,
  /** After a break: a text result loses its leading blanks, an element's first child does if it is text. */
  Result,
  /** The first child of an element trimmed as `Result`: only a text loses its leading blanks. */
  Text,
}

interface Definitions {
  links: Map<string, Definition>;
  footnotes: Map<string, FootnoteDefinition>;
}

class Writer {
  private collected: Definitions | null = null;
  /** Footnote ids in the order they were first referenced, and how often each was. */
  private readonly footnoteOrder: string[] = [];
  private readonly footnoteCounts = new Map<string, number>();

  constructor(private readonly tree: Root, private readonly clobberPrefix: string) {}

  /** Definitions by identifier, gathered when a reference first asks: most ADRs have none. */
  private definitions(): Definitions {
    return (this.collected ??= collectDefinitions(this.tree));
  }

  root(): string {
    if (this.tree.type !== "root") throw UNSUPPORTED;
    checkData(this.tree);
    let html = this.flow(this.tree.children).map((b) => b.html).join("\n");
    const footer = this.footer();
    if (footer) html += `\n${footer}`;
    return html;
  }

  /** Block children; definitions, front matter and raw HTML give nothing. */
  private flow(children: readonly RootContent[]): Block[] {
    const blocks: Block[] = [];
    for (const child of children) {
      const block = this.block(child);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  private block(node: RootContent): Block | null {
    checkData(node);
    switch (node.type) {
      case "paragraph": {
        const content = this.phrasing(node.children, false);
        return { html: `<p>${content}</p>`, paragraph: { content, empty: !node.children.some((c) => c.type !== "html") } };
      }
      case "heading":
        return { html: this.heading(node) };
      case "thematicBreak":
        return { html: "<hr>" };
      case "blockquote":
        return { html: `<blockquote>${wrapLoose(this.flow(node.children).map((b) => b.html))}</blockquote>` };
      case "list":
        return { html: this.list(node) };
      case "code":
        return { html: this.code(node) };
      case "table":
        return { html: this.table(node) };
      case "html":
      case "definition":
      case "footnoteDefinition":
      case "yaml":
        return null;
      default:
        // `toml` and whatever extensions add: the library knows what to do with them.
        throw UNSUPPORTED;
    }
  }

  private heading(node: Heading): string {
    const { depth } = node;
    if (!Number.isInteger(depth) || depth < 1 || depth > 6) throw UNSUPPORTED;
    return `<h${depth}>${this.phrasing(node.children, false)}</h${depth}>`;
  }

  private code(node: Code): string {
    if (typeof node.value !== "string" || (node.lang != null && typeof node.lang !== "string")) throw UNSUPPORTED;
    const value = node.value ? `${node.value}\n` : "";
    // Only the first word of the info string names the language; the sanitizer keeps `language-x`, never a bare
    // `language-` (a class list left empty).
    const language = node.lang ? node.lang.split(/\s+/)[0] : null;
    const className = language === null ? "" : language ? attribute("class", `language-${language}`) : ' class=""';
    return `<pre><code${className}>${escapeText(value)}</code></pre>`;
  }

  private list(node: List): string {
    const items = node.children;
    if (items.some((item) => item.type !== "listItem")) throw UNSUPPORTED;
    let loose = Boolean(node.spread);
    for (let i = 0; !loose && i < items.length; i++) loose = itemLoose(items[i]);
    let attributes = "";
    if (typeof node.start === "number" && node.start !== 1 && !Number.isNaN(node.start)) attributes += attribute("start", node.start);
    if (items.some((item) => typeof item.checked === "boolean")) attributes += ' class="contains-task-list"';
    const tag = node.ordered ? "ol" : "ul";
    return `<${tag}${attributes}>${wrapLoose(items.map((item) => this.listItem(item, loose)))}</${tag}>`;
  }

  private listItem(node: ListItem, loose: boolean): string {
    checkData(node);
    const blocks = this.flow(node.children);
    const task = typeof node.checked === "boolean";
    if (task) {
      const checkbox = `<input type="checkbox"${node.checked ? " checked" : ""} disabled>`;
      const head = blocks[0]?.paragraph;
      if (head) {
        const content = head.empty ? checkbox : `${checkbox} ${head.content}`;
        blocks[0] = { html: `<p>${content}</p>`, paragraph: { content, empty: false } };
      } else {
        blocks.unshift({ html: `<p>${checkbox}</p>`, paragraph: { content: checkbox, empty: false } });
      }
    }
    // A tight item shows its paragraphs' content bare; line breaks go around everything else.
    let html = "";
    blocks.forEach((block, i) => {
      if (loose || i !== 0 || !block.paragraph) html += "\n";
      html += block.paragraph && !loose ? block.paragraph.content : block.html;
    });
    const tail = blocks[blocks.length - 1];
    if (tail && (loose || !tail.paragraph)) html += "\n";
    return `<li${task ? ' class="task-list-item"' : ""}>${html}</li>`;
  }

  private table(node: Table): string {
    const rows = node.children;
    const { align } = node;
    if (align != null && !Array.isArray(align)) throw UNSUPPORTED;
    const parts: string[] = [];
    if (rows.length > 0) parts.push(`<thead>\n${this.tableRow(rows[0], true, align)}\n</thead>`);
    if (rows.length > 1) {
      // A row is a header row when it is the table's first, which a tree may hold twice.
      const body = rows.slice(1).map((row) => this.tableRow(row, row === rows[0], align));
      parts.push(`<tbody>\n${body.join("\n")}\n</tbody>`);
    }
    return `<table>${wrapLoose(parts)}</table>`;
  }

  private tableRow(row: TableRow, head: boolean, align: Table["align"]): string {
    if (row.type !== "tableRow") throw UNSUPPORTED;
    checkData(row);
    const tag = head ? "th" : "td";
    // Exactly as many cells as the alignment row has columns: missing ones empty, extra ones dropped.
    const length = align ? align.length : row.children.length;
    const cells: string[] = [];
    for (let i = 0; i < length; i++) {
      const cell = row.children[i];
      const alignment = align ? align[i] : undefined;
      if (alignment != null && typeof alignment !== "string") throw UNSUPPORTED;
      if (cell && cell.type !== "tableCell") throw UNSUPPORTED;
      if (cell) checkData(cell);
      const content = cell ? this.phrasing(cell.children, false) : "";
      cells.push(`<${tag}${alignment ? attribute("align", alignment) : ""}>${content}</${tag}>`);
    }
    return `<tr>${wrapLoose(cells)}</tr>`;
  }

  /** Phrasing children; `trimHead` trims the first one's text as `Trim.Text` (this element follows a break). */
  private phrasing(children: readonly PhrasingContent[], trimHead: boolean): string {
    let html = "";
    let head = trimHead;
    for (let i = 0; i < children.length; i++) {
      const trim = i > 0 && children[i - 1].type === "break" ? Trim.Result : head ? Trim.Text : Trim.None;
      const part = this.inline(children[i], trim);
      if (part === null) continue;
      head = false;
      html += part;
    }
    return html;
  }

  /** One phrasing node, or null for raw HTML (dropped). */
  private inline(node: PhrasingContent, trim: Trim): string | null {
    checkData(node);
    switch (node.type) {
      case "text": {
        if (typeof node.value !== "string") throw UNSUPPORTED;
        const value = trimLines(node.value);
        return escapeText(trim === Trim.None ? value : trimBlanksStart(value));
      }
      case "emphasis":
        return `<em>${this.phrasing(node.children, trim === Trim.Result)}</em>`;
      case "strong":
        return `<strong>${this.phrasing(node.children, trim === Trim.Result)}</strong>`;
      case "delete":
        return `<del>${this.phrasing(node.children, trim === Trim.Result)}</del>`;
      case "inlineCode": {
        if (typeof node.value !== "string") throw UNSUPPORTED;
        const value = node.value.replace(/\r?\n|\r/g, " ");
        return `<code>${escapeText(trim === Trim.Result ? trimBlanksStart(value) : value)}</code>`;
      }
      case "break":
        return "<br>\n";
      case "link":
        return this.anchor(node.url, node.title, this.phrasing(node.children, trim === Trim.Result));
      case "linkReference": {
        const definition = this.definitions().links.get(String(node.identifier).toUpperCase());
        // Without a definition the reference is written back as text (a list of nodes to the library: no trim).
        if (!definition) return `[${this.phrasing(node.children, false)}${escapeText(referenceSuffix(node))}`;
        return this.anchor(definition.url || "", definition.title, this.phrasing(node.children, trim === Trim.Result));
      }
      case "image":
        return this.image(node.url, node.alt, node.title);
      case "imageReference": {
        const definition = this.definitions().links.get(String(node.identifier).toUpperCase());
        if (!definition) return escapeText(`![${node.alt}${referenceSuffix(node)}`);
        return this.image(definition.url || "", node.alt, definition.title);
      }
      case "footnoteReference":
        return this.footnoteReference(node);
      case "html":
        return null;
      default:
        throw UNSUPPORTED;
    }
  }

  private anchor(url: unknown, title: unknown, content: string): string {
    if (typeof url !== "string") throw UNSUPPORTED;
    return `<a${hrefAttribute(url)}${titleAttribute(title)}>${content}</a>`;
  }

  private image(url: unknown, alt: unknown, title: unknown): string {
    if (typeof url !== "string" || (alt != null && typeof alt !== "string")) throw UNSUPPORTED;
    const src = normalizeUri(url);
    const srcAttribute = safeProtocol(src, SRC_PROTOCOLS) ? attribute("src", src) : "";
    return `<img${srcAttribute}${alt == null ? "" : attribute("alt", alt)}${titleAttribute(title)}>`;
  }

  private footnoteReference(node: FootnoteReference): string {
    const id = String(node.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    let counter = this.footnoteOrder.indexOf(id) + 1;
    if (counter === 0) counter = this.footnoteOrder.push(id);
    const uses = (this.footnoteCounts.get(id) ?? 0) + 1;
    this.footnoteCounts.set(id, uses);
    const href = attribute("href", `#${this.clobberPrefix}fn-${safeId}`);
    const refId = attribute("id", `${this.clobberPrefix}fnref-${safeId}${uses > 1 ? `-${uses}` : ""}`);
    return `<sup><a${href}${refId} data-footnote-ref aria-describedby="footnote-label">${counter}</a></sup>`;
  }

  /** The footnote section, or "" without footnotes: each referenced definition with links back to its references. */
  private footer(): string {
    if (this.footnoteOrder.length === 0) return "";
    const { footnotes } = this.definitions();
    const contents: Block[][] = [];
    // Definitions may reference further footnotes, which join the order as they are met.
    for (let i = 0; i < this.footnoteOrder.length; i++) {
      const definition = footnotes.get(this.footnoteOrder[i]);
      if (definition) contents[i] = this.flow(definition.children);
    }
    const items: string[] = [];
    this.footnoteOrder.forEach((id, i) => {
      const definition = footnotes.get(id);
      if (definition) items.push(this.footnoteItem(definition, contents[i], i));
    });
    if (items.length === 0) return "";
    return `<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">${FOOTNOTE_LABEL}</h2>\n`
      + `<ol>${wrapLoose(items)}</ol>\n</section>`;
  }

  private footnoteItem(definition: FootnoteDefinition, content: Block[], index: number): string {
    const id = String(definition.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    const backReferences: string[] = [];
    const uses = this.footnoteCounts.get(id) ?? 0;
    for (let use = 1; use <= uses; use++) {
      const suffix = use > 1 ? `-${use}` : "";
      backReferences.push(`<a${attribute("href", `#${this.clobberPrefix}fnref-${safeId}${suffix}`)} data-footnote-backref=""`
        + ` aria-label="Back to reference ${index + 1}${suffix}" class="data-footnote-backref">↩${use > 1 ? `<sup>${use}</sup>` : ""}</a>`);
    }
    const parts = content.map((block) => block.html);
    const tail = content[content.length - 1];
    // The links back join a closing paragraph after a space, or else follow the content as blocks of their own.
    if (tail?.paragraph) parts[parts.length - 1] = `<p>${tail.paragraph.content} ${backReferences.join(" ")}</p>`;
    else parts.push(...backReferences.flatMap((a, i) => (i ? [" ", a] : [a])));
    return `<li${attribute("id", `${this.clobberPrefix}fn-${safeId}`)}>${wrapLoose(parts)}</li>`;
  }
}

/** Definitions as mdast-util-to-hast gathers them: every node of the tree, the first of an identifier wins. */
function collectDefinitions(tree: Root): Definitions {
  const found: Definitions = { links: new Map(), footnotes: new Map() };
  const visit = (node: Nodes): void => {
    if (node.type === "definition" || node.type === "footnoteDefinition") {
      const id = String(node.identifier).toUpperCase();
      if (node.type === "definition") {
        if (!found.links.has(id)) found.links.set(id, node);
      } else if (!found.footnotes.has(id)) {
        found.footnotes.set(id, node);
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** `data.hName`, `hProperties` or `hChildren` ask mdast-util-to-hast for other markup than the node's own. */
function checkData(node: Nodes): void {
  const data = node.data as Record<string, unknown> | undefined;
  if (data && ("hName" in data || "hProperties" in data || "hChildren" in data)) throw UNSUPPORTED;
}

/** mdast-util-to-hast's `wrap(nodes, true)`: a line break before, between and after the parts. */
function wrapLoose(parts: readonly string[]): string {
  return parts.length === 0 ? "\n" : `\n${parts.join("\n")}\n`;
}

function itemLoose(item: ListItem): boolean {
  return item.spread == null ? item.children.length > 1 : Boolean(item.spread);
}

function titleAttribute(title: unknown): string {
  if (title == null) return "";
  if (typeof title !== "string") throw UNSUPPORTED;
  return attribute("title", title);
}

/** What an undefined reference is written back as after its content: `]`, `][]` or `][label]`. */
function referenceSuffix(node: LinkReference | ImageReference): string {
  if (node.referenceType === "collapsed") return "][]";
  if (node.referenceType === "full") return `][${node.label || node.identifier}]`;
  return "]";
}

const BLANKS_START = /^[ \t]+/;

function trimBlanksStart(value: string): string {
  return value.replace(BLANKS_START, "");
}

const LINE_ENDING = /[\r\n]/;
const BLANKS_AT_LINE_EDGE = /[ \t][\r\n]|[\r\n][ \t]/;
const LINE_ENDING_WITH_BLANKS = /[ \t]*(\r?\n|\r)[ \t]*/g;

/** Blanks before and after each line ending removed, as the `trim-lines` package does for text nodes. */
function trimLines(value: string): string {
  return LINE_ENDING.test(value) && BLANKS_AT_LINE_EDGE.test(value) ? value.replace(LINE_ENDING_WITH_BLANKS, "$1") : value;
}

/** Characters a URL keeps as written; everything else but a valid `%XX` escape is percent-encoded. */
const URL_PLAIN = /^(?:[!#$&-;=?-Z_a-z~]|%[0-9A-Za-z]{2})*$/;
const URL_PLAIN_CHAR = /[!#$&-;=?-Z_a-z~]/;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The URL as micromark-util-sanitize-uri's `normalizeUri` writes it (what remark-rehype puts in `href`). */
export function normalizeUri(value: string): string {
  if (URL_PLAIN.test(value)) return value;
  let result = "";
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    let replace = "";
    let skip = 0;
    if (code === 37 && isAsciiAlphanumeric(value.charCodeAt(index + 1)) && isAsciiAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code < 128) {
      if (!URL_PLAIN_CHAR.test(String.fromCharCode(code))) replace = String.fromCharCode(code);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = value.charCodeAt(index + 1);
      if (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        replace = String.fromCharCode(code, next);
        skip = 1;
      } else {
        replace = "\uFFFD";
      }
    } else {
      replace = String.fromCharCode(code);
    }
    if (replace) {
      result += value.slice(start, index) + encodeURIComponent(replace);
      start = index + skip + 1;
    }
    index += skip;
  }
  return result + value.slice(start);
}

/**
 * hast-util-sanitize's protocol rule: a URL with no scheme (no colon, or one after `/`, `?` or `#`) is relative and
 * kept; otherwise its scheme must be one of `protocols`, exactly (`HTTP:` is not `http:`).
 */
function safeProtocol(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(":");
  if (colon < 0) return true;
  const slash = url.indexOf("/");
  const question = url.indexOf("?");
  const hash = url.indexOf("#");
  if ((slash > -1 && colon > slash) || (question > -1 && colon > question) || (hash > -1 && colon > hash)) return true;
  return protocols.some((protocol) => colon === protocol.length && url.startsWith(protocol));
}
