// Line-level views of a file's text that keep its BOM and line endings exactly as written.

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the line's content (before its line ending). */
  end: number;
  text: string;
}

/** The file's own line ending: the first one found, "\n" when there is none. */
export function lineEnding(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : "\n";
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Replaces text[start, end) with `replacement`. */
export function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

export interface FrontMatterSpan {
  /** Offset of the first character of the YAML. */
  contentStart: number;
  /** Offset of the closing `---` line (the YAML ends with the line ending before it). */
  contentEnd: number;
  /** Offset of the first character after the closing line's line ending. */
  bodyStart: number;
}

/** The YAML front matter block at the top of the file (after an optional BOM), or null. */
export function findFrontMatter(text: string): FrontMatterSpan | null {
  const open = /^\ufeff?---[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!open) return null;
  const contentStart = open[0].length;
  const close = /(^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/g;
  close.lastIndex = contentStart - open[1].length;
  const m = close.exec(text);
  if (!m) return null;
  const contentEnd = m.index + m[1].length;
  return { contentStart: Math.min(contentStart, contentEnd), contentEnd, bodyStart: m.index + m[0].length };
}

/** Lines of the body, with fenced code blocks left out so that examples inside them are never edited. */
export function bodyLines(text: string): Line[] {
  const fm = findFrontMatter(text);
  const from = fm ? fm.bodyStart : 0;
  const lines: Line[] = [];
  let fence: string | null = null;
  for (const line of splitLines(text)) {
    if (line.start < from) continue;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (fence) {
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker[1];
      continue;
    }
    lines.push(line);
  }
  return lines;
}

/** A lowercase `value` written in the case style of `like` ("Accepted", "ACCEPTED", "accepted"). */
export function matchCase(value: string, like: string | null): string {
  const letters = (like ?? "").replace(/[^\p{L}]/gu, "");
  if (!letters || value !== value.toLowerCase()) return value;
  if (/^[a-z]+$/.test(value) && letters.length > 1 && letters === letters.toUpperCase()) return value.toUpperCase();
  if (letters[0] !== letters[0].toLowerCase()) return value[0].toUpperCase() + value.slice(1);
  return value;
}
