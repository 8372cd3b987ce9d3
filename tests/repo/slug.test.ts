import { describe, expect, it } from "vitest";
import { mkdtemp, writeFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname, basename } from "node:path";
import { slugify } from "../../src/repo/slug.js";

describe("slugify", () => {
  it.each([
    ["Use PostgreSQL for storage", "use-postgresql-for-storage"],
    ["Crème brûlée über Straße", "creme-brulee-uber-strasse"],
    ["Ærø Łódź", "aero-lodz"],
    ["Кэш на Redis", "кэш-на-redis"],
    ["🚀 Ship it 🎉", "ship-it"],
    ["../../etc/passwd", "etc-passwd"],
    ["C:\\x", "c-x"],
    ["a/b", "a-b"],
    ["", "untitled"],
    ["!!!", "untitled"],
    ["🎉🎉", "untitled"],
    ["con", "con-decision"],
    ["NUL", "nul-decision"],
    ["com1", "com1-decision"],
    ["v2.0 release", "v2-0-release"],
  ])("%j -> %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("caps long titles at a word boundary", () => {
    const slug = slugify("word ".repeat(60) + "x".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
    expect(slugify("x".repeat(300))).toBe("x".repeat(60));
  });

  it("makes a file name that lands inside the directory for hostile titles", async () => {
    const dir = await mkdtemp(join(tmpdir(), "adrkit-slug-"));
    try {
      const titles = ["../../etc/passwd", "C:\\x", "con", "a/b", "", "!!!", "t".repeat(300), "🔥🔥 hot 🔥", "..", ".", "a\u0000b", "x\r\ny"];
      for (const [i, title] of titles.entries()) {
        const slug = slugify(title);
        expect(slug).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        const path = join(dir, `${String(i + 1).padStart(4, "0")}-${slug}.md`);
        expect(dirname(path)).toBe(dir);
        expect(basename(path)).not.toContain("..");
        await writeFile(path, "x");
      }
      expect(await readdir(dir)).toHaveLength(titles.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
