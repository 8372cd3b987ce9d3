// Writes the log between `<!-- adrkit-log -->` markers in an existing file, leaving every other byte as it was.
import { readFile, writeFile, rename, unlink, stat } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { randomBytes } from "node:crypto";

export const LOG_START_MARKER = "<!-- adrkit-log -->";
export const LOG_END_MARKER = "<!-- adrkit-log-end -->";

/** A problem with the target file that the user must fix by hand (missing or repeated markers). */
export class InjectError extends Error {
  override name = "InjectError";
}

/**
 * The file's text with `content` between the markers. Bytes outside the markers are kept exactly;
 * the inserted block uses the file's own line ending.
 */
export function injectBetweenMarkers(original: string, content: string, fileLabel = "the file"): string {
  const start = original.indexOf(LOG_START_MARKER);
  const end = original.indexOf(LOG_END_MARKER);
  if (start === -1 || end === -1) {
    throw new InjectError(
      `${fileLabel} has no ${start === -1 ? LOG_START_MARKER : LOG_END_MARKER} marker; ` +
        `add ${LOG_START_MARKER} and ${LOG_END_MARKER} on their own lines where the log belongs`,
    );
  }
  if (original.indexOf(LOG_START_MARKER, start + 1) !== -1 || original.indexOf(LOG_END_MARKER, end + 1) !== -1) {
    throw new InjectError(`${fileLabel} has more than one ${LOG_START_MARKER} / ${LOG_END_MARKER} pair; keep one`);
  }
  if (end < start) throw new InjectError(`${fileLabel}: ${LOG_END_MARKER} comes before ${LOG_START_MARKER}; swap them`);
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  const body = content.replace(/\r?\n/g, eol).replace(new RegExp(`(?:${eol})+$`), "");
  const head = original.slice(0, start + LOG_START_MARKER.length);
  const tail = original.slice(end);
  return `${head}${eol}${eol}${body}${eol}${eol}${tail}`;
}

export interface InjectResult {
  /** True when the file's log differed from `content` (and, unless checking, was rewritten). */
  changed: boolean;
}

/** Injects `content` into `file`; with `check`, only reports whether the file is stale and writes nothing. */
export async function injectLog(file: string, content: string, options: { check?: boolean } = {}): Promise<InjectResult> {
  const original = await readFile(file, "utf8");
  const next = injectBetweenMarkers(original, content, file);
  const changed = next !== original;
  if (changed && !options.check) await writeAtomic(file, next);
  return { changed };
}

/** Writes through a temp file in the same folder and renames it over the target: readers never see half a file. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  try {
    await writeFile(temp, text, { flag: "wx", mode });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
