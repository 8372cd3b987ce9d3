// Shared pieces of the reasoning extractor: which sections to read, text blocks with positions, option names.
import type { List, ListItem as MdListItem, Root, RootContent } from "mdast";
import type { Decision, Format, Position, Section, SectionId } from "../model/index.js";
import { headingKey, sectionForHeading } from "../model/index.js";
import { nodeText, nodesText } from "./text.js";

/** A unit of prose a reader would point at: a paragraph, a list item, a table row. */
export interface Block {
  text: string;
  position?: Position;
  node: RootContent | MdListItem;
}

/** A heading and the content up to the next heading of any level: a section's own text, or one sub-heading's. */
export interface Part {
  heading: string;
  depth: number;
  position?: Position;
  nodes: RootContent[];
  /** The canonical section this part sits in, or null inside an other section. */
  section: SectionId | null;
}

export interface ReasoningInput {
  sections: Decision["sections"];
  otherSections: Section[];
  tree: Root;
  format: Format;
}

/** Every part of the document in order, each content node in exactly one part. */
export function allParts(input: ReasoningInput): Part[] {
  // Each reader of the reasoning asks for parts, often more than once: work them out once per document.
  let parts = partsOf.get(input.sections);
  if (!parts) partsOf.set(input.sections, (parts = readParts(input)));
  return parts;
}

const partsOf = new WeakMap<object, Part[]>();

function readParts(input: ReasoningInput): Part[] {
  const sections = [...(Object.values(input.sections) as Section[]), ...input.otherSections];
  sections.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  const parts: Part[] = [];
  for (const section of sections) {
    // A merged section's first content sits in a subsection under its own heading (the parser's choice),
    // so the section's own part is only what no subsection holds.
    let own = section.nodes.slice();
    if (section.subsections.length > 0) {
      const inSub = new Set<RootContent>(section.subsections.flatMap((s) => s.nodes));
      own = own.filter((n) => !inSub.has(n));
    }
    if (own.length > 0 || section.subsections.length === 0 || section.subsections[0].position !== section.position) {
      parts.push({ heading: section.heading, depth: section.depth, position: section.position, nodes: own, section: section.id });
    }
    for (const sub of section.subsections) parts.push({ heading: sub.heading, depth: sub.depth, position: sub.position, nodes: sub.nodes, section: section.id });
  }
  return parts;
}

/**
 * The parts that hold one kind of reasoning, in order: the canonical section with all its sub-headings,
 * and any other heading that names it ("### Risks" under Consequences) with the sub-headings below it.
 */
export function partsFor(input: ReasoningInput, id: SectionId, extra?: RegExp): Part[] {
  const parts = allParts(input);
  const found = new Set<Part>();
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const named = sectionForHeading(part.heading) === id || (extra !== undefined && extra.test(headingKey(part.heading)));
    if (part.section !== id && !named) continue;
    if (part.section !== id && part.depth <= 1) continue;
    found.add(part);
    if (part.section === id) continue;
    for (let j = i + 1; j < parts.length && parts[j].depth > part.depth; j++) found.add(parts[j]);
  }
  return parts.filter((p) => found.has(p));
}

/** Plain text of some parts' content. */
export function partsText(parts: readonly Part[]): string {
  return parts.map((p) => nodesText(p.nodes)).filter(Boolean).join("\n\n");
}

/** Paragraphs and top-level list items of some nodes, skipping code, HTML and sub-headings' own lines. */
export function blocksOf(nodes: readonly RootContent[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node.type === "code" || node.type === "html" || node.type === "heading" || node.type === "thematicBreak") continue;
    if (node.type === "list") {
      for (const item of node.children) blocks.push({ text: nodeText(item).trim(), position: item.position, node: item });
    } else if (node.type === "blockquote") {
      blocks.push(...blocksOf(node.children));
    } else if (node.type === "table") {
      for (const row of node.children) blocks.push({ text: nodeText(row).trim(), position: row.position, node: row as unknown as RootContent });
    } else {
      const text = nodeText(node).trim();
      if (text) blocks.push({ text, position: node.position, node });
    }
  }
  return blocks.filter((b) => b.text.length > 0);
}

/** The list right after a node, if the next sibling is one (MADR's "because" followed by bullets). */
export function listAfter(nodes: readonly RootContent[], node: RootContent): List | null {
  const next = nodes[nodes.indexOf(node) + 1];
  return next && next.type === "list" ? next : null;
}

/** Sentences of a text; abbreviations like "e.g." are rare enough in ADRs to accept the odd bad split. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-Z0-9"“(])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const OPTION_PREFIX = /^(?:[[(]?(?:option|alternative|approach|choice|solution|variant|proposal)\s*(?:\d+|[a-z]|[ivx]+)?[\])]?\s*[:.)\-–—]+\s*|(?:\d+|[a-z])[.)]\s+)/i;
const QUOTES = /^["'“”‘’*_`]+|["'“”‘’*_`]+$/g;
const CHOSEN_MARK = /\s*(?:\((?:chosen|selected|accepted|recommended|preferred|winner)\)|✅|✔️?|☑️?)\s*/i;

/** An option's name as written, without "Option 1:" prefixes, quotes, emphasis or a "(chosen)" mark. */
export function cleanOptionName(raw: string): { name: string; marked: boolean } {
  const firstLine = raw.split("\n")[0].trim();
  const marked = CHOSEN_MARK.test(firstLine);
  let name = firstLine.replace(CHOSEN_MARK, " ").trim();
  const stripped = name.replace(OPTION_PREFIX, "");
  if (stripped.trim()) name = stripped;
  if (name.length > 100) {
    // "**Same VPC Communication**: If the resources are ..." names the option before the colon or dash.
    const cut = name.search(/:\s|\s[–—-]\s/);
    if (cut >= 2) name = name.slice(0, cut);
  }
  name = name.replace(QUOTES, "").replace(/[\s:.,]+$/, "").trim();
  return { name: name || firstLine, marked };
}

/** Name in comparable form: case, quotes, punctuation and spacing folded. */
export function nameKey(name: string): string {
  return cleanOptionName(name)
    .name.normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, " ")
    .trim();
}

/**
 * True when two option names mean the same option: equal after folding, or one is the other's leading words
 * ("MADR 4.0.0" and "MADR 4.0.0 – The Markdown Architectural Decision Records").
 */
export function sameOption(a: string, b: string): boolean {
  const x = nameKey(a), y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.startsWith(short + " ");
}

const STOP = new Set(["a", "an", "the", "to", "of", "for", "in", "on", "with", "and", "or", "use", "using", "we", "our", "option", "as", "by", "is", "it", "be", "i", "e", "g"]);

function tokens(name: string): Set<string> {
  return new Set(nameKey(name).split(" ").filter((t) => t && !STOP.has(t)).map((t) => t.replace(/s$/, "")));
}

/**
 * A looser match for a chosen name against a listed option: every significant word of one appears in the
 * other ("bats" and "Use bats"; "Rely on upstream" and "Rely on whatever mechanism upstream proposes").
 */
export function looselySameOption(a: string, b: string): boolean {
  if (sameOption(a, b)) return true;
  const x = tokens(a), y = tokens(b);
  if (x.size === 0 || y.size === 0) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((t) => large.has(t));
}
