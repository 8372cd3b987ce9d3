// Shared helpers for the hostile-input tests: real temp dirs, message listing, a peak-memory sampler.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DecisionLog } from "../../src/repo/index.js";

export async function tempDir(prefix = "adrkit-hostile-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
}

export interface Found {
  path: string;
  line?: number;
  fatal: boolean;
  ruleId?: string;
  reason: string;
  /** True when the file did not produce a Decision at all. */
  failed: boolean;
}

/** Every message of a loaded log, from failures and decisions alike. */
export function messagesOf(log: DecisionLog): Found[] {
  const out: Found[] = [];
  for (const f of log.failures) for (const m of f.file.messages) out.push({ path: f.path, line: m.line, fatal: m.fatal === true, ruleId: m.ruleId, reason: m.reason, failed: true });
  for (const d of log.decisions) for (const m of d.file.messages) out.push({ path: d.path, line: m.line, fatal: m.fatal === true, ruleId: m.ruleId, reason: m.reason, failed: false });
  return out;
}

export function messagesFor(log: DecisionLog, path: string): Found[] {
  return messagesOf(log).filter((m) => m.path === path);
}

/** Samples this process's RSS (workers are threads of it) until stopped; returns the peak in MB. */
export function sampleRss(everyMs = 50): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6);
  };
}
