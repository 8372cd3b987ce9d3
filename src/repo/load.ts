// Loads a decision log from disk: lists ADR files safely, reads each within limits, parses it.
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { createHash } from "node:crypto";
import { lstat, readdir, realpath } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { VFile } from "vfile";
import type { Decision } from "../model/index.js";
import { DEFAULT_LIMITS } from "../parse/limits.js";
import { fileFailure } from "../parse/failure.js";
import { createParser, isDecision, type ParseManyOptions } from "./parse-many.js";

export interface LoadOptions extends ParseManyOptions {
  /** Paths in decisions and messages are relative to this folder (default: the working directory). */
  root?: string;
}

/** A file that could not be read or was skipped for safety; `file.messages` holds one fatal message. */
export interface LoadFailure {
  path: string;
  file: VFile;
}

export interface DecisionLog {
  dir: string;
  decisions: Decision[];
  failures: LoadFailure[];
  /** With `options.task`: what the task returned for each decision. */
  taskResults?: Map<Decision, unknown>;
}

/** Files in an ADR folder that are not ADRs. */
// Template files ("template.md", "adr-template.md", "0000-template.md"), not ADRs about templates
// ("0010-django-templates.md").
const NOT_ADR = /^(?:readme|index|toc|summary|changelog|contributing|license)\.md$|^(?:\d+[-_])?(?:m?adr[-_])?template(?:[-_.][^.]*)?\.md$/i;
const MAX_DEPTH = 6;

export interface Candidate {
  path: string;
  /** A reason to skip the file instead of reading it (symlink out of the folder, a loop, a FIFO). */
  refused?: string;
  /** For a symlink accepted because it resolves inside the folder: the file it points at, which is what is read. */
  target?: string;
}

/**
 * Lists `*.md` ADRs under `dir` (sub-folders too, as MADR and log4brains allow). Symlinks are followed only when
 * they resolve to a regular file inside `dir`; a link that points outside or loops is refused, never read.
 */
export async function listAdrFiles(dir: string): Promise<Candidate[]> {
  const root = await realpath(dir);
  const out: Candidate[] = [];
  const walk = async (folder: string, depth: number) => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (depth === 0) throw error;
      out.push({ path: folder, refused: `Cannot list the folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // `folder` is resolved already, and a name holds no separator: join() would only normalize it again.
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    for (const entry of entries) {
      const full = prefix + entry.name;
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(full, depth + 1);
        continue;
      }
      if (!/\.md$/i.test(entry.name) || NOT_ADR.test(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        out.push({ path: full, ...(await followLink(full, root)) });
        continue;
      }
      if (entry.isFile()) out.push({ path: full });
      else out.push({ path: full, refused: "Not a regular file (a FIFO, socket or device): skipped, not read" });
    }
  };
  await walk(resolve(dir), 0);
  return out;
}

async function followLink(path: string, root: string): Promise<{ refused: string } | { target: string }> {
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { refused: code === "ELOOP" ? "Symbolic link loop: skipped" : "Symbolic link points at nothing: skipped" };
  }
  if (target !== root && !target.startsWith(root + sep)) return { refused: "Symbolic link points outside the ADR directory: skipped, not read" };
  const stat = await lstat(target);
  return stat.isFile() ? { target } : { refused: "Symbolic link does not point at a regular file: skipped" };
}

/** Reads one file as UTF-8 text within the size limit, refusing devices, FIFOs and invalid UTF-8. */
export async function readAdrText(path: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<{ text: string; stat: Stats } | { error: string; line?: number }> {
  // The synchronous reader: an ADR is a few KB, and the promise API costs about three times the CPU per file for
  // it, on the thread that feeds the parse workers.
  return readAdrTextSync(path, maxBytes);
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * readAdrText without the event loop, for reading thousands of files in a row (`adrkit lint --cache` reads every
 * file to hash it): the same checks, a quarter of the system calls' overhead.
 */
export function readAdrTextSync(
  path: string,
  maxBytes = DEFAULT_LIMITS.maxFileBytes,
  options: { hash?: boolean } = {},
): { text: string; hash?: string; stat: Stats } | { error: string; line?: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: "Not a regular file: skipped" };
    if (stat.size > maxBytes) {
      return { error: `File is ${stat.size} bytes, over the limit of ${maxBytes} (raise limits.maxFileBytes in the config if this is intended)` };
    }
    // One scratch buffer for every file: the bytes become a string at once, and most ADRs are a few KB.
    if (scratch.length < stat.size) scratch = Buffer.allocUnsafe(Math.max(stat.size, scratch.length * 2));
    const buffer = scratch;
    let read = 0;
    while (read < stat.size) {
      const bytesRead = readSync(fd, buffer, read, stat.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const bytes = buffer.subarray(0, read);
    if (!isUtf8(bytes)) {
      const bad = firstInvalidUtf8(bytes);
      if (bad >= 0) return { error: "File is not valid UTF-8 text (is it Latin-1 or binary?): save it as UTF-8", line: countLines(bytes, bad) };
    }
    // The SHA-256 of the bytes is that of the text's UTF-8 (lint's cache key), without encoding the text again.
    const text = bytes.toString("utf8");
    return options.hash ? { text, hash: createHash("sha256").update(bytes).digest("hex"), stat } : { text, stat };
  } finally {
    closeSync(fd);
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need === 2 && ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f))) return i;
    i += need + 1;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

function failure(path: string, reason: string, line?: number): LoadFailure {
  return fileFailure(path, reason, "parse/read", { place: line ? { line, column: 1 } : undefined });
}

function displayPath(path: string, root: string): string {
  const rel = relative(root, path);
  return (rel.startsWith("..") ? path : rel).split(sep).join("/");
}

/**
 * displayPath for many files under `root` (path.relative for each of 10,000 files takes ~40 ms): each folder's
 * relative path is worked out once. `path` must be resolved (as listAdrFiles and resolve() give it).
 */
export function displayPaths(root: string): (path: string) => string {
  const folders = new Map<string, string>();
  return (path) => {
    const cut = path.lastIndexOf(sep);
    // A file at the top of a drive ("/x.md", "C:\\x.md"): no folder part to keep.
    if (cut <= 0 || path[cut - 1] === ":") return displayPath(path, root);
    const folder = path.slice(0, cut);
    let rel = folders.get(folder);
    if (rel === undefined) folders.set(folder, (rel = relative(root, folder)));
    const joined = rel ? rel + sep + path.slice(cut + 1) : path.slice(cut + 1);
    return (joined.startsWith("..") ? path : joined).split(sep).join("/");
  };
}

/** Loads explicit files (and folders, expanded), as `adrkit lint a.md b/` does. */
export async function loadFiles(paths: readonly string[], options: LoadOptions = {}): Promise<DecisionLog> {
  const root = resolve(options.root ?? process.cwd());
  const candidates: Candidate[] = [];
  const early: LoadFailure[] = [];
  for (const p of paths) {
    const full = resolve(root, p);
    let stat;
    try {
      stat = await lstat(full);
    } catch {
      early.push(failure(displayPath(full, root), "No such file or directory"));
      continue;
    }
    if (stat.isDirectory()) candidates.push(...(await listAdrFiles(full)));
    else if (stat.isSymbolicLink()) candidates.push({ path: full, ...(await followLink(full, resolve(full, ".."))) });
    else candidates.push({ path: full });
  }

  const shownPath = displayPaths(root);
  const outcomes: Array<Decision | LoadFailure> = new Array(candidates.length);
  const parser = createParser(candidates.length, options);
  try {
    await eachLimited(candidates, 16, async (candidate, i) => {
      const shown = shownPath(candidate.path);
      if (candidate.refused) {
        outcomes[i] = failure(shown, candidate.refused);
        return;
      }
      const read = await readSafely(candidate.target ?? candidate.path, parser.limits.maxFileBytes);
      outcomes[i] = "error" in read ? failure(shown, read.error, read.line) : await parser.parse(read.text, shown);
    });
  } finally {
    await parser.close();
  }
  const decisions: Decision[] = [];
  const failures: LoadFailure[] = [...early];
  for (const outcome of outcomes) {
    if (isDecision(outcome)) decisions.push(outcome);
    else failures.push(outcome);
  }
  return { dir: root, decisions, failures, ...(options.task ? { taskResults: parser.taskResults } : {}) };
}

async function readSafely(path: string, maxBytes: number): ReturnType<typeof readAdrText> {
  try {
    return await readAdrText(path, maxBytes);
  } catch (error) {
    return { error: `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

/** Runs `fn` over `items` with at most `limit` at once. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index], index);
    }
  });
  await Promise.all(lanes);
}

/** Loads every ADR of a log folder. */
export async function loadLog(dir: string, options: LoadOptions = {}): Promise<DecisionLog> {
  // `dir` is relative to the working directory, like any path a user types; `root` only shapes the paths shown.
  const log = await loadFiles([resolve(dir)], options);
  return { ...log, dir: resolve(dir) };
}
