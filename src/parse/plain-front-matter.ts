// Reads the front matter most ADRs carry, `key: value` lines of plain words, dates and `[a, b]` lists, without the
// YAML library. Anything else (block lists, quotes, comments, floats, ...) returns null and is read by it.

export interface PlainRange {
  /** Offsets into the YAML text: the key's first character, and the value's [start, end). */
  keyStart: number;
  start: number;
  end: number;
}

type PlainScalar = string | number;

export interface PlainMapping {
  data: Record<string, PlainScalar | PlainScalar[]>;
  ranges: Map<string, PlainRange>;
}

const LINE = /^([A-Za-z][A-Za-z0-9_-]*):( +)(.*?) *$/;
/** A first character that starts something other than a plain scalar: an indicator, a quote, a comment, a tag. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Words and numbers the YAML 1.2 core schema reads as something other than text (null, booleans, floats, ...). */
const NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const PLAIN_INTEGER = /^[0-9]{1,15}$/;

/** A one-line plain scalar as the YAML 1.2 core schema reads it (text, or a plain integer); null when unsure. */
function plainScalar(value: string, flow: boolean): PlainScalar | null {
  if (value === "" || INDICATOR.test(value)) return null;
  // `: ` would open a nested mapping, ` #` a comment; a trailing `:` is a mapping indicator too.
  if (value.includes(": ") || value.includes(" #") || value.endsWith(":")) return null;
  if (flow && /[[\]{},]/.test(value)) return null;
  if (PLAIN_INTEGER.test(value)) return Number(value);
  return NOT_TEXT.test(value) ? null : value;
}

/** `[a, b]` of plain scalars, or null. */
function flowList(value: string): PlainScalar[] | null {
  if (!value.startsWith("[") || !value.endsWith("]")) return null;
  const inner = value.slice(1, -1);
  if (inner.trim() === "") return [];
  const items: PlainScalar[] = [];
  for (const part of inner.split(",")) {
    const item = plainScalar(part.replace(/^ +| +$/g, ""), true);
    if (item === null) return null;
    items.push(item);
  }
  return items;
}

/**
 * The mapping of `yamlText` when every line is blank or `key: value` with a one-line plain value or a `[a, b]`
 * list of them; null when any line needs the YAML library.
 */
export function readPlainMapping(yamlText: string): PlainMapping | null {
  if (yamlText.includes("\r") || yamlText.includes("\t")) return null;
  const data: Record<string, PlainScalar | PlainScalar[]> = {};
  const ranges = new Map<string, PlainRange>();
  let offset = 0;
  for (const line of yamlText.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === "") continue;
    const m = LINE.exec(line);
    if (!m) return null;
    const [, key, gap, value] = m;
    if (ranges.has(key) || NOT_TEXT.test(key)) return null;
    const resolved = value.startsWith("[") ? flowList(value) : plainScalar(value, false);
    if (resolved === null) return null;
    data[key] = resolved;
    const start = lineStart + key.length + 1 + gap.length;
    ranges.set(key, { keyStart: lineStart, start, end: start + value.length });
  }
  return ranges.size > 0 ? { data, ranges } : null;
}
