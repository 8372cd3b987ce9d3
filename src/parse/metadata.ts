// Reads metadata wherever a format keeps it: front matter, `* Status:` bullets, `Date:` lines, `## Status` sections.
import type { Nodes, Paragraph, PhrasingContent, RootContent, Link as MdLink, LinkReference } from "mdast";
import type { Position } from "unist";
import type { Link, LinkRelation, Section } from "../model/index.js";
import { cleanText, nodeText } from "./text.js";
import type { LineIndex } from "./line-index.js";

/** A `Key: value` metadata line found in the body, with the value's exact place in the file. */
export interface Field {
  key: string;
  value: string;
  /** Place of the value text (for edits and messages). */
  position: Position;
  /** The block holding the line (a paragraph or list item). */
  node: Nodes;
  bullet: boolean;
}

const FIELD_KEYS: Record<string, string> = {
  status: "status", date: "date", deciders: "deciders", "decision makers": "deciders", "decision-makers": "deciders",
  consulted: "consulted", informed: "informed", tags: "tags", "technical story": "story", "last updated": "date",
  "review by": "reviewBy", "review-by": "reviewBy", "review date": "reviewBy",
};

const FIELD_LINE = /^[ \t]*([A-Za-z][A-Za-z -]{1,20}?)[ \t]*[:：][ \t]*(.*?)[ \t]*$/;

function fieldKey(raw: string): string | null {
  return FIELD_KEYS[raw.toLowerCase().replace(/\s+/g, " ").trim()] ?? null;
}

/**
 * Finds `Key: value` lines in paragraphs and list items of the given nodes (not in code), such as adr-tools'
 * `Date: 2020-01-01` and MADR 2's `* Status: accepted`.
 */
export function readFields(nodes: readonly RootContent[], source: string, index: LineIndex): Field[] {
  const fields: Field[] = [];
  const visit = (node: Nodes, bullet: boolean) => {
    if (node.type === "paragraph") {
      const text = nodeText(node);
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      let cursor = start;
      for (const line of text.split("\n")) {
        const m = FIELD_LINE.exec(line);
        const key = m ? fieldKey(m[1]) : null;
        if (m && key) {
          const at = locate(source, m[2], cursor, end);
          const position = at === null ? node.position! : index.position(at, at + m[2].length);
          fields.push({ key, value: cleanText(m[2]).trim(), position, node, bullet });
          if (at !== null) cursor = at + m[2].length;
        }
      }
      return;
    }
    if (node.type === "list") {
      for (const item of node.children) {
        for (const child of item.children) visit(child as Nodes, true);
      }
    }
  };
  for (const node of nodes) visit(node as Nodes, false);
  return fields;
}

/** Offset of `needle` in source[from, to), or null. Values are searched as written, so edits can patch them. */
export function locate(source: string, needle: string, from: number, to: number): number | null {
  if (!needle) return null;
  const at = source.indexOf(needle, from);
  return at >= 0 && at + needle.length <= to ? at : null;
}

/** Splits "Alice, Bob and Carol" or a YAML list into names. */
export function splitNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === "string" || typeof v === "number" ? [String(v).trim()] : [])).filter(Boolean);
  if (typeof value !== "string") return [];
  return value
    .split(/\s*(?:,|;|\band\b|\n)\s*/)
    .map((s) => cleanText(s).replace(/^[-*\s]+/, "").trim())
    .filter((s) => s.length > 0);
}

const RELATIONS: Array<[RegExp, LinkRelation]> = [
  [/^(?:is\s+)?(?:superseded|superceded|replaced|obsoleted)\s+by\b/i, "superseded-by"],
  [/^(?:supersedes|supercedes|replaces|obsoletes)\b/i, "supersedes"],
  [/^(?:is\s+)?(?:amended|refined|extended|clarified)\s+by\b/i, "amended-by"],
  [/^(?:amends|refines|extends|clarifies)\b/i, "amends"],
  [/^(?:relates\s+to|related\s+to|related|see\s+also)\b/i, "relates"],
];

/** The relation a label names ("Superseded by", "amends", "relates-to"), or null. */
export function relationFor(label: string): LinkRelation | null {
  const text = label.replace(/[-_]/g, " ").trim();
  for (const [re, relation] of RELATIONS) if (re.test(text)) return relation;
  return null;
}

/** The ADR number a link target or text names: `0003-use-x.md`, `adr-003.md`, `ADR-0003`, `3. Use X`. */
export function numberFrom(target: string | null, text: string): number | null {
  if (target && !/^[a-z][a-z+.-]*:/i.test(target)) {
    const base = decodeSafe(target.split(/[?#]/)[0]).split("/").pop() ?? "";
    const m = /^(?:adr[-_ ]?)?0*(\d{1,6})(?=[-_. ]|$)/i.exec(base);
    if (m) return Number(m[1]);
  }
  const t = /^\s*(?:adr[-_ #]?)?#?0*(\d{1,6})\b/i.exec(text);
  return t ? Number(t[1]) : null;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Link lines in paragraphs and list items: "Superseded by [3. Use X](0003-use-x.md)", "* Amends [ADR-0002](...)",
 * "Status: superseded by [ADR-0062](...)". In a Links section, any link to a local Markdown file is a relation.
 */
export function readBodyLinks(nodes: readonly RootContent[], linksSection: boolean): Link[] {
  const links: Link[] = [];
  const visitParagraph = (paragraph: Paragraph) => {
    for (const line of inlineLines(paragraph)) {
      // Emoji and status words may stand before the relation: "⌛️ Superseded by [36. X](036-x.md)".
      const stripped = line.text.replace(/^[^\p{L}\p{N}[]*(?:status\s*[:：]\s*)?[^\p{L}\p{N}[]*(?:accepted|proposed|deprecated|rejected)?[\s,;.:-]*/iu, "");
      const relation = relationFor(stripped);
      const label = relation ? (/^\S+(?:\s+by)?/i.exec(stripped)?.[0] ?? "") : "";
      if (relation !== null && line.links.length === 0) {
        // Links written as plain numbers: "Superseded by ADR 12".
        const plain = /^\S+(?:\s+(?:by|to))?\s+(?:adr[-\s#]?)?#?0*(\d{1,6})\b/i.exec(stripped);
        if (plain) links.push({ relation, label, number: Number(plain[1]), target: null, text: plain[1], position: line.position });
        continue;
      }
      for (const link of line.links) {
        const target = link.type === "link" ? link.url : null;
        const text = nodeText(link);
        const local = target !== null && !/^[a-z][a-z+.-]*:/i.test(target) && /\.md(?:[#?].*)?$/i.test(target);
        if (relation !== null) links.push({ relation, label, number: numberFrom(target, text), target, text, position: link.position });
        else if (linksSection && local) links.push({ relation: "relates", label: "", number: numberFrom(target, text), target, text, position: link.position });
      }
    }
  };
  const visit = (node: Nodes) => {
    if (node.type === "paragraph") visitParagraph(node);
    else if (node.type === "list") for (const item of node.children) for (const c of item.children) visit(c as Nodes);
  };
  for (const node of nodes) visit(node as Nodes);
  return links;
}

interface InlineLine {
  text: string;
  links: Array<MdLink | LinkReference>;
  position?: Position;
}

/** A paragraph's inline content cut into its source lines, each with its text and links. */
function inlineLines(paragraph: Paragraph): InlineLine[] {
  const lines: InlineLine[] = [{ text: "", links: [], position: paragraph.position }];
  for (const child of paragraph.children as PhrasingContent[]) {
    if (child.type === "text") {
      child.value.split(/\r?\n|\r/).forEach((part, i) => {
        if (i > 0) lines.push({ text: "", links: [], position: child.position });
        lines[lines.length - 1].text += part;
      });
    } else if (child.type === "break") {
      lines.push({ text: "", links: [], position: child.position });
    } else {
      if (child.type === "link" || child.type === "linkReference") lines[lines.length - 1].links.push(child);
      lines[lines.length - 1].text += nodeText(child);
    }
  }
  return lines;
}

/** Text used to read a status out of a `## Status` section: its words and any badge image URLs. */
export function statusText(section: Section): { text: string; badges: string; node: Nodes | null } {
  for (const node of section.nodes) {
    if (node.type !== "paragraph" && node.type !== "list") continue;
    const lines = nodeText(node).split("\n").map((l) => l.trim()).filter(Boolean);
    const images: string[] = [];
    collectImages(node, images);
    const first = lines.find((l) => !/^(?:supersedes|supercedes|amends|amended by|relates to|date\s*:)/i.test(l));
    if (first !== undefined || images.length > 0) {
      return { text: first ?? "", badges: images.join(" "), node };
    }
  }
  return { text: "", badges: "", node: null };
}

function collectImages(node: Nodes, out: string[]): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "image") out.push(n.url);
    if ("children" in n) stack.push(...(n.children as Nodes[]));
  }
}
