// Decides which metadata lines (`Date: ...`, `* Status: ...`, a `## Status` body) moved into front matter and may go.
import type { List, RootContent } from "mdast";
import { normalizeDate, normalizeStatus } from "../model/index.js";
import { splitNames } from "../parse/metadata.js";
import type { FrontMatterValues } from "./front-matter.js";

const EMPHASIS = "(?:\\*\\*|__|\\*|_)?";
// `* **Status:** accepted`, `Date: 2020-01-01`, `- Deciders: Alice, Bob`
const FIELD_LINE = new RegExp(`^\\s*(?:[-*+]\\s+)?${EMPHASIS}([A-Za-z][A-Za-z -]{1,20}?)${EMPHASIS}\\s*[:：]\\s*${EMPHASIS}\\s*(.*?)\\s*$`);
const RELATION_LINE = /^(?:is\s+)?(?:superseded|superceded|replaced|obsoleted|amended|refined|extended|clarified)\s+by\b|^(?:supersedes|supercedes|replaces|obsoletes|amends|refines|extends|clarifies|relates\s+to|related\s+to)\b/i;

/** Markdown inline syntax removed, links and images reduced to their text, for comparing values. */
export function plainLine(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1 ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every name on the line is already in the list. */
function namesCaptured(value: string, list: readonly string[]): boolean {
  const names = splitNames(plainLine(value));
  return names.length > 0 && names.every((n) => list.includes(n));
}

/** True when a `Key: value` line says nothing the front matter does not already hold. */
function fieldCaptured(key: string, value: string, fm: FrontMatterValues): boolean {
  switch (key.toLowerCase().replace(/[\s-]+/g, " ").trim()) {
    case "status":
      return fm.status !== null && normalizeStatus(plainLine(value)) === fm.status && statusOnly(value);
    case "date":
    case "last updated":
      return fm.date !== null && normalizeDate(plainLine(value)).iso === fm.date;
    case "deciders":
    case "decision makers":
      return namesCaptured(value, fm.deciders);
    case "consulted":
      return namesCaptured(value, fm.consulted);
    case "informed":
      return namesCaptured(value, fm.informed);
    case "tags":
      return namesCaptured(value.replace(/#/g, ""), fm.tags);
    case "review by":
    case "review date":
      return fm.reviewBy !== null && normalizeDate(plainLine(value)).iso === fm.reviewBy;
    default:
      return false;
  }
}

/**
 * A status written with nothing else worth keeping: "Accepted", "✅ Accepted.", a badge, or a status followed by
 * relation links whose numbers the front matter holds. "Accepted by the board on 2 May" keeps its words.
 */
function statusOnly(text: string): boolean {
  const plain = plainLine(text).replace(/\bstatus\b\s*[:：]?/gi, " ");
  const relation = /\b(?:superseded|superceded|replaced|amended)\s+by\b.*$/i;
  const words = plain.replace(relation, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.every((w) => normalizeStatus(w) !== null);
}

/** A relation line ("Supersedes [2. Use X](0002-use-x.md)") whose target numbers are all in the front matter links. */
function relationCaptured(line: string, fm: FrontMatterValues): boolean {
  const plain = plainLine(line).replace(/^\s*(?:[-*+]\s+)?/, "");
  if (!RELATION_LINE.test(plain)) return false;
  const numbers = [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => /(?:^|\/)(?:adr[-_ ]?)?0*(\d{1,6})[-_.]/i.exec(m[1])?.[1]);
  const plainNumber = /^\S+(?:\s+(?:by|to))?\s+(?:adr[-\s#]?)?#?0*(\d{1,6})\b/i.exec(plain)?.[1];
  const all = numbers.length > 0 ? numbers : [plainNumber];
  return all.every((n) => n !== undefined && fm.linkNumbers.has(Number(n)));
}

/** True when the line's content is already in the front matter. `inStatus`: the line sits in a `## Status` section. */
export function lineCaptured(line: string, fm: FrontMatterValues, inStatus: boolean): boolean {
  if (!line.trim()) return true;
  const field = FIELD_LINE.exec(line);
  if (field && fieldCaptured(field[1], field[2], fm)) return true;
  if (relationCaptured(line, fm)) return true;
  if (inStatus && fm.status !== null && normalizeStatus(plainLine(line)) === fm.status && statusOnly(line)) return true;
  return false;
}

/**
 * The source of metadata nodes with captured lines removed; null when nothing is left. Paragraphs are filtered line by
 * line, lists item by item; any other node is kept whole.
 */
export function keepUncaptured(nodes: readonly RootContent[], source: string, fm: FrontMatterValues, inStatus: boolean): string | null {
  const kept: string[] = [];
  const slice = (n: RootContent) => source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
  for (const node of nodes) {
    if (node.type === "paragraph") {
      const lines = slice(node).split(/\r\n|\r|\n/).filter((line) => !lineCaptured(line, fm, inStatus));
      if (lines.length > 0) kept.push(lines.join("\n"));
    } else if (node.type === "list") {
      const items = (node as List).children.map(slice).filter((item) => !(item.split(/\r\n|\r|\n/).every((line) => lineCaptured(line, fm, inStatus))));
      if (items.length > 0) kept.push(items.join("\n"));
    } else {
      kept.push(slice(node));
    }
  }
  return kept.length > 0 ? kept.join("\n\n") : null;
}
