// The `.adrkitcache` file itself: ASCII whatever the ADRs hold, lines of untouched files copied as they were, and
// a damaged or torn file costs a re-lint of what it no longer answers for, never a wrong report.
import { describe, it, expect } from "vitest";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { resolveLintConfig, runLint, type SourceFile } from "../../src/lint/index.js";
import { readCacheFile } from "../../src/lint/cache.js";
import { logFixture } from "./log-fixture.js";

const LOG = "docs/adr";
const today = "2026-11-25";
const config = resolveLintConfig({}, { source: "default configuration" });

type Files = Record<string, string>;
const sourcesOf = (files: Files): SourceFile[] => Object.entries(files).map(([name, text]) => ({ filePath: `${LOG}/${name}`, text, log: LOG }));

/** Everything a user sees of a result. */
const view = (results: ReturnType<typeof runLint>["results"]) =>
  results.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal ? "E" : "W"} ${m.reason} ${JSON.stringify(m.fix ?? null)}`)]);

const cold = (files: Files) => view(runLint({ sources: sourcesOf(files), config, today }).results);

async function cachedRunner() {
  const cacheFile = path.join(await mkdtemp(path.join(os.tmpdir(), "adrkit-cache-file-")), ".adrkitcache");
  const run = async (files: Files) => {
    const outcome = runLint({ sources: sourcesOf(files), config, today, cacheFile, version: "test" });
    if (outcome.cache) await writeFile(cacheFile, outcome.cache.text);
    return { view: view(outcome.results), parsed: outcome.parsed.map((p) => path.posix.basename(p)) };
  };
  return { cacheFile, run };
}

/** The log fixture with non-ASCII names and text: accents, CJK, an emoji (a surrogate pair), curly quotes. */
function worldFixture(): Files {
  const files = logFixture();
  const out: Files = {};
  for (const [name, text] of Object.entries(files)) out[name] = text.replace("## Context\n", "## Context\n\nThe café’s “industry standard” queue, 日本語 docs, 🚀 launch.\n");
  out["0031-élan-vital.md"] = files["0005-use-nats.md"].replace("# 5. Use NATS", "# 31. Choisir « Kafka » ou NATS ✓");
  return out;
}

/** A cache line with its field `index` (0-5, tab-separated) changed. */
const fields = (line: string, index: number, change: (field: string) => string) =>
  line.split("\t").map((field, i) => (i === index ? change(field) : field)).join("\t");

describe("the .adrkitcache file", () => {
  it("is ASCII, and a cached run of non-ASCII names and findings reports what a cold run does", async () => {
    const files = worldFixture();
    const expected = cold(files);
    expect(JSON.stringify(expected)).toMatch(/[^\x00-\x7f]/); // findings quote non-ASCII text, so the check can fail
    const { cacheFile, run } = await cachedRunner();
    expect((await run(files)).view).toEqual(expected);
    const bytes = await readFile(cacheFile);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect([...readCacheFile(cacheFile)!.lines.keys()]).toContain(`${LOG}/0031-élan-vital.md`);
    const again = await run(files);
    expect(again).toEqual({ view: expected, parsed: [] });
  });

  it("a rewrite keeps the lines of untouched files as they were and replaces the edited file's", async () => {
    const files = worldFixture();
    const { cacheFile, run } = await cachedRunner();
    await run(files);
    const lineOf = (text: string, name: string) => text.split("\n").find((line) => line.startsWith(JSON.stringify(`${LOG}/${name}`)));
    const before = await readFile(cacheFile, "utf8");
    const edited = { ...files, "0006-use-grpc.md": `${files["0006-use-grpc.md"]}\nA later note on retries.\n` };
    expect((await run(edited)).parsed).toEqual(["0006-use-grpc.md"]);
    const after = await readFile(cacheFile, "utf8");
    for (const name of Object.keys(files).filter((n) => n !== "0006-use-grpc.md")) expect(lineOf(after, name)).toBe(lineOf(before, name));
    expect(lineOf(after, "0006-use-grpc.md")).not.toBe(lineOf(before, "0006-use-grpc.md"));
    expect(after.split("\n").filter(Boolean)).toHaveLength(3 + Object.keys(files).length);
  });

  it("a torn or damaged file re-lints what it no longer answers for, and the report stays right", async () => {
    const files = worldFixture();
    const expected = cold(files);
    const { cacheFile, run } = await cachedRunner();
    await run(files);
    const whole = await readFile(cacheFile, "utf8");
    const lines = whole.split("\n");
    const damaged: Array<[string, string, (parsed: string[]) => void]> = [
      ["cut in the middle of the last line's findings", whole.slice(0, whole.lastIndexOf("\t[") + 3), (parsed) => expect(parsed.length).toBe(1)],
      ["one line's findings broken", [...lines.slice(0, 5), fields(lines[5], 4, (f) => `${f}{`), ...lines.slice(6)].join("\n"), (parsed) => expect(parsed.length).toBe(1)],
      ["one line's findings valid JSON of another shape", [...lines.slice(0, 5), fields(lines[5], 4, () => "[0,1,2,3,4,0,9]"), ...lines.slice(6)].join("\n"), (parsed) => expect(parsed.length).toBe(1)],
      ["one line's fields missing", [...lines.slice(0, 5), lines[5].split("\t").slice(0, 3).join("\t"), ...lines.slice(6)].join("\n"), (parsed) => expect(parsed.length).toBe(1)],
      ["the string table broken", [lines[0], "[1,", ...lines.slice(2)].join("\n"), (parsed) => expect(parsed.length).toBe(Object.keys(files).length)],
      ["zeros where a crash left no data", whole.slice(0, 2000) + "\0".repeat(4096) + whole.slice(6096), (parsed) => expect(parsed.length).toBeGreaterThan(0)],
      ["not a cache at all", "{}\n", (parsed) => expect(parsed.length).toBe(Object.keys(files).length)],
    ];
    for (const [what, text, check] of damaged) {
      await writeFile(cacheFile, text);
      const outcome = await run(files);
      expect(outcome.view, what).toEqual(expected);
      check(outcome.parsed);
      // Mended by that run: the next one parses nothing.
      expect((await run(files)).parsed, what).toEqual([]);
    }
  });
});
