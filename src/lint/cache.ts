// `.adrkitcache`: findings and whole-log facts of unchanged files, keyed by content hash, config hash and adrkit version.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { VFileMessage } from "vfile-message";
import type { Point, Position } from "unist";
import type { LintMessage } from "./engine.js";
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

interface CacheData {
  /** adrkit version + config hash + run options: any change empties the cache. */
  key: string;
  files: Record<string, FileEntry>;
  /** Repository-rule findings, valid while every file's hash is as recorded. */
  repository: { hash: string; messages: Record<string, StoredMessage[]> } | null;
}

interface FileEntry {
  hash: string;
  /** The file's own findings; null for a file read only as another file's context. */
  messages: StoredMessage[] | null;
  /** What whole-log rules read of it, so a changed sibling does not make this file be parsed again. */
  facts?: RepositoryFacts;
}

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export class LintCache {
  private data: CacheData;

  private constructor(readonly file: string, readonly key: string, data: CacheData | null) {
    this.data = data && data.key === key ? data : { key, files: {}, repository: null };
    this.changed = this.data !== data;
  }

  /** Reads the cache file; a missing, unreadable or foreign file is an empty cache, never an error. */
  static load(file: string, key: string): LintCache {
    try {
      const parsed = JSON.parse(readFileSync(file, "utf8")) as CacheData;
      if (typeof parsed !== "object" || parsed === null || typeof parsed.files !== "object") return new LintCache(file, key, null);
      return new LintCache(file, key, parsed);
    } catch {
      return new LintCache(file, key, null);
    }
  }

  getFile(filePath: string, hash: string): LintMessage[] | null {
    const entry = this.data.files[filePath];
    return entry && entry.hash === hash && entry.messages ? reviveAll(entry.messages) : null;
  }

  /** True when the file's entry is current and holds findings (or, with `factsOnly`, at least facts). */
  has(filePath: string, hash: string, factsOnly = false): boolean {
    const entry = this.data.files[filePath];
    return entry !== undefined && entry.hash === hash && (factsOnly ? entry.facts !== undefined : entry.messages !== null && entry.facts !== undefined);
  }

  getFacts(filePath: string, hash: string): RepositoryFacts | null {
    const entry = this.data.files[filePath];
    return entry && entry.hash === hash ? entry.facts ?? null : null;
  }

  setFile(filePath: string, hash: string, messages: readonly LintMessage[] | null, facts: RepositoryFacts | null): void {
    const previous = this.data.files[filePath];
    const kept = previous?.hash === hash ? previous : undefined;
    this.data.files[filePath] = {
      hash,
      messages: messages ? messages.map(store) : kept?.messages ?? null,
      ...(facts ? { facts } : kept?.facts ? { facts: kept.facts } : {}),
    };
    this.changed = true;
  }

  getRepository(hash: string): Map<string, LintMessage[]> | null {
    const entry = this.data.repository;
    if (!entry || entry.hash !== hash) return null;
    return new Map(Object.entries(entry.messages).map(([p, list]) => [p, reviveAll(list)]));
  }

  setRepository(hash: string, messages: ReadonlyMap<string, readonly LintMessage[]>): void {
    if (this.data.repository?.hash === hash) return;
    this.data.repository = { hash, messages: Object.fromEntries([...messages].map(([p, list]) => [p, list.map(store)])) };
    this.changed = true;
  }

  /** Drops entries of files no longer linted, so the cache does not grow forever. */
  keepOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of Object.keys(this.data.files)) {
      if (!keep.has(p)) (delete this.data.files[p], (this.changed = true));
    }
  }

  /** False when this run found everything as the file recorded it: the caller can skip writing it. */
  changed = false;

  serialize(): string {
    return JSON.stringify(this.data);
  }
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

/** Revives many messages at once; an Error's stack trace is most of a VFileMessage's cost and nobody reads it. */
export function reviveAll(list: readonly StoredMessage[]): LintMessage[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return list.map(revive);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function revive(s: StoredMessage): LintMessage {
  const m = new VFileMessage(s.reason, { place: s.place ?? undefined, ruleId: s.ruleId ?? undefined, source: s.source ?? undefined }) as LintMessage;
  m.fatal = s.fatal;
  if (s.url) m.url = s.url;
  if (s.messageId) m.messageId = s.messageId;
  if (s.fix) m.fix = s.fix;
  return m;
}
