// `adrkit lint --cache` and `adrkit lint <one file>` as a user runs them: the same findings as a cold whole-log run.
import { describe, it, expect } from "vitest";
import { readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { adrkit, project } from "./lint-helpers.js";
import { logFixture } from "../lint/log-fixture.js";

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
