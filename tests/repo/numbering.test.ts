import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm, writeFile, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNumberedFile, nextNumber, numberFromFileName } from "../../src/repo/numbering.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "adrkit-numbering-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("numbers", () => {
  it("reads numbers from the common file names", () => {
    expect(numberFromFileName("0007-use-x.md")).toBe(7);
    expect(numberFromFileName("adr-012-x.md")).toBe(12);
    expect(numberFromFileName("ADR_3.md")).toBe(3);
    expect(numberFromFileName("README.md")).toBeNull();
    expect(numberFromFileName("x-0001.md")).toBeNull();
  });

  it("takes the highest number plus one, 1 in an empty or missing directory", async () => {
    expect(await nextNumber(join(dir, "missing"))).toBe(1);
    expect(await nextNumber(dir)).toBe(1);
    await writeFile(join(dir, "0001-a.md"), "");
    await writeFile(join(dir, "0009-b.md"), "");
    await writeFile(join(dir, "20200926-log4brains-date.md"), "");
    expect(await nextNumber(dir)).toBe(10);
  });
});

describe("createNumberedFile", () => {
  it("gives concurrent creations distinct numbers", async () => {
    const made = await Promise.all(
      Array.from({ length: 24 }, (_, i) => createNumberedFile(dir, `title-${i}`, (n) => `# ${n}. Title ${i}\n`)),
    );
    const numbers = made.map((m) => m.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const files = await readdir(dir);
    expect(files.filter((f) => f.startsWith(".adrkit-lock-"))).toEqual([]);
    expect(files).toHaveLength(24);
  });

  it("skips a number held by a live marker, and clears a stale one", async () => {
    await writeFile(join(dir, ".adrkit-lock-0001"), `${process.pid}\n${Date.now()}\n`);
    const first = await createNumberedFile(dir, "a", () => "a");
    expect(first.number).toBe(2);
    await rm(join(dir, "0002-a.md"));
    // A marker from a process that no longer exists, and one older than a minute.
    await writeFile(join(dir, ".adrkit-lock-0001"), "999999999\n0\n");
    const second = await createNumberedFile(dir, "b", () => "b");
    expect(second.number).toBe(1);
    await writeFile(join(dir, ".adrkit-lock-0002"), `${process.pid}\n`);
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, ".adrkit-lock-0002"), old, old);
    expect((await createNumberedFile(dir, "c", () => "c")).fileName).toBe("0002-c.md");
  });

  it("writes nothing and frees the marker when rendering fails", async () => {
    await expect(createNumberedFile(dir, "a", () => { throw new Error("boom"); })).rejects.toThrow("boom");
    expect(await readdir(dir)).toEqual([]);
  });
});
