// `.adrkitcache`: findings of unchanged files, keyed by content hash, config hash and adrkit version.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { VFileMessage } from "vfile-message";
import type { Point, Position } from "unist";
import type { LintMessage } from "./engine.js";
import type { Fix } from "./types.js";

export const CACHE_FILE = ".adrkitcache";

interface StoredMessage {
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
  files: Record<string, { hash: string; messages: StoredMessage[] }>;
  /** Repository-rule findings, valid while every file's hash is as recorded. */
  repository: { hash: string; messages: Record<string, StoredMessage[]> } | null;
}

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export class LintCache {
  private data: CacheData;

  private constructor(readonly file: string, readonly key: string, data: CacheData | null) {
    this.data = data && data.key === key ? data : { key, files: {}, repository: null };
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
    return entry && entry.hash === hash ? entry.messages.map(revive) : null;
  }

  setFile(filePath: string, hash: string, messages: readonly LintMessage[]): void {
    this.data.files[filePath] = { hash, messages: messages.map(store) };
  }

  getRepository(hash: string): Map<string, LintMessage[]> | null {
    const entry = this.data.repository;
    if (!entry || entry.hash !== hash) return null;
    return new Map(Object.entries(entry.messages).map(([p, list]) => [p, list.map(revive)]));
  }

  setRepository(hash: string, messages: ReadonlyMap<string, readonly LintMessage[]>): void {
    this.data.repository = { hash, messages: Object.fromEntries([...messages].map(([p, list]) => [p, list.map(store)])) };
  }

  /** Drops entries of files no longer linted, so the cache does not grow forever. */
  keepOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of Object.keys(this.data.files)) if (!keep.has(p)) delete this.data.files[p];
  }

  serialize(): string {
    return JSON.stringify(this.data);
  }
}

function store(m: LintMessage): StoredMessage {
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

function revive(s: StoredMessage): LintMessage {
  const m = new VFileMessage(s.reason, { place: s.place ?? undefined, ruleId: s.ruleId ?? undefined, source: s.source ?? undefined }) as LintMessage;
  m.fatal = s.fatal;
  if (s.url) m.url = s.url;
  if (s.messageId) m.messageId = s.messageId;
  if (s.fix) m.fix = s.fix;
  return m;
}
