// Minimal edits of an ADR's text: status and link lines change, every other byte (BOM, line endings) stays.
import type { Decision, FieldSource, Format, LinkRelation } from "../model/index.js";
import { STATUSES, normalizeStatus } from "../model/index.js";
import { addFrontMatterListItem, frontMatterValue, hasFrontMatter, setFrontMatterScalar } from "./front-matter-edit.js";
import { bodyLines, lineEnding, matchCase, splice, type Line } from "./text.js";
import { padNumber } from "./numbering.js";

/** What the parser found about a file, used to edit it in its own shape. Without hints the text decides. */
export interface EditHints {
  format?: Format;
  statusSource?: FieldSource;
}

export function editHints(decision: Pick<Decision, "format" | "sources">): EditHints {
  return { format: decision.format, statusSource: decision.sources.status };
}

/** A file that has no place an edit could go without guessing. */
export class EditError extends Error {
  override name = "EditError";
}

/** The other decision a link line names. */
export interface LinkTarget {
  number: number;
  title: string;
  /** File name of the target, relative to the edited file (they share the ADR directory). */
  fileName: string;
}

export const LINK_LABELS: Readonly<Record<LinkRelation, string>> = {
  supersedes: "Supersedes", "superseded-by": "Superseded by", amends: "Amends", "amended-by": "Amended by",
  relates: "Relates to",
};

export const REVERSE_RELATION: Readonly<Record<LinkRelation, LinkRelation>> = {
  supersedes: "superseded-by", "superseded-by": "supersedes", amends: "amended-by", "amended-by": "amends",
  relates: "relates",
};

/** adrkit's front matter key for each relation. */
export const LINK_KEYS: Readonly<Record<LinkRelation, string>> = {
  supersedes: "supersedes", "superseded-by": "superseded-by", amends: "amends", "amended-by": "amended-by",
  relates: "relates-to",
};

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const STATUS_HEADING = /^ {0,3}#{1,6}[ \t]+[*_]{0,2}status[*_]{0,2}:?[ \t]*#*[ \t]*$/i;
const STATUS_BULLET = /^([ \t]*(?:[-*+][ \t]+)?(?:[*_]{2})?status(?:[*_]{2})?[ \t]*:(?:[*_]{2})?[ \t]*)(.*?)[ \t]*$/i;
const LINK_LINE = /^[\s*_>-]*(?:supersedes|superseded by|amends|amended by|relates to|related to|see also|clarifies|clarified by|extends|extended by)\b.*\]\(/i;

/** The kind of file, read from hints or, failing those, from its shape. */
function shapeOf(text: string, hints: EditHints): "adrkit" | "front-matter" | "bullets" | "nygard" | "plain" {
  const format = hints.format && hints.format !== "unknown" ? hints.format : null;
  if (format === "adrkit") return "adrkit";
  if (format === "nygard") return "nygard";
  if (format === "madr2" || format === "log4brains") return statusBullet(text) ? "bullets" : "plain";
  if (format === "madr3" || format === "madr4") return hasFrontMatter(text) ? "front-matter" : "plain";
  if (hasFrontMatter(text)) {
    const adrkitKeys = ["review-by", ...Object.values(LINK_KEYS)];
    const numberedTitle = bodyLines(text).some((l) => /^#[ \t]+\d+\.[ \t]/.test(l.text));
    return numberedTitle || adrkitKeys.some((k) => frontMatterValue(text, k) !== undefined) ? "adrkit" : "front-matter";
  }
  if (statusBullet(text)) return "bullets";
  if (statusSection(text)) return "nygard";
  return "plain";
}

function statusBullet(text: string): { line: Line; prefix: string; value: string } | null {
  for (const line of bodyLines(text)) {
    if (/^ {0,3}##/.test(line.text)) return null; // metadata bullets sit above the first section
    const m = STATUS_BULLET.exec(line.text);
    if (m) return { line, prefix: m[1], value: m[2] };
  }
  return null;
}

function statusSection(text: string): { heading: Line; lines: Line[] } | null {
  const lines = bodyLines(text);
  const at = lines.findIndex((l) => STATUS_HEADING.test(l.text));
  if (at < 0) return null;
  const after = lines.slice(at + 1);
  const next = after.findIndex((l) => HEADING.test(l.text));
  return { heading: lines[at], lines: next < 0 ? after : after.slice(0, next) };
}

function sameStatus(raw: string, wanted: string): boolean {
  const a = raw.replace(/[*_`]/g, "").trim().toLowerCase();
  const b = wanted.trim().toLowerCase();
  return a === b || ((STATUSES as readonly string[]).includes(b) && normalizeStatus(raw) === b);
}

/** Text of a status line without emphasis around it: `**Accepted**` -> [`**`, `Accepted`, `**`]. */
function unwrap(value: string): [string, string, string] {
  const m = /^([*_]*)(.*?)([*_]*)$/.exec(value)!;
  return [m[1], m[2], m[3]];
}

/**
 * Sets the status where the file keeps it: front matter `status:`, a `* Status:` / `- Status:` bullet, or the
 * first paragraph of a `## Status` section. The same status again (in any case) returns the text unchanged.
 */
export function setStatus(text: string, status: string, hints: EditHints = {}): string {
  const trimmed = status.trim();
  if (!trimmed) throw new EditError("the status is empty");
  // A word of the vocabulary takes the case style of the file; a team's own wording is kept as typed.
  const wanted = (STATUSES as readonly string[]).includes(trimmed.toLowerCase()) ? trimmed.toLowerCase() : trimmed;
  const source = hints.statusSource;
  const fmStatus = hasFrontMatter(text) ? frontMatterValue(text, "status") : undefined;
  if (source === "front-matter" || (source === undefined && fmStatus !== undefined)) {
    const raw = fmStatus == null ? null : String(fmStatus);
    if (raw !== null && sameStatus(raw, wanted)) return text;
    return setFrontMatterScalar(text, "status", matchCase(wanted, raw));
  }
  const bullet = source === "section" ? null : statusBullet(text);
  if (bullet) {
    const [open, raw, close] = unwrap(bullet.value);
    if (raw && sameStatus(raw, wanted)) return text;
    const start = bullet.line.start + bullet.prefix.length;
    return splice(text, start, start + bullet.value.length, open + matchCase(wanted, raw || null) + close);
  }
  const section = statusSection(text);
  if (section) {
    const eol = lineEnding(text);
    const first = section.lines.find((l) => l.text.trim() !== "");
    if (!first) return splice(text, section.heading.end, section.heading.end, `${eol}${eol}${matchCase(wanted, "Accepted")}`);
    const indent = /^\s*/.exec(first.text)![0];
    const [open, raw, close] = unwrap(first.text.trim());
    if (sameStatus(raw, wanted)) return text;
    if (LINK_LINE.test(first.text)) {
      // The section holds only links: the status goes in front of them as its own paragraph.
      return splice(text, first.start, first.start, `${matchCase(wanted, "Accepted")}${eol}${eol}`);
    }
    const start = first.start + indent.length;
    return splice(text, start, start + open.length + raw.length + close.length, open + matchCase(wanted, raw) + close);
  }
  if (hasFrontMatter(text)) return setFrontMatterScalar(text, "status", wanted);
  const firstSection = hints.format === "nygard" ? bodyLines(text).find((l) => /^ {0,3}##[ \t]/.test(l.text)) : undefined;
  if (firstSection) {
    // A Nygard file that never had a status gets adr-tools' `## Status` section in front of its first section.
    const eol = lineEnding(text);
    return splice(text, firstSection.start, firstSection.start, `## Status${eol}${eol}${matchCase(wanted, "Accepted")}${eol}${eol}`);
  }
  throw new EditError("no status found (no front matter `status:`, no `Status:` bullet, no `## Status` section); add one first");
}

/** The Markdown link a line names a decision by: `[12. Title](0012-title.md)`, or MADR's `[ADR-0012](...)`. */
function linkMarkdown(target: LinkTarget, madr: boolean): string {
  const text = madr ? `ADR-${padNumber(target.number)}` : `${target.number}. ${target.title}`;
  return `[${text.replace(/([[\]\\])/g, "\\$1")}](${target.fileName})`;
}

function hasLinkLine(text: string, label: string, fileName: string): boolean {
  const lower = label.toLowerCase();
  return bodyLines(text).some((l) => {
    const t = l.text.toLowerCase();
    return t.includes(lower) && (t.includes(`](${fileName.toLowerCase()})`) || t.includes(`](./${fileName.toLowerCase()})`));
  });
}

/**
 * Adds a link to another decision in the file's own shape: adrkit front matter list keys (`supersedes: [3]`),
 * a line in Nygard's `## Status` section, a bullet under MADR 2 / log4brains' status bullet, or a line under
 * the title. `label` overrides the relation's usual words ("Clarifies"). A link already there is not repeated.
 */
export function addLink(
  text: string,
  relation: LinkRelation,
  target: LinkTarget,
  hints: EditHints = {},
  label: string = LINK_LABELS[relation],
): string {
  const shape = shapeOf(text, hints);
  if (shape === "adrkit" && label === LINK_LABELS[relation]) return addFrontMatterListItem(text, LINK_KEYS[relation], target.number);
  if (hasLinkLine(text, label, target.fileName)) return text;
  const eol = lineEnding(text);
  const madr = shape === "front-matter" || shape === "bullets";
  const line = `${label} ${linkMarkdown(target, madr)}`;
  if (shape === "bullets") {
    const bullet = statusBullet(text)!;
    const lines = bodyLines(text);
    let last = lines.findIndex((l) => l.start === bullet.line.start);
    while (last + 1 < lines.length && /^[ \t]*[-*+][ \t]/.test(lines[last + 1].text)) last++;
    const marker = /^[ \t]*[-*+][ \t]+/.exec(bullet.line.text)?.[0] ?? "- ";
    return splice(text, lines[last].end, lines[last].end, `${eol}${marker}${line}`);
  }
  const section = shape === "nygard" ? statusSection(text) : null;
  if (section) {
    const lastLine = [...section.lines].reverse().find((l) => l.text.trim() !== "") ?? section.heading;
    return splice(text, lastLine.end, lastLine.end, `${eol}${eol}${line}`);
  }
  return addLineUnderTitle(text, line, eol);
}

/** After the H1 and any link lines already under it; at the top of the body when there is no H1. */
function addLineUnderTitle(text: string, line: string, eol: string): string {
  const lines = bodyLines(text);
  const h1 = lines.findIndex((l) => /^ {0,3}#[ \t]/.test(l.text));
  if (h1 < 0) {
    const start = lines[0]?.start ?? text.length;
    return splice(text, start, start, `${line}${eol}${eol}`);
  }
  let last = h1;
  for (let i = h1 + 1; i < lines.length; i++) {
    if (lines[i].text.trim() === "") continue;
    if (!LINK_LINE.test(lines[i].text)) break;
    last = i;
  }
  return splice(text, lines[last].end, lines[last].end, `${eol}${eol}${line}`);
}

/**
 * Marks a decision superseded by `by`, in its own format: adrkit sets `status: superseded` and
 * `superseded-by: [N]`; Nygard sets the status paragraph and adds `Superseded by [N. Title](file)`;
 * MADR writes MADR's own `superseded by [ADR-NNNN](file)` as the status value.
 */
export function markSuperseded(text: string, by: LinkTarget, hints: EditHints = {}): string {
  const shape = shapeOf(text, hints);
  if (shape === "adrkit") return addLink(setStatus(text, "superseded", hints), "superseded-by", by, hints);
  if (shape === "front-matter" || shape === "bullets") {
    const value = `superseded by ${linkMarkdown(by, true)}`;
    const current = shape === "bullets" ? unwrap(statusBullet(text)!.value)[1] : String(frontMatterValue(text, "status") ?? "");
    if (current.includes(`](${by.fileName})`)) return text;
    return setStatus(text, matchCase(value, current || null), { ...hints, statusSource: shape === "bullets" ? "bullet" : "front-matter" });
  }
  return addLink(setStatus(text, "superseded", hints), "superseded-by", by, hints);
}
