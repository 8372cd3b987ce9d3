// `adrkit lint --cache` and `adrkit lint <one file>` as a user runs them: the same findings as a cold whole-log run.
import { describe, it, expect } from "vitest";
import { readFile, stat, unlink, utimes, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { spawn } from "node:child_process";
import { adrkit, bin, project } from "./lint-helpers.js";
import { logFixture } from "../lint/log-fixture.js";
import { RACY_MS } from "../../src/lint/cache.js";
import { IN_PROCESS_MAX_FILES } from "../../src/repo/parse-many.js";

const TODAY = ["--today", "2026-11-25"];

/** The fixture plus enough plain ADRs (35 files, over POOL_MIN_FILES) that a whole-log run parses in worker threads. */
function files(): Record<string, string> {
  const fixture = logFixture();
  const plain = fixture["0005-use-nats.md"];
  const all: Record<string, string> = {};
  for (const [name, text] of Object.entries(fixture)) all[`docs/adr/${name}`] = text;
  for (let n = 20; n < 44; n++) all[`docs/adr/00${n}-plain-${n}.md`] = plain.replace("# 5. Use NATS", `# ${n}. Plain ${n}`);
  return all;
}

type Report = Array<{ filePath: string; messages: unknown[] }>;
const lintJson = (cwd: string, args: string[]): Report => {
  const run = adrkit(cwd, ["lint", "--format", "json", ...TODAY, ...args]);
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout) as Report;
};

describe("adrkit lint <file>: the rest of the log is context", () => {
  it("reports on a named file exactly what a whole-log run reports for it", async () => {
    const dir = await project(files());
    const whole = lintJson(dir, ["docs/adr"]);
    const named = ["0003-use-redis.md", "0006-use-grpc.md", "0005-use-rabbitmq.md", "decision-on-logging.md", "0011-use-s3.md"];
    const seen: string[] = [];
    for (const name of named) {
      const one = lintJson(dir, [`docs/adr/${name}`]);
      expect(one, name).toEqual(whole.filter((r) => r.filePath.endsWith(`/${name}`)));
      seen.push(JSON.stringify(one));
    }
    // The named files carry findings of every whole-log rule, so the comparison can fail.
    for (const rule of ["links-resolve", "number-unique", "supersede-consistent"]) expect(seen.join("\n")).toContain(`"ruleId":"${rule}"`);
    // Two files named together, as a pre-commit hook passes them.
    const two = lintJson(dir, ["docs/adr/0004-use-kafka.md", "docs/adr/0008-use-rest.md"]);
    expect(two).toEqual(whole.filter((r) => /\/(0004-use-kafka|0008-use-rest)\.md$/.test(r.filePath)));
  });
});

describe("adrkit lint --cache", () => {
  it("gives the cold run's findings before and after edits, and leaves the cache file alone when nothing changed", async () => {
    const dir = await project(files());
    const cacheFile = path.join(dir, ".adrkitcache");
    const cold = () => lintJson(dir, ["docs/adr"]);
    const cached = () => lintJson(dir, ["--cache", "docs/adr"]);
    const before = cold();
    expect(cached()).toEqual(before);
    const written = (await stat(cacheFile)).mtimeMs;
    expect(cached()).toEqual(before);
    expect((await stat(cacheFile)).mtimeMs).toBe(written);

    const edit = async (name: string, change: (text: string) => string) => {
      const file = path.join(dir, "docs/adr", name);
      await writeFile(file, change(await readFile(file, "utf8")));
    };
    await edit("0004-use-kafka.md", (t) => t.replace("supersedes: [3]", "supersedes: [3, 5]"));
    await edit("0003-use-redis.md", (t) => `<!-- adrkit-disable links-resolve -->\n${t}`);
    await unlink(path.join(dir, "docs/adr/0002-use-mysql.md"));
    await writeFile(path.join(dir, "docs/adr/0099-use-mysql.md"), files()["docs/adr/0002-use-mysql.md"].replace("# 2.", "# 99."));
    const after = cold();
    expect(after).not.toEqual(before); // the edits change findings, so the comparison can fail
    expect(cached()).toEqual(after);

    // A named file with a warm cache: the cached facts of its siblings serve as context.
    expect(lintJson(dir, ["--cache", "docs/adr/0005-use-rabbitmq.md"])).toEqual(after.filter((r) => r.filePath.endsWith("/0005-use-rabbitmq.md")));
    expect(cached()).toEqual(after);
  });
});

describe("adrkit lint --cache-strategy", () => {
  it("metadata (the default) vouches for files by size and times once they are old enough, and still sees every edit", async () => {
    const dir = await project(files());
    const cacheFile = path.join(dir, ".adrkitcache");
    // Whole seconds, so that a time put back below is put back exactly.
    const then = new Date("2020-01-01T00:00:00Z");
    for (const name of Object.keys(files())) await utimes(path.join(dir, name), then, then);
    const cold = () => lintJson(dir, ["docs/adr"]);
    const cached = (...args: string[]) => lintJson(dir, ["--cache", ...args, "docs/adr"]);
    const signatures = async () => {
      // After three lines (head, string table, whole-log findings), one line per file; its third field is the signature.
      const lines = (await readFile(cacheFile, "utf8")).split("\n").slice(3).filter(Boolean);
      return lines.map((line) => line.split("\t")[2] || undefined);
    };
    const before = cold();
    expect(cached()).toEqual(before);
    // Just changed (their change times are now): a second write in the same clock tick could leave size and
    // times as they are, so no file is vouched for yet.
    expect((await signatures()).filter(Boolean)).toEqual([]);
    await sleep(RACY_MS + 300);
    expect(cached()).toEqual(before);
    const recorded = await signatures();
    expect(recorded.length).toBeGreaterThan(30);
    expect(recorded.every((s) => typeof s === "string")).toBe(true);

    // The same size, and the modification time put back: the change time still shows the edit, also once the
    // edit is too old to be hashed again for being recent.
    const file = path.join(dir, "docs/adr/0004-use-kafka.md");
    const { size } = await stat(file);
    await writeFile(file, (await readFile(file, "utf8")).replace("supersedes: [3]", "supersedes: [8]"));
    await utimes(file, then, then);
    expect([(await stat(file)).size, (await stat(file)).mtimeMs]).toEqual([size, then.getTime()]);
    await sleep(RACY_MS + 300);
    const after = cold();
    expect(after).not.toEqual(before);
    expect(cached()).toEqual(after);
    expect(cached("--cache-strategy", "content")).toEqual(after);
  });

  it("refuses a strategy it does not know, as a usage error", async () => {
    const dir = await project(files());
    const run = adrkit(dir, ["lint", "--cache", "--cache-strategy", "mtime", "docs/adr"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--cache-strategy: unknown strategy "mtime" (use metadata or content)');
  });
});

describe("adrkit lint --cache on a large log", () => {
  it("re-lints the edited files, reuses the rest, and reports what a cold run does", async () => {
    // Over IN_PROCESS_MAX_FILES: a cold run lints in workers, a cached one only the changed files, here.
    const all = files();
    const plain = all["docs/adr/0005-use-nats.md"];
    for (let n = 100; n < 100 + IN_PROCESS_MAX_FILES; n++) all[`docs/adr/${n}-bulk-${n}.md`] = plain.replace("# 5. Use NATS", `# ${n}. Bulk ${n}`);
    const dir = await project(all);
    const cold = () => lintJson(dir, ["docs/adr"]);
    const cached = () => lintJson(dir, ["--cache", "docs/adr"]);
    const before = cold();
    expect(cached()).toEqual(before);
    await sleep(RACY_MS + 300); // old enough for the next run to record stat signatures
    expect(cached()).toEqual(before);

    // Prose in two files, a number taken twice, and a link broken: own findings and whole-log findings move.
    const edit = async (name: string, change: (text: string) => string) => {
      const file = path.join(dir, "docs/adr", name);
      await writeFile(file, change(await readFile(file, "utf8")));
    };
    await edit("150-bulk-150.md", (t) => `${t}\nIt is industry standard and blazing fast.\n`);
    await edit("1999-bulk-1999.md", (t) => `${t}\nA later note.\n`);
    await edit("151-bulk-151.md", (t) => t.replace("# 151. Bulk 151", "# 152. Bulk 151"));
    await edit("0004-use-kafka.md", (t) => t.replace("relates-to: [1]", "relates-to: [77]"));
    const after = cold();
    expect(after).not.toEqual(before);
    expect(cached()).toEqual(after);

    // The stylish report, far larger than a pipe's buffer, reaches a reader that is slow to start whole: the
    // same bytes as with -o, from a cold run and from the cache.
    const report = path.join(dir, "report.txt");
    const written = adrkit(dir, ["lint", ...TODAY, "-o", report, "docs/adr"]);
    expect(written.code).toBe(1);
    const expected = await readFile(report, "utf8");
    expect(Buffer.byteLength(expected)).toBeGreaterThan(256 * 1024);
    expect(await slowlyRead(dir, ["lint", ...TODAY, "docs/adr"])).toEqual({ code: 1, stdout: expected });
    expect(await slowlyRead(dir, ["lint", "--cache", ...TODAY, "docs/adr"])).toEqual({ code: 1, stdout: expected });
  });
});

/** Runs adrkit with its stdout a pipe that nobody reads for half a second. */
async function slowlyRead(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  child.stdout.pause();
  await sleep(500);
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  child.stdout.resume();
  return { code: await closed, stdout: Buffer.concat(chunks).toString("utf8") };
}
