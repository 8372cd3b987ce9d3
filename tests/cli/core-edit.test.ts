import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { adrkit, assertBuilt, removeDir, snapshot, tempDir } from "./core-helpers.js";

let cwd: string;
let dir: string;
beforeAll(assertBuilt);
beforeEach(async () => {
  cwd = await tempDir("cli-edit");
  dir = join(cwd, "docs/adr");
  await mkdir(dir, { recursive: true });
});
afterEach(async () => {
  await removeDir(cwd);
});

// A mixed log as real repositories have it: Nygard with CRLF, MADR 2 with a BOM, adrkit front matter with comments.
const NYGARD = "# 1. Record architecture decisions\r\n\r\nDate: 2020-01-01\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n\r\nWe  need records.   \r\n\r\n## Decision\r\n\r\nWe will.\r\n\r\n## Consequences\r\n\r\n* odd   bullet\r\n";
const MADR2 = "\ufeff# Use Redis\r\n\r\n* Status: accepted\r\n* Deciders: Ana\r\n* Date: 2021-05-01\r\n\r\n## Context and Problem Statement\r\n\r\nCaching.\r\n";
const ADRKIT = "---\nstatus: proposed   # to be reviewed\ndate: '2022-02-02'\ndecision-makers: [Bo]\ntags: [cache]\nreview-by: 2023-02-02\n---\n\n# 3. Use Valkey\n\n## Context\n\nRedis licence.\n\n## Trade-offs\n\n- Give up: a known tool.\n";

async function writeLog(): Promise<void> {
  await writeFile(join(dir, "0001-record-architecture-decisions.md"), NYGARD);
  await writeFile(join(dir, "0002-use-redis.md"), MADR2);
  await writeFile(join(dir, "0003-use-valkey.md"), ADRKIT);
}

const read = (name: string) => readFile(join(dir, name), "utf8");

describe("list and show", () => {
  it("lists every format, filters by status and tag, and prints JSON", async () => {
    await writeLog();
    const [all, accepted, json] = await Promise.all([
      adrkit(["list"], cwd),
      adrkit(["list", "--status", "accepted"], cwd),
      adrkit(["list", "--tag", "cache", "--json"], cwd),
    ]);
    expect(all.stdout).toBe(
      "0001  accepted    2020-01-01  Record architecture decisions  (0001-record-architecture-decisions.md)\n" +
      "0002  accepted    2021-05-01  Use Redis  (0002-use-redis.md)\n" +
      "0003  proposed    2022-02-02  Use Valkey  (0003-use-valkey.md)\n",
    );
    expect(accepted.stdout.trim().split("\n")).toHaveLength(2);
    expect(JSON.parse(json.stdout)).toMatchObject([{ number: 3, title: "Use Valkey", status: "proposed", format: "adrkit", tags: ["cache"] }]);
  });

  it("shows one decision as written, and names a missing one with exit code 2", async () => {
    await writeLog();
    const [show, missing, noDir] = await Promise.all([
      adrkit(["show", "3"], cwd),
      adrkit(["show", "9"], cwd),
      adrkit(["show", "1", "--dir", "nowhere"], cwd),
    ]);
    expect(show.stdout).toBe(ADRKIT);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toBe("adrkit: docs/adr: no ADR numbered 9; 'adrkit list' shows the numbers\n");
    expect(noDir.stderr).toBe("adrkit: nowhere: no ADR directory here; run 'adrkit init' or pass --dir\n");
  });
});

describe("status, supersede, link", () => {
  it("the same status again is a byte-for-byte no-op in every format", async () => {
    await writeLog();
    const before = await snapshot(cwd);
    const runs = await Promise.all([
      adrkit(["status", "1", "accepted"], cwd),
      adrkit(["status", "2", "Accepted"], cwd),
      adrkit(["status", "3", "proposed"], cwd),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(runs[0].stdout).toBe("docs/adr/0001-record-architecture-decisions.md: already accepted; nothing changed\n");
    expect(await snapshot(cwd)).toEqual(before);
  });

  it("changes only the status bytes, keeping CRLF, BOM and comments", async () => {
    await writeLog();
    await Promise.all([
      adrkit(["status", "1", "deprecated"], cwd),
      adrkit(["status", "2", "rejected"], cwd),
      adrkit(["status", "3", "accepted"], cwd),
    ]);
    expect(await read("0001-record-architecture-decisions.md")).toBe(NYGARD.replace("\r\nAccepted\r\n", "\r\nDeprecated\r\n"));
    expect(await read("0002-use-redis.md")).toBe(MADR2.replace("Status: accepted", "Status: rejected"));
    expect(await read("0003-use-valkey.md")).toBe(ADRKIT.replace("status: proposed ", "status: accepted "));
  });

  it("refuses an unknown status with exit code 2 and writes nothing", async () => {
    await writeLog();
    const before = await snapshot(cwd);
    const run = await adrkit(["status", "1", "maybe"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^adrkit: "maybe" is not a status; use one of proposed, accepted, .*\n$/);
    expect(await snapshot(cwd)).toEqual(before);
  });

  it("supersede and link update both ends in their own formats, only by insertion and the status", async () => {
    await writeLog();
    expect((await adrkit(["supersede", "2", "3"], cwd)).code).toBe(0);
    expect((await adrkit(["link", "3", "Amends", "1"], cwd)).code).toBe(0);
    expect(await read("0002-use-redis.md")).toBe(MADR2.replace("Status: accepted", "Status: superseded by [ADR-0003](0003-use-valkey.md)"));
    expect(await read("0003-use-valkey.md")).toBe(ADRKIT.replace("review-by: 2023-02-02\n", "review-by: 2023-02-02\nsupersedes: [2]\namends: [1]\n"));
    expect(await read("0001-record-architecture-decisions.md")).toBe(
      NYGARD.replace("\r\nAccepted\r\n", "\r\nAccepted\r\n\r\nAmended by [3. Use Valkey](0003-use-valkey.md)\r\n"),
    );
    const again = await snapshot(cwd);
    await adrkit(["supersede", "2", "3"], cwd);
    expect(await snapshot(cwd)).toEqual(again);
  });

  it("asks for the reverse of a relation it does not know", async () => {
    await writeLog();
    const before = await snapshot(cwd);
    const run = await adrkit(["link", "3", "Clarifies", "1"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has no standard reverse; give it as the last argument/);
    expect(await snapshot(cwd)).toEqual(before);
    expect((await adrkit(["link", "3", "Clarifies", "1", "Clarified by"], cwd)).code).toBe(0);
    expect(await read("0001-record-architecture-decisions.md")).toContain("Clarified by [3. Use Valkey](0003-use-valkey.md)\r\n");
  });
});

describe("renumber", () => {
  it("renames the later duplicate and rewrites links to it; --dry-run writes nothing", async () => {
    await writeLog();
    await writeFile(join(dir, "0003-use-memcached.md"), "# 3. Use Memcached\n\nDate: 2023-01-01\n\n## Status\n\nProposed\n\nAmends [1. Record architecture decisions](0001-record-architecture-decisions.md)\n");
    await writeFile(join(dir, "0004-cache-ttl.md"), "# 4. Cache TTL\n\nDate: 2023-02-01\n\n## Status\n\nAccepted\n\nRelates to [3. Use Memcached](0003-use-memcached.md)\n");
    const before = await snapshot(cwd);
    const dry = await adrkit(["renumber", "--dry-run"], cwd);
    expect(dry.stdout).toBe(
      "would rename docs/adr/0003-use-memcached.md -> docs/adr/0005-use-memcached.md (3 -> 5)\n" +
      "would update links in docs/adr/0004-cache-ttl.md\n",
    );
    expect(await snapshot(cwd)).toEqual(before);
    const run = await adrkit(["renumber"], cwd);
    expect(run.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      "0001-record-architecture-decisions.md", "0002-use-redis.md", "0003-use-valkey.md", "0004-cache-ttl.md", "0005-use-memcached.md",
    ]);
    expect(await read("0005-use-memcached.md")).toMatch(/^# 5\. Use Memcached\n/);
    expect(await read("0004-cache-ttl.md")).toContain("Relates to [5. Use Memcached](0005-use-memcached.md)\n");
    expect((await adrkit(["renumber"], cwd)).stdout).toBe("No duplicate numbers; nothing to do.\n");
  });
});
