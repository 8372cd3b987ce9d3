// `.adrkitcache`: findings and whole-log facts of unchanged files, keyed by content hash, config hash and adrkit version.
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
}

/**
 * The file is two lines of JSON: findings (all a nothing-changed run reads), then each file's whole-log facts
 * (read only when some file changed, so that whole-log rules run again without parsing the rest).
 */
interface Head {
  format: typeof FORMAT;
  /** adrkit version + config hash + run options: any change empties the cache. */
  key: string;
  strings: string[];
  files: Record<string, Entry>;
  /** Repository-rule findings, valid while every file's hash is as recorded. */
  repository: { hash: string; messages: Record<string, Packed[]> } | null;
}

const FORMAT = "adrkit-cache/2";

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export class LintCache {
  private head: Head;
  private factsBytes: Buffer | null;
  private factsData: Record<string, RepositoryFacts> | null = null;
  private readonly index = new Map<string, number>();
  /** False when this run found everything as the file recorded it: the caller can skip writing it. */
  changed: boolean;

  private constructor(readonly file: string, readonly key: string, head: Head | null, factsBytes: Buffer | null) {
    const valid = head !== null && head.key === key;
    this.head = valid ? head : { format: FORMAT, key, strings: [], files: {}, repository: null };
    this.factsBytes = valid ? factsBytes : null;
    if (!valid) this.factsData = {};
    this.head.strings.forEach((text, i) => this.index.set(text, i));
    this.changed = !valid;
  }

  /** Reads the cache file; a missing, unreadable or foreign file is an empty cache, never an error. */
  static load(file: string, key: string): LintCache {
    try {
      // The facts line stays undecoded bytes until a changed file needs it.
      const bytes = readFileSync(file);
      const split = bytes.indexOf(10);
      const head = JSON.parse(bytes.toString("utf8", 0, split === -1 ? bytes.length : split)) as Head;
      if (typeof head !== "object" || head === null || head.format !== FORMAT || typeof head.files !== "object" || !Array.isArray(head.strings)) {
        return new LintCache(file, key, null, null);
      }
      return new LintCache(file, key, head, split === -1 ? null : bytes.subarray(split + 1));
    } catch {
      return new LintCache(file, key, null, null);
    }
  }

  private get facts(): Record<string, RepositoryFacts> {
    if (this.factsData === null) {
      try {
        const parsed = JSON.parse(this.factsBytes ? this.factsBytes.toString("utf8") : "{}") as unknown;
        this.factsData = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, RepositoryFacts>) : {};
      } catch {
        this.factsData = {};
      }
      this.factsBytes = null;
    }
    return this.factsData;
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

  getFacts(filePath: string, hash: string): RepositoryFacts | null {
    const entry = this.head.files[filePath];
    return entry && entry.hash === hash ? this.facts[filePath] ?? null : null;
  }

  /** Records a file: its findings (null: read as context only) and its facts, which every entry has. */
  setFile(filePath: string, hash: string, messages: readonly LintMessage[] | null, facts: RepositoryFacts): void {
    const previous = this.head.files[filePath];
    const kept = previous?.hash === hash ? previous.messages : null;
    this.head.files[filePath] = { hash, messages: messages ? messages.map((m) => this.pack(m)) : kept };
    this.facts[filePath] = facts;
    this.changed = true;
  }

  getRepository(hash: string): Map<string, LintMessage[]> | null {
    const entry = this.head.repository;
    if (!entry || entry.hash !== hash) return null;
    return new Map(Object.entries(entry.messages).map(([p, list]) => [p, this.unpackAll(list)]));
  }

  setRepository(hash: string, messages: ReadonlyMap<string, readonly LintMessage[]>): void {
    if (this.head.repository?.hash === hash) return;
    this.head.repository = { hash, messages: Object.fromEntries([...messages].map(([p, list]) => [p, list.map((m) => this.pack(m))])) };
    this.changed = true;
  }

  /** Drops entries of files no longer linted, so the cache does not grow forever. */
  keepOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of Object.keys(this.head.files)) {
      if (keep.has(p)) continue;
      delete this.head.files[p];
      delete this.facts[p];
      this.changed = true;
    }
  }

  /** The file's text in pieces, for a writer that takes them one by one instead of one string of their sum. */
  serializeParts(): string[] {
    const facts: Record<string, RepositoryFacts> = {};
    for (const p of Object.keys(this.head.files)) if (this.facts[p]) facts[p] = this.facts[p];
    return [JSON.stringify(this.head), "\n", JSON.stringify(facts)];
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
