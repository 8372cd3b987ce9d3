// Reads a json-adr document and turns each record back into an adrkit-format ADR file.
import { parseDecision } from "../parse/index.js";
import { slugify } from "../repo/index.js";
import { convertDecision, renderFrontMatter, type FrontMatterValues, type LinkKey, type SectionPrompts } from "../migrate/index.js";
import { JSON_ADR_FORMAT, idAndSlug, type JsonAdrDocument, type JsonAdrRecord } from "./json-adr.js";

/** A json-adr document that cannot be imported; the message names the file and the record. */
export class ImportError extends Error {
  override name = "ImportError";
}

const LINK_KEYS: Record<string, LinkKey> = {
  supersedes: "supersedes", "superseded-by": "superseded-by", amends: "amends", "amended-by": "amended-by", relates: "relates-to",
};

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === "string";
const strOrNull: Check = (v) => v === null || typeof v === "string";
const strList: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const FIELDS: Record<string, [Check, string, boolean]> = {
  title: [str, "a string", true],
  body: [str, "a string", true],
  number: [(v) => v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0), "a whole number or null", false],
  file: [str, "a string", false],
  id: [str, "a string", false],
  slug: [str, "a string", false],
  status: [strOrNull, "a string or null", false],
  date: [(v) => v === null || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)), "a YYYY-MM-DD date or null", false],
  reviewBy: [(v) => v === null || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)), "a YYYY-MM-DD date or null", false],
  deciders: [strList, "a list of strings", false],
  consulted: [strList, "a list of strings", false],
  informed: [strList, "a list of strings", false],
  tags: [strList, "a list of strings", false],
  links: [(v) => Array.isArray(v) && v.every((l) => l && typeof l === "object" && typeof (l as { relation?: unknown }).relation === "string"), "a list of { relation, number, target }", false],
  meta: [(v) => v !== null && typeof v === "object" && !Array.isArray(v), "an object", false],
};

/** Parses and checks a json-adr document; `name` is the file name used in messages. */
export function readJsonAdr(text: string, name: string): JsonAdrDocument {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new ImportError(`${name}: not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
  const doc = data as Partial<JsonAdrDocument> | null;
  if (!doc || typeof doc !== "object" || doc.format !== JSON_ADR_FORMAT || !Array.isArray(doc.decisions)) {
    throw new ImportError(`${name}: not a json-adr document (expected "format": "json-adr" and a "decisions" list; write one with \`adrkit export\`)`);
  }
  doc.decisions.forEach((record, i) => {
    const where = `${name}: decisions[${i}]`;
    if (!record || typeof record !== "object") throw new ImportError(`${where} must be an object`);
    for (const [key, [check, what, required]] of Object.entries(FIELDS)) {
      const value = (record as unknown as Record<string, unknown>)[key];
      if (value === undefined && !required) continue;
      if (!check(value)) throw new ImportError(`${where}.${key} must be ${what}`);
    }
  });
  return doc as JsonAdrDocument;
}

function recordFrontMatter(record: JsonAdrRecord): FrontMatterValues {
  const links: FrontMatterValues["links"] = {};
  const linkNumbers = new Set<number>();
  for (const link of record.links ?? []) {
    // Links with a target were read from the body, which travels with the record: listing them again would double them.
    const key = LINK_KEYS[link.relation];
    if (!key || link.target || typeof link.number !== "number") continue;
    const list = (links[key] ??= []);
    if (!list.includes(link.number)) list.push(link.number);
    linkNumbers.add(link.number);
  }
  return {
    status: record.status ?? null,
    date: record.date ?? null,
    deciders: record.deciders ?? [],
    consulted: record.consulted ?? [],
    informed: record.informed ?? [],
    tags: record.tags ?? [],
    reviewBy: record.reviewBy ?? null,
    links,
    linkNumbers,
    extra: record.meta ?? {},
  };
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.md$/;

/** The file name a record is written to: its own when safe as one path segment, else `NNNN-slug.md`. */
export function fileNameFor(record: JsonAdrRecord): string {
  const own = (record.file ?? "").split(/[\\/]/).pop() ?? "";
  if (SAFE_NAME.test(own) && !own.includes("..")) return own;
  const slug = slugify(record.slug ?? record.title);
  return record.number === null || record.number === undefined ? `${slug}.md` : `${String(record.number).padStart(4, "0")}-${slug}.md`;
}

/** The adrkit-format text of a record: its metadata as front matter over its body, converted when the body is not adrkit. */
export function recordToText(record: JsonAdrRecord, prompts: SectionPrompts): string {
  let body = record.body.replace(/^\ufeff/, "");
  if (!/^\s*#\s/m.test(body)) body = `\n# ${record.number === null || record.number === undefined ? "" : `${record.number}. `}${record.title}\n\n${body}`;
  if (!body.startsWith("\n") && !body.startsWith("\r\n")) body = `\n${body}`;
  const text = renderFrontMatter(recordFrontMatter(record)) + body;
  const decision = parseDecision(text, fileNameFor(record));
  return decision.format === "adrkit" ? text : convertDecision(decision, prompts);
}

export interface PlannedFile {
  name: string;
  text: string;
  record: JsonAdrRecord;
}

/** The files an import writes, refusing two records that would share a file name. */
export function planImport(doc: JsonAdrDocument, prompts: SectionPrompts, name: string): PlannedFile[] {
  const seen = new Map<string, number>();
  return doc.decisions.map((record, i) => {
    const file = fileNameFor(record);
    const previous = seen.get(file.toLowerCase());
    if (previous !== undefined) throw new ImportError(`${name}: decisions[${previous}] and decisions[${i}] would both be written to ${file}; give them distinct "file" names`);
    seen.set(file.toLowerCase(), i);
    return { name: file, text: recordToText(record, prompts), record };
  });
}
