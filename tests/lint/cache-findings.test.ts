// Cached findings read without building messages (PackedFindings, MergedFindings): what a formatter reads of them
// through the view, and the messages they build, are what a fresh run's sorted result holds.
import { describe, it, expect } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { LintCache, MergedFindings, readCacheFile, type CachedFindings } from "../../src/lint/cache.js";
import { finish, newMessage, type LintMessage } from "../../src/lint/engine.js";
import type { RepositoryFacts } from "../../src/lint/facts.js";
import { VFile } from "vfile";

const FILE = "docs/adr/0007-x.md";
const KEY = "test-key";

/** A small seeded generator, so that a failure repeats. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

/** Findings with many ties: lines and columns 1-3, three rule ids, places of each kind, some with fixes. */
function findings(next: (n: number) => number, count: number, tag: string): LintMessage[] {
  return Array.from({ length: count }, (_, i) => {
    const line = 1 + next(3);
    const column = 1 + next(3);
    const kind = next(3);
    const place = kind === 0 ? { line, column } : kind === 1 ? { start: { line, column, offset: 9 }, end: { line: line + 1, column: 2, offset: 20 } } : undefined;
    const m = newMessage(`${tag} finding ${i} “quoted” ✓`, { place, ruleId: ["b-rule", "a-rule", "c-rule"][next(3)], source: "adrkit" });
    m.fatal = next(2) === 0;
    m.file = FILE;
    if (next(4) === 0) m.fix = next(2) === 0 ? [{ start: 0, end: 1, text: "x" }] : [];
    return m;
  });
}

const sorted = (messages: LintMessage[]) => finish({ filePath: FILE, file: new VFile({ path: FILE }), messages }).messages;

/** Packs own and whole-log findings through a cache file written and read back, as a run does. */
async function throughCache(own: LintMessage[], wholeLog: LintMessage[]) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "adrkit-cache-findings-")), ".adrkitcache");
  const writer = LintCache.from(null, file, KEY);
  writer.setFile(FILE, "hash", own, {} as RepositoryFacts, "facts");
  writer.setRepository("log", new Map([[FILE, wholeLog]]));
  await writeFile(file, writer.serializeParts().map((part) => Buffer.from(part)));
  const reader = LintCache.from(readCacheFile(file), file, KEY);
  return { own: reader.getFindings(FILE, "hash")!, wholeLog: reader.getRepositoryFindings("log")!.get(FILE)! };
}

/** What a formatter reads of each finding, through the view and from the messages. */
const throughView = (view: CachedFindings) =>
  Array.from({ length: view.length }, (_, i) => [view.line(i), view.column(i), view.ruleId(i), view.reason(i), view.fatal(i), view.fixable(i)]);
const fromMessages = (messages: LintMessage[]) =>
  messages.map((m) => {
    const start = m.place && "start" in m.place ? m.place.start : m.place;
    return [start?.line ?? 1, start?.column ?? 1, m.ruleId, m.reason, m.fatal === true, (m.fix?.length ?? 0) > 0];
  });

describe("cached findings", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i: merged own and whole-log findings are finish's order of their concatenation", async (seed) => {
    const next = random(seed);
    const own = sorted(findings(next, next(12), "own"));
    const wholeLog = sorted(findings(next, next(12), "whole-log"));
    const packed = await throughCache(own, wholeLog);
    const expected = sorted([...own, ...wholeLog]);

    expect(throughView(packed.own)).toEqual(fromMessages(own));
    expect(packed.own.messages(FILE)).toEqual(own);
    const merged = MergedFindings.of(packed.own, packed.wholeLog)!;
    expect(merged).not.toBeNull();
    expect(throughView(merged)).toEqual(fromMessages(expected));
    expect(merged.messages(FILE)).toEqual(expected);
  });

  it("declines to merge a list that is out of order", async () => {
    const own = sorted(findings(random(9), 6, "own"));
    const packed = await throughCache([...own].reverse(), own);
    expect(packed.own.inPlaceOrder()).toBe(false);
    expect(MergedFindings.of(packed.own, packed.wholeLog)).toBeNull();
    expect(MergedFindings.of(packed.wholeLog, packed.wholeLog)).not.toBeNull();
  });
});
