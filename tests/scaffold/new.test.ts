import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDecision, initLog, parseLinkRequest } from "../../src/scaffold/index.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "adrkit-scaffold-"));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("createDecision", () => {
  it("cleans control characters out of the title and adds tags to a template without a tags key", async () => {
    const made = await createDecision({ cwd, dir: "adr", title: "Use\u0000 Redis\r\nnow", template: "madr", tags: ["cache"], date: "2025-01-02" });
    expect(made.fileName).toBe("0001-use-redis-now.md");
    const text = await readFile(made.path, "utf8");
    expect(text).toMatch(/^---\nstatus: proposed\ndate: 2025-01-02\n[\s\S]*\ntags: \[cache\]\n---\n\n# Use Redis now\n/);
  });

  it("removes the new ADR again when an old one cannot take its back-link, so nothing is left behind", async () => {
    await mkdir(join(cwd, "adr"));
    // No front matter, no Status bullet, no Status section: there is no place for "superseded".
    await writeFile(join(cwd, "adr/0001-bare.md"), "# 1. Bare\n\nJust text.\n");
    await expect(createDecision({ cwd, dir: "adr", title: "Next", supersedes: [1] })).rejects.toThrow(/0001-bare\.md: no status found/);
    expect(await readdir(join(cwd, "adr"))).toEqual(["0001-bare.md"]);
  });

  it("refuses a status outside the vocabulary and a malformed --link", async () => {
    await expect(createDecision({ cwd, dir: "adr", title: "X", status: "maybe" })).rejects.toThrow(/"maybe" is not a status/);
    expect(() => parseLinkRequest("Amends")).toThrow(/write it as N:Relation/);
    expect(parseLinkRequest(" 3 : Amends : Amended by ")).toEqual({ number: 3, relation: "Amends", reverse: "Amended by" });
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe("initLog", () => {
  it("keeps an existing config and refuses a template it does not ship", async () => {
    await writeFile(join(cwd, ".adrkitrc.json"), "{}");
    const result = await initLog({ cwd, dir: "decisions", date: "2025-01-02" });
    expect(result.configPath).toBeNull();
    expect((await readdir(cwd)).sort()).toEqual([".adrkitrc.json", "decisions"]);
    await expect(initLog({ cwd, dir: "other", template: "mine.md" })).rejects.toThrow(/init writes adrkit, nygard, madr/);
  });
});
