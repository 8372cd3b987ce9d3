// The json-adr export: one JSON document holding every decision's metadata, sections and Markdown body.
import type { Decision, Format, LinkRelation, SectionId } from "../model/index.js";
import { frontMatterValues, sectionMarkdown } from "../migrate/index.js";

export const JSON_ADR_FORMAT = "json-adr";
export const JSON_ADR_VERSION = 1;

export interface JsonAdrLink {
  relation: LinkRelation;
  /** The ADR number linked to, when known. */
  number: number | null;
  /** The link target as written (a file name or URL), when it was a Markdown link. */
  target: string | null;
}

/** One decision. Field names follow what log4brains and adr-log exports call the same things where they have one. */
export interface JsonAdrRecord {
  /** The file name without `.md`: stable and unique within the log ("0002-use-postgres", "20200927-avoid-fc"). */
  id: string;
  number: number | null;
  /** The file name without number, date prefix or `.md` ("use-postgres"). */
  slug: string;
  /** Path of the file relative to the ADR directory, with forward slashes. */
  file: string;
  title: string;
  /** One of proposed, accepted, rejected, deprecated, superseded, draft, or the team's own status; null when none. */
  status: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or null. */
  date: string | null;
  deciders: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  reviewBy: string | null;
  links: JsonAdrLink[];
  /** The template family the file was written in. */
  sourceFormat: Format;
  /** Canonical sections present with content, as Markdown. */
  sections: Partial<Record<SectionId, string>>;
  /** Front matter keys adrkit does not define, as written. */
  meta: Record<string, unknown>;
  /** The Markdown after the front matter, byte for byte, title included. */
  body: string;
}

export interface JsonAdrDocument {
  format: typeof JSON_ADR_FORMAT;
  version: typeof JSON_ADR_VERSION;
  /** The tool that wrote the document ("adrkit 0.1.0"). */
  generator: string;
  decisions: JsonAdrRecord[];
}

/** Splits a file name into id and slug: `0002-use-x.md` → `0002-use-x`, `use-x`. */
export function idAndSlug(file: string): { id: string; slug: string } {
  const id = (file.split("/").pop() ?? file).replace(/\.md$/i, "");
  const slug = id.replace(/^(?:\d{4}-?\d{2}-?\d{2}[-_]|(?:adr[-_ ]?)?\d+[-_ ]*)/i, "") || id;
  return { id, slug };
}

function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? null : value.toISOString();
    return iso && iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value;
}

/** The record of one parsed decision; `file` is its path relative to the ADR directory. */
export function toRecord(decision: Decision, file: string): JsonAdrRecord {
  const text = String(decision.file.value);
  const { id, slug } = idAndSlug(file);
  const sections: Partial<Record<SectionId, string>> = {};
  for (const [sectionId, markdown] of Object.entries(sectionMarkdown(decision)) as Array<[SectionId, string]>) {
    // A section holding only its template prompt is empty to a reader.
    if (decision.sections[sectionId]?.text.trim()) sections[sectionId] = markdown;
  }
  const meta = jsonSafe(frontMatterValues(decision).extra) as Record<string, unknown>;
  return {
    id,
    number: decision.number,
    slug,
    file,
    title: decision.title,
    status: decision.status.value ?? decision.status.raw,
    date: decision.date,
    deciders: decision.people.deciders,
    consulted: decision.people.consulted,
    informed: decision.people.informed,
    tags: decision.tags,
    reviewBy: decision.reviewBy,
    links: decision.links.map((l) => ({ relation: l.relation, number: l.number, target: l.target })),
    sourceFormat: decision.format,
    sections,
    meta,
    body: text.slice(decision.frontMatter?.bodyStart ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0)),
  };
}

/** The whole export, decisions in number order (files without a number by name, after). */
export function toJsonAdr(entries: ReadonlyArray<{ decision: Decision; file: string }>, generator: string): JsonAdrDocument {
  const records = entries.map(({ decision, file }) => toRecord(decision, file));
  records.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { format: JSON_ADR_FORMAT, version: JSON_ADR_VERSION, generator, decisions: records };
}
