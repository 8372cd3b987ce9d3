import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, readFile, readdir, rm, writeFile, chmod, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExclusive, writeFileAtomic, writeFileAtomicFrom } from "../../src/repo/atomic.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "adrkit-atomic-"));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const runsAsRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("writeFileAtomic", () => {
  it("keeps the permissions of the file it replaces, and gives a new file 0644", async () => {
    const path = join(dir, "0001-private.md");
    await writeFile(path, "old");
    await chmod(path, 0o600);
    await writeFileAtomic(path, "new");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const fresh = join(dir, "0002-new.md");
    await writeFileAtomic(fresh, "x");
    expect((await stat(fresh)).mode & 0o777).toBe(0o644);
  });

  it("replaces the file and leaves no temp file", async () => {
    const path = join(dir, "0001-x.md");
    await writeFile(path, "old");
    await writeFileAtomic(path, "new\r\n");
    expect(await readFile(path, "utf8")).toBe("new\r\n");
    expect(await readdir(dir)).toEqual(["0001-x.md"]);
  });

  it("writes a text given in pieces as their sum, replacing a longer file whole", async () => {
    const path = join(dir, ".adrkitcache");
    await writeFile(path, "x".repeat(1000));
    const pieces = ['{"format":"f"}', "\n", "ü".repeat(70_000), ""];
    await writeFileAtomic(path, pieces);
    expect(await readFile(path, "utf8")).toBe(pieces.join(""));
    expect(await readdir(dir)).toEqual([".adrkitcache"]);
  });

  it.skipIf(runsAsRoot)("in a read-only directory, fails and leaves the old bytes and no partial file", async () => {
    const path = join(dir, "0001-x.md");
    await writeFile(path, "old");
    await chmod(dir, 0o555);
    await expect(writeFileAtomic(path, "new")).rejects.toMatchObject({ code: "EACCES" });
    expect(await readFile(path, "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["0001-x.md"]);
  });

  it("when the rename fails, removes its temp file and rethrows", async () => {
    const target = join(dir, "a-directory");
    await (await import("node:fs/promises")).mkdir(join(target, "inside"), { recursive: true });
    await expect(writeFileAtomic(target, "x")).rejects.toBeTruthy();
    expect((await readdir(dir)).sort()).toEqual(["a-directory"]);
  });
});

describe("writeFileAtomicFrom", () => {
  it("writes pieces as they come, keeps permissions, and leaves the old file whole when making them fails", async () => {
    const path = join(dir, "log.html");
    await writeFile(path, "old page, longer than the new one");
    await chmod(path, 0o600);
    writeFileAtomicFrom(path, (write) => {
      write(Buffer.from("<p>"));
      write(Buffer.from("é ✓"));
      write(new Uint8Array(0));
      write(Buffer.from("</p>"));
    });
    expect(await readFile(path, "utf8")).toBe("<p>é ✓</p>");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(() =>
      writeFileAtomicFrom(path, (write) => {
        write(Buffer.from("half a page"));
        throw new Error("renderer failed");
      }),
    ).toThrow("renderer failed");
    expect(await readFile(path, "utf8")).toBe("<p>é ✓</p>");
    expect(await readdir(dir)).toEqual(["log.html"]);
    const fresh = join(dir, "new.html");
    writeFileAtomicFrom(fresh, (write) => write(Buffer.from("x")));
    expect((await stat(fresh)).mode & 0o777).toBe(0o644);
  });
});

describe("createExclusive", () => {
  it("creates a new file and refuses an existing one", async () => {
    const path = join(dir, "0001-x.md");
    await createExclusive(path, "first");
    await expect(createExclusive(path, "second")).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(path, "utf8")).toBe("first");
  });
});
