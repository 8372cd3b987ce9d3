// `.adrkitcache`: findings and whole-log facts of unchanged files, keyed by content hash, config hash and adrkit version.
//
// The file: line 1 is the head (JSON): the string table, each file's hash, stat signature, findings and facts
// key, and the whole-log findings. Each further line is one file's whole-log facts: its path as a JSON string, a
// tab, the facts as JSON. A run reads the facts of a file only when whole-log rules must run again, and a rewrite
// copies the lines of files it did not touch as bytes.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { VFileMessage } from "vfile-message";
import type { Point, Position } from "unist";
import { newMessage, type LintMessage } from "./engine.js";
import type { Fix } from "./types.js";
import type { RepositoryFacts } from "./facts.js";

export const CACHE_FILE = ".adrkitcache";

export interface StoredMessage {
  reason: string;
  ruleId: string | null;
  source: string | null;
  fatal: boolean;
  place: Point | Position | null;
  url: string | null;
  messageId?: string;
  fix?: Fix[];
}

/**
 * A message as the cache file holds it: strings as indexes into the file's string table (-1 for none), the place
 * as numbers. Ten thousand files hold ~80,000 findings; their texts repeat, and reading the cache is the
 * nothing-changed run's main cost.
 */
type Packed = [reason: number, ruleId: number, source: number, url: number, messageId: number, fatal: 0 | 1, place: number[], fix?: Fix[]];

interface Entry {
  hash: string;
  /** The file's own findings; null for a file read only as another file's context. */
  messages: Packed[] | null;
  /**
   * The file's stat signature when its text was hashed (see `statSignature`), absent when it was too recent to
   * vouch for the text: with `--cache-strategy metadata` an unchanged signature stands in for reading the file.
   */
  stat?: string;
  /** `factsKey` of the file's facts line: what whole-log rules read of it. */
  facts?: string;
}

interface Head {
  format: typeof FORMAT;
  /** adrkit version + config hash + run options: any change empties the cache. */
  key: string;
  strings: string[];
  files: Record<string, Entry>;
  /** Whole-log findings, valid for a run whose `repositoryKey` (run.ts) is `key`. */
  repository: { key: string; messages: Record<string, Packed[]> } | null;
}

const FORMAT = "adrkit-cache/3";
const NEWLINE = Buffer.from("\n");

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A cache file as read, before its key is checked: what `--cache-strategy metadata` looks up stat signatures in. */
export interface StoredCache {
  head: Head;
  /** The facts lines, undecoded. */
  factsBytes: Buffer | null;
}

/** Reads a cache file; null for a missing, unreadable or foreign one, never an error. */
export function readCacheFile(file: string): StoredCache | null {
  try {
    // The facts line stays undecoded bytes until a changed file needs it.
    const bytes = readFileSync(file);
    const split = bytes.indexOf(10);
    const head = JSON.parse(bytes.toString("utf8", 0, split === -1 ? bytes.length : split)) as Head;
    if (typeof head !== "object" || head === null || head.format !== FORMAT || typeof head.files !== "object" || head.files === null || !Array.isArray(head.strings)) return null;
    return { head, factsBytes: split === -1 ? null : bytes.subarray(split + 1) };
  } catch {
    return null;
  }
}

/**
 * The recorded hash of `filePath` when the file's stat signature is still the one recorded with it: the text
 * need not be read to know it is unchanged. Undefined when anything differs or nothing was recorded.
 */
export function hashByStat(stored: StoredCache | null, filePath: string, signature: string): string | undefined {
  const entry = Object.hasOwn(stored?.head.files ?? {}, filePath) ? stored!.head.files[filePath] : undefined;
  return entry?.stat !== undefined && entry.stat === signature && typeof entry.hash === "string" ? entry.hash : undefined;
}

/**
 * Files changed this recently are not vouched for by their stat: a second write within the file system's
 * timestamp granularity (up to 2 s on FAT, a clock tick elsewhere) can leave size and times as they were. Such
 * a file is hashed again on the next run, until its times are older than this (git's "racily clean" files).
 */
export const RACY_MS = 3000;

/**
 * What `--cache-strategy metadata` compares: size, inode, modification and change times. The change time moves
 * on every write and every `utimes`, so a tool that restores the modification time still shows. Null for a file
 * changed within RACY_MS of `now`.
 */
export function statSignature(stat: { size: number; ino: number; mtimeMs: number; ctimeMs: number }, now: number): string | null {
  if (Math.max(stat.mtimeMs, stat.ctimeMs) > now - RACY_MS) return null;
  return `${stat.size}:${stat.ino}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export class LintCache {
  private head: Head;
  private readonly factsBytes: Buffer | null;
  /** Where each file's facts JSON lies in `factsBytes` (its line, newline included, ends at `end + 1`). */
  private factsLines: Map<string, { start: number; end: number; line: number }> | null = null;
  /** Facts recorded in this run. */
  private readonly newFacts = new Map<string, RepositoryFacts>();
  private readonly index = new Map<string, number>();
  /** False when this run found everything as the file recorded it: the caller can skip writing it. */
  changed: boolean;

  private constructor(readonly file: string, readonly key: string, head: Head | null, factsBytes: Buffer | null) {
    const valid = head !== null && head.key === key;
    this.head = valid ? head : { format: FORMAT, key, strings: [], files: {}, repository: null };
    this.factsBytes = valid ? factsBytes : null;
    this.head.strings.forEach((text, i) => this.index.set(text, i));
    this.changed = !valid;
  }

  /** Reads the cache file; a missing, unreadable or foreign file is an empty cache, never an error. */
  static load(file: string, key: string): LintCache {
    return LintCache.from(readCacheFile(file), file, key);
  }

  /** The cache of a file already read (`readCacheFile`); valid only if its key is `key`. */
  static from(stored: StoredCache | null, file: string, key: string): LintCache {
    return new LintCache(file, key, stored?.head ?? null, stored?.factsBytes ?? null);
  }

  private get lines(): Map<string, { start: number; end: number; line: number }> {
    if (this.factsLines === null) {
      this.factsLines = new Map();
      const bytes = this.factsBytes;
      for (let line = 0; bytes !== null && line < bytes.length; ) {
        const newline = bytes.indexOf(10, line);
        const end = newline === -1 ? bytes.length : newline;
        const tab = bytes.indexOf(9, line);
        if (tab !== -1 && tab < end) {
          try {
            const filePath = JSON.parse(bytes.toString("utf8", line, tab)) as unknown;
            if (typeof filePath === "string") this.factsLines.set(filePath, { start: tab + 1, end, line });
          } catch {
            // a damaged line: that file's facts are missing, and the run parses it again
          }
        }
        line = end + 1;
      }
    }
    return this.factsLines;
  }

  getFile(filePath: string, hash: string): LintMessage[] | null {
    const entry = this.head.files[filePath];
    return entry && entry.hash === hash && entry.messages ? this.unpackAll(entry.messages) : null;
  }

  /** True when the file's entry is current and holds findings (or, with `factsOnly`, facts only). */
  has(filePath: string, hash: string, factsOnly = false): boolean {
    const entry = this.head.files[filePath];
    return entry !== undefined && entry.hash === hash && (factsOnly || entry.messages !== null);
  }

  /** The file's facts when its entry is current; null when they are missing or damaged. */
  getFacts(filePath: string, hash: string): RepositoryFacts | null {
    const entry = this.head.files[filePath];
    if (!entry || entry.hash !== hash) return null;
    const recorded = this.newFacts.get(filePath);
    if (recorded) return recorded;
    const at = this.lines.get(filePath);
    if (!at || !this.factsBytes) return null;
    try {
      const facts = JSON.parse(this.factsBytes.toString("utf8", at.start, at.end)) as unknown;
      return typeof facts === "object" && facts !== null ? (facts as RepositoryFacts) : null;
    } catch {
      return null;
    }
  }

  /** The file's facts key (see `factsKey`) when its entry is current and has facts. */
  getFactsKey(filePath: string, hash: string): string | undefined {
    const entry = this.head.files[filePath];
    return entry && entry.hash === hash ? entry.facts : undefined;
  }

  /**
   * Records a file: its findings (null: read as context only) and its facts, which every entry has, with their
   * key (`factsKey`); `stat` is its stat signature when the text was hashed (see `statSignature`).
   */
  setFile(filePath: string, hash: string, messages: readonly LintMessage[] | null, facts: RepositoryFacts, factsKey: string, stat?: string): void {
    const previous = this.head.files[filePath];
    const kept = previous?.hash === hash ? previous.messages : null;
    const entry: Entry = { hash, messages: messages ? messages.map((m) => this.pack(m)) : kept, facts: factsKey };
    if (stat !== undefined) entry.stat = stat;
    this.head.files[filePath] = entry;
    this.newFacts.set(filePath, facts);
    this.changed = true;
  }

  /**
   * Keeps an unchanged file's stat signature current (a file touched or copied but not edited, or one no
   * longer too recent to vouch for), so that the next run with `--cache-strategy metadata` need not read it.
   */
  setStat(filePath: string, hash: string, stat: string | undefined): void {
    const entry = this.head.files[filePath];
    if (!entry || entry.hash !== hash || entry.stat === stat) return;
    if (stat === undefined) delete entry.stat;
    else entry.stat = stat;
    this.changed = true;
  }

  getRepository(key: string): Map<string, LintMessage[]> | null {
    const entry = this.head.repository;
    if (!entry || entry.key !== key || typeof entry.messages !== "object" || entry.messages === null) return null;
    return new Map(Object.entries(entry.messages).map(([p, list]) => [p, this.unpackAll(list)]));
  }

  setRepository(key: string, messages: ReadonlyMap<string, readonly LintMessage[]>): void {
    if (this.head.repository?.key === key) return;
    this.head.repository = { key, messages: Object.fromEntries([...messages].map(([p, list]) => [p, list.map((m) => this.pack(m))])) };
    this.changed = true;
  }

  /** Drops entries of files no longer linted, so the cache does not grow forever. */
  keepOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of Object.keys(this.head.files)) {
      if (keep.has(p)) continue;
      delete this.head.files[p];
      this.newFacts.delete(p);
      this.changed = true;
    }
  }

  /**
   * The file's content in pieces, for a writer that takes them one by one instead of one string of their sum:
   * the head, then the facts lines, those of files not recorded in this run copied as they were read.
   */
  serializeParts(): Array<string | Buffer> {
    const facts: Buffer[] = [];
    for (const [filePath, entry] of Object.entries(this.head.files)) {
      const recorded = this.newFacts.get(filePath);
      if (recorded) {
        facts.push(Buffer.from(`${JSON.stringify(filePath)}\t${JSON.stringify(recorded)}\n`));
        continue;
      }
      const at = entry.facts === undefined ? undefined : this.lines.get(filePath);
      if (at && this.factsBytes) facts.push(this.factsBytes.subarray(at.line, at.end), NEWLINE);
      // An entry whose facts line is missing keeps no facts key: the next run that needs them parses the file.
      else delete entry.facts;
    }
    const head = JSON.stringify(this.head);
    return [head, "\n", Buffer.concat(facts)];
  }

  private string(text: string | null | undefined): number {
    if (text === null || text === undefined) return -1;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.head.strings.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }

  private pack(m: LintMessage): Packed {
    const place = m.place ? ("start" in m.place ? [...point(m.place.start), ...point(m.place.end)] : point(m.place)) : [];
    const packed: Packed = [this.string(m.reason), this.string(m.ruleId), this.string(m.source), this.string(m.url), this.string(m.messageId), m.fatal === true ? 1 : 0, place];
    if (m.fix) packed.push(m.fix);
    return packed;
  }

  private unpackAll(list: readonly Packed[]): LintMessage[] {
    const strings = this.head.strings;
    const text = (i: number) => (i === -1 ? undefined : strings[i]);
    const limit = Error.stackTraceLimit;
    // An Error's stack trace is most of a VFileMessage's cost, and nobody reads a cached finding's stack.
    Error.stackTraceLimit = 0;
    try {
      return list.map(([reason, ruleId, source, url, messageId, fatal, p, fix]) => {
        const place: Point | Position | undefined = p.length === 6 ? { start: unpoint(p, 0), end: unpoint(p, 3) } : p.length === 3 ? unpoint(p, 0) : undefined;
        const m = new VFileMessage(text(reason) ?? "", { place, ruleId: text(ruleId), source: text(source) }) as LintMessage;
        m.fatal = fatal === 1;
        const u = text(url);
        if (u) m.url = u;
        const id = text(messageId);
        if (id) m.messageId = id;
        if (fix) m.fix = fix;
        return m;
      });
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

function point(p: Point): number[] {
  return [p.line, p.column, p.offset ?? -1];
}

function unpoint(p: number[], at: number): Point {
  return p[at + 2] === -1 ? { line: p[at], column: p[at + 1] } : { line: p[at], column: p[at + 1], offset: p[at + 2] };
}

export function store(m: LintMessage): StoredMessage {
  return {
    reason: m.reason,
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    fatal: m.fatal === true,
    place: m.place ?? null,
    url: m.url ?? null,
    ...(m.messageId ? { messageId: m.messageId } : {}),
    ...(m.fix ? { fix: m.fix } : {}),
  };
}

export function revive(s: StoredMessage): LintMessage {
  // newMessage: without the stack trace an Error captures, which nobody reads.
  const m = newMessage(s.reason, { place: s.place ?? undefined, ruleId: s.ruleId ?? undefined, source: s.source ?? undefined });
  m.fatal = s.fatal;
  if (s.url) m.url = s.url;
  if (s.messageId) m.messageId = s.messageId;
  if (s.fix) m.fix = s.fix;
  return m;
}
