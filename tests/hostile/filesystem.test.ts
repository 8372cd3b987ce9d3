// The file system is not trusted: loops do not hang, links out of the ADR folder are not read, FIFOs do not block.
import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles, loadLog, type DecisionLog } from "../../src/repo/index.js";
import { GOOD_ADR } from "./cases.mjs";
import { messagesFor, removeDir, tempDir, writeFiles } from "./helpers.js";

let base: string;
let dir: string;
let log: DecisionLog;
let ms: number;

beforeAll(async () => {
  base = await tempDir();
  dir = join(base, "adr");
  await mkdir(join(dir, "real"), { recursive: true });
  await mkdir(join(base, "outside"));
  await writeFile(join(base, "outside", "secret.md"), "# 9. SECRET-OUTSIDE\n\nStatus: accepted\n");
  await writeFiles(dir, { "0001-good.md": GOOD_ADR });
  await writeFile(join(dir, "real", "0005-real.md"), GOOD_ADR.replace("1. Use PostgreSQL", "5. Real target"));
  await symlink("loop.md", join(dir, "loop.md"));
  await symlink("b.md", join(dir, "a.md"));
  await symlink("a.md", join(dir, "b.md"));
  await symlink("..", join(dir, "parent-dir"));
  await symlink(".", join(dir, "self-dir"));
  await symlink("/proc/self/environ", join(dir, "env.md"));
  await symlink("/dev/zero", join(dir, "zero.md"));
  await symlink("../outside/secret.md", join(dir, "secret.md"));
  await symlink("nowhere.md", join(dir, "dangling.md"));
  await symlink("real/0005-real.md", join(dir, "0006-alias.md"));
  execFileSync("mkfifo", [join(dir, "x.md")]);
  const started = Date.now();
  log = await loadLog(dir, { root: dir });
  ms = Date.now() - started;
});
afterAll(() => removeDir(base));

describe("hostile file system", () => {
  it("finishes quickly: no loop, no FIFO and no device blocks or hangs the run", () => {
    expect(ms).toBeLessThan(10_000);
  });

  it.each([
    ["loop.md", /^Symbolic link loop: skipped/],
    ["a.md", /^Symbolic link loop: skipped/],
    ["b.md", /^Symbolic link loop: skipped/],
    ["env.md", /points outside the ADR directory: skipped, not read/],
    ["zero.md", /points outside the ADR directory: skipped, not read/],
    ["secret.md", /points outside the ADR directory: skipped, not read/],
    ["dangling.md", /points at nothing: skipped/],
    ["x.md", /^Not a regular file \(a FIFO, socket or device\): skipped, not read/],
  ])("%s is reported and skipped", (name, reason) => {
    const found = messagesFor(log, name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ failed: true, fatal: true });
    expect(found[0].reason).toMatch(reason);
  });

  it("nothing from outside the folder is read", () => {
    const everything = JSON.stringify(log.decisions.map((d) => [d.title, String(d.file.value)]));
    expect(everything).not.toMatch(/SECRET-OUTSIDE|PATH=|HOME=/);
  });

  it("directory links are not followed, so ADRs are not listed twice", () => {
    expect(log.decisions.map((d) => d.path).sort()).toEqual(["0001-good.md", "0006-alias.md", "real/0005-real.md"]);
  });

  it("a link to a file inside the folder is read at its target", () => {
    const alias = log.decisions.find((d) => d.path === "0006-alias.md")!;
    expect(alias.title).toBe("Real target");
    expect(alias.file.messages).toEqual([]);
  });

  it("explicit paths get the same treatment (`adrkit lint x.md zero.md`)", async () => {
    const explicit = await loadFiles(["x.md", "zero.md", "env.md", "0001-good.md", "missing.md"], { root: dir });
    expect(explicit.decisions.map((d) => d.path)).toEqual(["0001-good.md"]);
    expect(explicit.failures.map((f) => [f.path, f.file.messages[0].reason])).toEqual([
      ["missing.md", "No such file or directory"],
      ["x.md", "Not a regular file: skipped"],
      ["zero.md", "Symbolic link points outside the ADR directory: skipped, not read"],
      ["env.md", "Symbolic link points outside the ADR directory: skipped, not read"],
    ]);
  });
});
