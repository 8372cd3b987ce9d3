// Decides which files are safe to parse on the main thread (no time budget there) and which need a worker's.

/** Files above this size always go to a worker. */
export const MAIN_THREAD_MAX_BYTES = 64 * 1024;

// Measured on remark-parse 11 + remark-gfm 4 (2 cores): 16 KiB of `~a`, `*a`, `` `a ``, `[a`, `|a` lines or blank
// lines, or 2 KiB of nested `>` / `- `, each take seconds, growing faster than their size. Real ADRs stay far below
// these counts (corpus of 473 files: at most 361 such characters, 132 blank lines, 20 KiB), so a file past any of
// them pays for a worker's startup (~0.2 s) to get a time budget; everything else parses at once on the main thread.
const MAX_MARKUP_CHARACTERS = 1000;
const MAX_LINE_BREAKS = 3000;
const MAX_CONTAINER_PREFIX = 12;
const MAX_INDENT = 48;

/** True when `text` could stall the Markdown parser for long: parse it in a worker with a time budget. */
export function needsWorker(text: string): boolean {
  if (text.length > MAIN_THREAD_MAX_BYTES) return true;
  let markup = 0;
  let breaks = 0;
  let lineStart = true;
  let prefix = 0;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (++breaks > MAX_LINE_BREAKS) return true;
      lineStart = true;
      prefix = 0;
      indent = 0;
      continue;
    }
    // ` * _ [ ] < > ~ | ! : the characters whose delimiter runs micromark resolves against each other.
    const isMarkup = c === 96 || c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 62 || c === 126 || c === 124 || c === 33;
    if (isMarkup && ++markup > MAX_MARKUP_CHARACTERS) return true;
    if (!lineStart) continue;
    if (c === 32 || c === 9) {
      if (++indent > MAX_INDENT) return true;
    } else if (c === 62 || c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57)) {
      // Container markers at the start of a line (`>`, `-`, `+`, `*`, `1.`): deep nesting is what recurses.
      if (c >= 48 && c <= 57) {
        while (i + 1 < text.length && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
        const next = text.charCodeAt(i + 1);
        if (next !== 46 && next !== 41) {
          lineStart = false;
          continue;
        }
        i++;
      } else if (c !== 62 && text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 9) {
        lineStart = false; // `---`, `**bold**`, `-1`: not a list marker
        continue;
      }
      if (++prefix > MAX_CONTAINER_PREFIX) return true;
    } else lineStart = false;
  }
  return false;
}
