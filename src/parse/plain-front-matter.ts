// Reads the front matter most ADRs carry, `key: value` lines of plain words and dates, without the YAML library.
// Anything else (lists, quotes, comments, numbers other than plain integers, ...) returns null and is read by it.

export interface PlainRange {
  /** Offsets into the YAML text: the key's first character, and the value's [start, end). */
  keyStart: number;
  start: number;
  end: number;
}

export interface PlainMapping {
  data: Record<string, string | number>;
  ranges: Map<string, PlainRange>;
}

const LINE = /^([A-Za-z][A-Za-z0-9_-]*):( +)(.*?) *$/;
/** A first character that starts something other than a plain scalar: an indicator, a quote, a comment, a tag. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Words and numbers the YAML 1.2 core schema reads as something other than text (null, booleans, floats, ...). */
const NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const PLAIN_INTEGER = /^[0-9]{1,15}$/;

/**
 * The mapping of `yamlText` when every line is blank or `key: value` with a one-line plain value; null when any
 * line needs the YAML library. Values read as the YAML 1.2 core schema reads them: text, or a plain integer.
 */
export function readPlainMapping(yamlText: string): PlainMapping | null {
  if (yamlText.includes("\r") || yamlText.includes("\t")) return null;
  const data: Record<string, string | number> = {};
  const ranges = new Map<string, PlainRange>();
  let offset = 0;
  for (const line of yamlText.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === "") continue;
    const m = LINE.exec(line);
    if (!m) return null;
    const [, key, gap, value] = m;
    if (ranges.has(key) || NOT_TEXT.test(key) || value === "" || INDICATOR.test(value)) return null;
    // `: ` would open a nested mapping, ` #` a comment; a trailing `:` is a mapping indicator too.
    if (value.includes(": ") || value.includes(" #") || value.endsWith(":")) return null;
    let resolved: string | number = value;
    if (PLAIN_INTEGER.test(value)) resolved = Number(value);
    else if (NOT_TEXT.test(value)) return null;
    data[key] = resolved;
    const start = lineStart + key.length + 1 + gap.length;
    ranges.set(key, { keyStart: lineStart, start, end: start + value.length });
  }
  return ranges.size > 0 ? { data, ranges } : null;
}
