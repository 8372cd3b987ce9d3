// Dates as people write them, read into ISO 8601 where that is unambiguous.

export interface NormalizedDate {
  iso: string | null;
  ambiguous: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * "2020-01-05", "2020-1-5", "2020/01/05", "5 January 2020", "January 5th, 2020", "05.01.2020" (day first
 * when the day is over 12, otherwise ambiguous), "2020-01-05T10:00:00Z". Returns iso null and
 * ambiguous true when a date is written but cannot be read without guessing.
 */
export function normalizeDate(raw: string): NormalizedDate {
  const text = raw.trim().replace(/^\W+|[^\w)]+$/g, "");
  if (!text) return { iso: null, ambiguous: false };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return result(iso(+m[1], +m[2], +m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const a = +m[1], b = +m[2], y = +m[3];
    if (a > 12 && b <= 12) return result(iso(y, b, a));
    if (b > 12 && a <= 12) return result(iso(y, a, b));
    if (a === b) return result(iso(y, a, b));
    return { iso: null, ambiguous: true };
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (m && MONTHS[m[2].toLowerCase()]) return result(iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (m && MONTHS[m[1].toLowerCase()]) return result(iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]));
  m = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (m) return { iso: null, ambiguous: true }; // a month, not a day
  return { iso: null, ambiguous: true };
}

function result(value: string | null): NormalizedDate {
  return value ? { iso: value, ambiguous: false } : { iso: null, ambiguous: true };
}

/** True for a strict ISO 8601 calendar date (YYYY-MM-DD). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && iso(+m[1], +m[2], +m[3]) === text;
}
