// `.adrkitcache`: findings and whole-log facts of unchanged files, keyed by content hash, config hash and adrkit version.
//
// The file is ASCII, one record per line (characters beyond ASCII are written as JSON `\u` escapes, so the file
// reads as latin1 without decoding):
//   1. the head (JSON): format and key;
//   2. the string table (a JSON array) that findings index into;
//   3. the whole-log findings (JSON), or `null`;
//   then one line per file, six fields separated by tabs (JSON never holds a raw tab):
//   path (a JSON string), content hash, stat signature, facts key, findings (JSON, `null` for a file read only as
//   context), facts (JSON).
// A run parses a file's fields only when it asks for them, and a rewrite copies the lines of files it did not
// touch as bytes: a 1%-changed run over 10,000 ADRs reads and writes a 10 MB cache without decoding most of it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Point, Position } from "unist";
import { cachedMessage, newMessage, placeOrder, type FindingsView, type LintMessage } from "./engine.js";
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
 * A file's findings as the cache file holds them, one flat array: for each finding its reason, rule id, source,
 * url and message id (indexes into the file's string table, -1 for none), its flags (1 fatal, 2 with fixes), the
 * length of its place (0, 3 or 6), the place's numbers, then its fixes if it has any. Ten thousand files hold
 * ~40,000 findings whose texts repeat, and one array per file is all JSON.parse builds for them.
 */
type Packed = Array<number | Fix[]>;

/** A file's record as recorded in this run, or as read (`Line`). */
interface Entry {
  hash: string;
  /** Stat signature when the text was hashed (see `statSignature`); "" when too recent to vouch for the text. */
  stat: string;
  /** `factsKey` of the facts: what whole-log rules read of the file; "" with no facts. */
  facts: string;
  /** The file's own findings, packed, or their JSON as read; null for a file read only as another file's context. */
  messages: Packed | Undecoded | null;
  /** The facts, or their JSON as read; null for none. */
  factsJson: RepositoryFacts | Undecoded | null;
}

/** JSON in the bytes read, decoded only by the one asking for it. */
class Undecoded {
  constructor(
    private readonly bytes: Buffer,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get text(): string {
    return latin1(this.bytes, this.start, this.end);
  }

  parse(): unknown {
    try {
      return JSON.parse(this.text);
    } catch {
      return null;
    }
  }
}

/**
 * Where a file's line lies in the bytes read: its start, its five tabs, its end (the newline, or the end of the
 * file). Fields are decoded when asked for, and nothing decoded is kept: 10,000 files' worth would only add to
 * the garbage collector's work.
 */
type Line = readonly [start: number, t1: number, t2: number, t3: number, t4: number, t5: number, end: number];

interface Head {
  format: typeof FORMAT;
  /** adrkit version + config hash + run options: any change empties the cache. */
  key: string;
}

/** Whole-log findings, valid for a run whose `repositoryKey` (run.ts) is `key`. */
type Repository = { key: string; messages: Record<string, Packed> } | null;

const FORMAT = "adrkit-cache/5";
const TAB = 9;
const NEWLINE = 10;

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A cache file as read, before its key is checked: what `--cache-strategy metadata` looks up stat signatures in. */
export interface StoredCache {
  head: Head;
  /** The whole file (ASCII). */
  bytes: Buffer;
  /** Where the string table's and the whole-log findings' lines lie in `bytes`: [start, end). */
  strings: [number, number];
  repository: [number, number];
  lines: Map<string, Line>;
}

/** Reads a cache file; null for a missing, unreadable or foreign one, never an error. */
export function readCacheFile(file: string): StoredCache | null {
  try {
    // Kept as bytes: a 10 MB file decoded to one string would be another 10 MB for a run to touch.
    const bytes = readFileSync(file);
    const headEnd = byteIndexOf(bytes, NEWLINE, 0);
    const stringsEnd = headEnd === -1 ? -1 : byteIndexOf(bytes, NEWLINE, headEnd + 1);
    const repositoryEnd = stringsEnd === -1 ? -1 : byteIndexOf(bytes, NEWLINE, stringsEnd + 1);
    if (repositoryEnd === -1) return null;
    const head = JSON.parse(latin1(bytes, 0, headEnd)) as Head;
    if (typeof head !== "object" || head === null || head.format !== FORMAT || typeof head.key !== "string") return null;
    const lines = new Map<string, Line>();
    for (let start = repositoryEnd + 1; start < bytes.length; ) {
      // The five tabs, found by a loop here (each Buffer.indexOf call costs more than the bytes it skips); the
      // end of the line, after the facts, by indexOf.
      const tabs = [start, -1, -1, -1, -1, -1, -1];
      let at = start;
      for (let found = 1; found <= 5 && at < bytes.length; at++) {
        const byte = bytes[at];
        if (byte === NEWLINE) break;
        if (byte === TAB) tabs[found++] = at;
      }
      let end = byteIndexOf(bytes, NEWLINE, at);
      if (end === -1) end = bytes.length;
      // A damaged line (fields missing) names no file: that file is linted again.
      const filePath = tabs[5] === -1 ? null : pathField(bytes, start, tabs[1]);
      if (filePath !== null) {
        tabs[6] = end;
        lines.set(filePath, tabs as unknown as Line);
      }
      start = end + 1;
    }
    return { head, bytes, strings: [headEnd + 1, stringsEnd], repository: [stringsEnd + 1, repositoryEnd], lines };
  } catch {
    return null;
  }
}

/**
 * The typed array's own indexOf, not Buffer's: a run calls this once per cached file (10,000 times), before
 * V8 has optimized the caller, and Buffer's goes through a binding that costs ~2 us a call until then (20 ms
 * against 4 ms over a 10 MB cache, in a fresh process).
 */
const typedIndexOf = Uint8Array.prototype.indexOf;

function byteIndexOf(bytes: Uint8Array, byte: number, from: number): number {
  return typedIndexOf.call(bytes, byte, from);
}

function latin1(bytes: Buffer, start: number, end: number): string {
  return bytes.toString("latin1", start, end);
}

/** A line's path field: a JSON string, read without JSON.parse when it holds no escape. */
function pathField(bytes: Buffer, start: number, end: number): string | null {
  if (end - start < 2 || bytes[start] !== 34 || bytes[end - 1] !== 34) return null;
  const inner = latin1(bytes, start + 1, end - 1);
  if (!inner.includes("\\")) return inner;
  try {
    const value = JSON.parse(latin1(bytes, start, end)) as unknown;
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/** Whether bytes [start, end) are `text` (ASCII), compared without decoding them. */
function sameText(bytes: Buffer, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Whether a line's findings field is `null` (a file read only as context). */
function noFindings(bytes: Buffer, line: Line): boolean {
  return sameText(bytes, line[4] + 1, line[5], "null");
}

/** The fields of a line read, the JSON ones undecoded. */
function lineEntry(bytes: Buffer, line: Line): Entry {
  const [, t1, t2, t3, t4, t5, end] = line;
  const none = noFindings(bytes, line);
  return {
    hash: latin1(bytes, t1 + 1, t2),
    stat: latin1(bytes, t2 + 1, t3),
    facts: latin1(bytes, t3 + 1, t4),
    messages: none ? null : new Undecoded(bytes, t4 + 1, t5),
    factsJson: end === t5 + 1 ? null : new Undecoded(bytes, t5 + 1, end),
  };
}

/**
 * The recorded hash of `filePath` when the file's stat signature is still the one recorded with it: the text
 * need not be read to know it is unchanged. Undefined when anything differs or nothing was recorded.
 */
export function hashByStat(stored: StoredCache | null, filePath: string, signature: string): string | undefined {
  const line = stored?.lines.get(filePath);
  if (line === undefined || signature === "") return undefined;
  const [, t1, t2, t3] = line;
  // Compared in place: this runs for every file of a cached run.
  if (t2 === t1 + 1 || !sameText(stored!.bytes, t2 + 1, t3, signature)) return undefined;
  return latin1(stored!.bytes, t1 + 1, t2);
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
  private readonly key: string;
  private readonly stored: StoredCache | null;
  private readonly strings: string[];
  /** How many of `strings` the file held: the table's line is copied as read, with any new strings added. */
  private readonly storedStrings: number;
  private index: Map<string, number> | null = null;
  private repository: Repository | undefined;
  /** Entries recorded or changed in this run; null for a file dropped from the cache. */
  private readonly updated = new Map<string, Entry | null>();
  /** False when this run found everything as the file recorded it: the caller can skip writing it. */
  changed: boolean;

  private constructor(readonly file: string, key: string, stored: StoredCache | null) {
    this.key = key;
    // Every cached finding indexes the string table: without it the rest of the file is of no use.
    const strings = stored !== null && stored.head.key === key ? stringTable(stored) : null;
    this.stored = strings === null ? null : stored;
    this.strings = strings ?? [];
    this.storedStrings = this.strings.length;
    this.changed = this.stored === null;
    if (this.stored === null) this.repository = null;
  }

  /** Reads the cache file; a missing, unreadable or foreign file is an empty cache, never an error. */
  static load(file: string, key: string): LintCache {
    return LintCache.from(readCacheFile(file), file, key);
  }

  /** The cache of a file already read (`readCacheFile`); valid only if its key is `key`. */
  static from(stored: StoredCache | null, file: string, key: string): LintCache {
    return new LintCache(file, key, stored);
  }

  private entry(filePath: string): Entry | null {
    const updated = this.updated.get(filePath);
    if (updated !== undefined) return updated;
    const line = this.stored?.lines.get(filePath);
    return line === undefined ? null : lineEntry(this.stored!.bytes, line);
  }

  /**
   * The line read for a file this run has not recorded, if its hash is `hash`: null when it is not, undefined when
   * the run has recorded the file (ask `updated`). The checks below on lines read compare bytes in place: they run
   * for every file, several times.
   */
  private current(filePath: string, hash: string): Line | null | undefined {
    if (this.updated.has(filePath)) return undefined;
    const line = this.stored?.lines.get(filePath);
    return line !== undefined && sameText(this.stored!.bytes, line[1] + 1, line[2], hash) ? line : null;
  }

  /** The file's cached findings when its entry is current, as messages. */
  getFile(filePath: string, hash: string): LintMessage[] | null {
    return this.getFindings(filePath, hash)?.messages(filePath) ?? null;
  }

  /** The file's cached findings when its entry is current, still packed; null when missing or damaged. */
  getFindings(filePath: string, hash: string): PackedFindings | null {
    const line = this.current(filePath, hash);
    if (line === null) return null;
    let packed: unknown;
    if (line === undefined) {
      const entry = this.updated.get(filePath);
      if (!entry || entry.hash !== hash || entry.messages === null) return null;
      packed = entry.messages instanceof Undecoded ? entry.messages.parse() : entry.messages;
    } else {
      if (noFindings(this.stored!.bytes, line)) return null;
      packed = new Undecoded(this.stored!.bytes, line[4] + 1, line[5]).parse();
    }
    return PackedFindings.of(packed, this.strings);
  }

  /** True when the file's entry is current and holds findings (or, with `factsOnly`, facts only). */
  has(filePath: string, hash: string, factsOnly = false): boolean {
    const line = this.current(filePath, hash);
    if (line === null) return false;
    if (line !== undefined) return factsOnly || !noFindings(this.stored!.bytes, line);
    const entry = this.updated.get(filePath);
    return !!entry && entry.hash === hash && (factsOnly || entry.messages !== null);
  }

  /** The file's facts when its entry is current; null when they are missing or damaged. */
  getFacts(filePath: string, hash: string): RepositoryFacts | null {
    const entry = this.entry(filePath);
    if (entry === null || entry.hash !== hash || entry.factsJson === null) return null;
    if (!(entry.factsJson instanceof Undecoded)) return entry.factsJson;
    const facts = entry.factsJson.parse();
    return typeof facts === "object" && facts !== null ? (facts as RepositoryFacts) : null;
  }

  /** The file's facts key (see `factsKey`) when its entry is current and has facts. */
  getFactsKey(filePath: string, hash: string): string | undefined {
    const line = this.current(filePath, hash);
    if (line === null) return undefined;
    if (line !== undefined) return line[4] === line[3] + 1 || line[6] === line[5] + 1 ? undefined : latin1(this.stored!.bytes, line[3] + 1, line[4]);
    const entry = this.updated.get(filePath);
    return entry && entry.hash === hash && entry.facts !== "" && entry.factsJson !== null ? entry.facts : undefined;
  }

  /**
   * Records a file: its findings (null: read as context only) and its facts, which every entry has, with their
   * key (`factsKey`); `stat` is its stat signature when the text was hashed (see `statSignature`).
   */
  setFile(filePath: string, hash: string, messages: readonly LintMessage[] | null, facts: RepositoryFacts, factsKey: string, stat?: string): void {
    const previous = this.entry(filePath);
    const kept = previous?.hash === hash ? previous.messages : null;
    this.updated.set(filePath, { hash, stat: stat ?? "", facts: factsKey, messages: messages ? this.pack(messages) : kept, factsJson: facts });
    this.changed = true;
  }

  /**
   * Keeps an unchanged file's stat signature current (a file touched or copied but not edited, or one no
   * longer too recent to vouch for), so that the next run with `--cache-strategy metadata` need not read it.
   */
  setStat(filePath: string, hash: string, stat: string | undefined): void {
    const line = this.current(filePath, hash);
    if (line === null || (line !== undefined && sameText(this.stored!.bytes, line[2] + 1, line[3], stat ?? ""))) return;
    const entry = this.entry(filePath);
    if (entry === null || entry.hash !== hash || entry.stat === (stat ?? "")) return;
    this.updated.set(filePath, { ...entry, stat: stat ?? "" });
    this.changed = true;
  }

  /** The whole-log findings recorded under `key`, by file, as messages. */
  getRepository(key: string): Map<string, LintMessage[]> | null {
    const found = this.getRepositoryFindings(key);
    return found && new Map([...found].map(([p, findings]) => [p, findings.messages(p)]));
  }

  /** The whole-log findings recorded under `key`, by file, still packed; null when missing or damaged. */
  getRepositoryFindings(key: string): Map<string, PackedFindings> | null {
    const entry = this.wholeLog();
    if (!entry || entry.key !== key || typeof entry.messages !== "object" || entry.messages === null) return null;
    const found = new Map<string, PackedFindings>();
    for (const [p, list] of Object.entries(entry.messages)) {
      const findings = PackedFindings.of(list, this.strings);
      if (findings === null) return null;
      found.set(p, findings);
    }
    return found;
  }

  setRepository(key: string, messages: ReadonlyMap<string, readonly LintMessage[]>): void {
    if (this.wholeLog()?.key === key) return;
    this.repository = { key, messages: Object.fromEntries([...messages].map(([p, list]) => [p, this.pack(list)])) };
    this.changed = true;
  }

  private wholeLog(): Repository {
    if (this.repository === undefined) {
      const [start, end] = this.stored!.repository;
      try {
        const value = JSON.parse(latin1(this.stored!.bytes, start, end)) as Repository;
        this.repository = typeof value === "object" && value !== null && typeof value.key === "string" ? value : null;
      } catch {
        this.repository = null;
      }
    }
    return this.repository;
  }

  /** Drops entries of files no longer linted, so the cache does not grow forever. */
  keepOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of [...(this.stored?.lines.keys() ?? []), ...this.updated.keys()]) {
      if (keep.has(p) || this.updated.get(p) === null) continue;
      this.updated.set(p, null);
      this.changed = true;
    }
  }

  /**
   * The file's content in pieces, for a writer that takes them one by one instead of one string of their sum:
   * the head, the string table and the whole-log findings, then the lines of files this run did not touch, copied
   * as read, then the lines it recorded.
   */
  serializeParts(): Array<string | Uint8Array> {
    const repository = this.repository === undefined ? latin1(this.stored!.bytes, ...this.stored!.repository) : ascii(JSON.stringify(this.repository));
    const parts: Array<string | Uint8Array> = [];
    const lines: string[] = [];
    if (this.stored) {
      // Untouched lines, in runs of neighbours, as slices of the bytes read.
      const { bytes } = this.stored;
      let from = -1;
      let to = -1;
      for (const [filePath, line] of this.stored.lines) {
        if (this.updated.has(filePath)) continue;
        if (line[0] !== to + 1 || from === -1) {
          if (from !== -1) parts.push(bytes.subarray(from, to), NEWLINE_BYTES);
          from = line[0];
        }
        to = line[6];
      }
      if (from !== -1) parts.push(bytes.subarray(from, to), NEWLINE_BYTES);
    }
    for (const [filePath, entry] of this.updated) {
      if (entry === null) continue;
      const messages = entry.messages === null ? "null" : entry.messages instanceof Undecoded ? entry.messages.text : JSON.stringify(entry.messages);
      const facts = entry.factsJson === null ? "" : entry.factsJson instanceof Undecoded ? entry.factsJson.text : JSON.stringify(entry.factsJson);
      lines.push(`${JSON.stringify(filePath)}\t${entry.hash}\t${entry.stat}\t${facts === "" ? "" : entry.facts}\t${messages}\t${facts}\n`);
    }
    // The string table last: packing this run's findings may have added to it.
    let strings = ascii(JSON.stringify(this.strings.slice(this.storedStrings)));
    if (this.stored && this.storedStrings > 0) {
      const read = latin1(this.stored.bytes, ...this.stored.strings);
      strings = strings === "[]" ? read : `${read.slice(0, -1)},${strings.slice(1)}`;
    }
    const head = JSON.stringify({ format: FORMAT, key: this.key } satisfies Head);
    return [`${head}\n${strings}\n${repository}\n`, ...parts, ascii(lines.join(""))];
  }

  private string(text: string | null | undefined): number {
    if (text === null || text === undefined) return -1;
    const strings = this.strings;
    if (this.index === null) {
      this.index = new Map();
      strings.forEach((s, i) => this.index!.set(s, i));
    }
    let at = this.index.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }

  private pack(messages: readonly LintMessage[]): Packed {
    const packed: Packed = [];
    for (const m of messages) {
      const flags = (m.fatal === true ? 1 : 0) | (m.fix ? 2 : 0);
      packed.push(this.string(m.reason), this.string(m.ruleId), this.string(m.source), this.string(m.url), this.string(m.messageId), flags);
      if (!m.place) packed.push(0);
      else if ("start" in m.place) packed.push(6, ...point(m.place.start), ...point(m.place.end));
      else packed.push(3, ...point(m.place));
      if (m.fix) packed.push(m.fix);
    }
    return packed;
  }
}

/** Findings read field by field (a formatter, without messages), counted, or built into messages when asked. */
export interface CachedFindings extends FindingsView {
  /** Whether the finding carries fixes (at least one). */
  fixable(i: number): boolean;
  /** The findings as messages of the file at `filePath`: the same objects a fresh run makes. */
  messages(filePath: string): LintMessage[];
}

/** `finish`'s order (engine.ts `placeOrder`), read through views. */
function compareFindings(a: FindingsView, i: number, b: FindingsView, j: number): number {
  return placeOrder(a.line(i), a.column(i), a.ruleId(i), b.line(j), b.column(j), b.ruleId(j));
}

/** A file's cached findings as `pack` wrote them, checked once. */
export class PackedFindings implements CachedFindings {
  private constructor(
    private readonly packed: Packed,
    private readonly strings: readonly string[],
    /** Where each finding starts in `packed`. */
    private readonly starts: readonly number[],
  ) {}

  /** Null for anything but an array that pack could have written (a damaged file). */
  static of(packed: unknown, strings: readonly string[]): PackedFindings | null {
    if (!Array.isArray(packed)) return null;
    const starts: number[] = [];
    const texts = (i: unknown) => typeof i === "number" && i < strings.length;
    for (let at = 0; at < packed.length; ) {
      const flags: unknown = packed[at + 5];
      const length: unknown = packed[at + 6];
      if (typeof flags !== "number" || (length !== 0 && length !== 3 && length !== 6) || at + 7 + length > packed.length) return null;
      for (let i = at; i < at + 5; i++) if (!texts(packed[i])) return null;
      for (let i = at + 7; i < at + 7 + length; i++) if (typeof packed[i] !== "number") return null;
      starts.push(at);
      at += 7 + length;
      if (flags & 2 && !Array.isArray(packed[at++])) return null;
    }
    return new PackedFindings(packed as Packed, strings, starts);
  }

  get length(): number {
    return this.starts.length;
  }

  line(i: number): number {
    const at = this.starts[i];
    return this.packed[at + 6] === 0 ? 1 : (this.packed[at + 7] as number);
  }

  column(i: number): number {
    const at = this.starts[i];
    return this.packed[at + 6] === 0 ? 1 : (this.packed[at + 8] as number);
  }

  reason(i: number): string {
    return this.text(this.starts[i]) ?? "";
  }

  fatal(i: number): boolean {
    return ((this.packed[this.starts[i] + 5] as number) & 1) === 1;
  }

  ruleId(i: number): string | undefined {
    return this.text(this.starts[i] + 1);
  }

  fixable(i: number): boolean {
    const at = this.starts[i];
    return ((this.packed[at + 5] as number) & 2) === 2 && (this.packed[at + 7 + (this.packed[at + 6] as number)] as Fix[]).length > 0;
  }

  /** Whether the findings are in the order `finish` sorts them into (as a file's own findings were recorded). */
  inPlaceOrder(): boolean {
    for (let i = 1; i < this.starts.length; i++) if (compareFindings(this, i - 1, this, i) > 0) return false;
    return true;
  }

  messages(filePath: string): LintMessage[] {
    const { packed } = this;
    const p = packed as number[];
    const out: LintMessage[] = [];
    const limit = Error.stackTraceLimit;
    // An Error's stack trace is most of a VFileMessage's cost, and nobody reads a cached finding's stack.
    Error.stackTraceLimit = 0;
    try {
      for (const at of this.starts) {
        const flags = p[at + 5];
        const length = p[at + 6];
        const place: Point | Position | undefined = length === 6 ? { start: unpoint(p, at + 7), end: unpoint(p, at + 10) } : length === 3 ? unpoint(p, at + 7) : undefined;
        const m = cachedMessage(this.text(at) ?? "", place, this.text(at + 1), this.text(at + 2));
        m.fatal = (flags & 1) === 1;
        m.file = filePath;
        const u = this.text(at + 3);
        if (u) m.url = u;
        const id = this.text(at + 4);
        if (id) m.messageId = id;
        if (flags & 2) m.fix = packed[at + 7 + length] as Fix[];
        out.push(m);
      }
      return out;
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  /** The string table's text at the index stored at `at`; undefined for -1 (none). */
  private text(at: number): string | undefined {
    const i = this.packed[at] as number;
    return i >= 0 ? this.strings[i] : undefined;
  }
}

/**
 * A file's own findings and its whole-log findings, both from the cache, in the order `finish` gives their
 * concatenation: merged, the file's own first where two compare equal (its sort is stable).
 */
export class MergedFindings implements CachedFindings {
  /** For each finding in order: 2 × its index in its list, + 1 if it is a whole-log one. */
  private readonly order: number[];

  private constructor(private readonly own: PackedFindings, private readonly wholeLog: PackedFindings) {
    const order: number[] = [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < wholeLog.length) {
      if (j === wholeLog.length || (i < own.length && compareFindings(own, i, wholeLog, j) <= 0)) order.push(2 * i++);
      else order.push(2 * j++ + 1);
    }
    this.order = order;
  }

  /** Null when either list is out of order (it must then be sorted, as `finish` does). */
  static of(own: PackedFindings, wholeLog: PackedFindings): MergedFindings | null {
    return own.inPlaceOrder() && wholeLog.inPlaceOrder() ? new MergedFindings(own, wholeLog) : null;
  }

  get length(): number {
    return this.order.length;
  }

  line(i: number): number {
    return this.list(i).line(this.order[i] >> 1);
  }

  column(i: number): number {
    return this.list(i).column(this.order[i] >> 1);
  }

  reason(i: number): string {
    return this.list(i).reason(this.order[i] >> 1);
  }

  fatal(i: number): boolean {
    return this.list(i).fatal(this.order[i] >> 1);
  }

  ruleId(i: number): string | undefined {
    return this.list(i).ruleId(this.order[i] >> 1);
  }

  fixable(i: number): boolean {
    return this.list(i).fixable(this.order[i] >> 1);
  }

  messages(filePath: string): LintMessage[] {
    const own = this.own.messages(filePath);
    const wholeLog = this.wholeLog.messages(filePath);
    return this.order.map((k) => (k & 1 ? wholeLog : own)[k >> 1]);
  }

  /** The list the i-th finding comes from (its index there is `order[i] >> 1`). */
  private list(i: number): PackedFindings {
    return this.order[i] & 1 ? this.wholeLog : this.own;
  }
}

const NEWLINE_BYTES = Buffer.from("\n");

function stringTable(stored: StoredCache): string[] | null {
  try {
    const strings = JSON.parse(latin1(stored.bytes, ...stored.strings)) as unknown;
    return Array.isArray(strings) && strings.every((s) => typeof s === "string") ? strings : null;
  } catch {
    return null;
  }
}

/** JSON text with every character beyond ASCII as a `\u` escape, so the file stays ASCII (see the top). */
function ascii(json: string): string {
  return /[^\x00-\x7f]/.test(json) ? json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
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
