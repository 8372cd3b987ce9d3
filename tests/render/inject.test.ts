// Injecting the log between markers: every other byte kept, atomic, and a stale check for CI.
import { describe, it, expect } from "vitest";
import { mkdtemp, writeFile, readFile, readdir, chmod, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { injectBetweenMarkers, injectLog, InjectError } from "../../src/render/index.js";

const TABLE = "| a |\n| - |\n| 1 |\n";

describe("injectBetweenMarkers", () => {
  it("replaces only what lies between the markers", () => {
    const before = "# Read me\n\nIntro ✓ with trailing spaces   \n\n<!-- adrkit-log -->\nold table\n<!-- adrkit-log-end -->\n\nOutro\n";
    const after = injectBetweenMarkers(before, TABLE);
    expect(after).toBe("# Read me\n\nIntro ✓ with trailing spaces   \n\n<!-- adrkit-log -->\n\n| a |\n| - |\n| 1 |\n\n<!-- adrkit-log-end -->\n\nOutro\n");
    expect(injectBetweenMarkers(after, TABLE)).toBe(after);
  });

  it("keeps CRLF files CRLF and touches no byte outside the markers", () => {
    const head = "Title\r\n\r\nText\twith tab\r\n<!-- adrkit-log -->";
    const tail = "<!-- adrkit-log-end -->\r\nEnd without newline";
    const after = injectBetweenMarkers(`${head}\r\nstale\r\n${tail}`, TABLE);
    expect(after.startsWith(head)).toBe(true);
    expect(after.endsWith(tail)).toBe(true);
    expect(after.slice(head.length, -tail.length)).toBe("\r\n\r\n| a |\r\n| - |\r\n| 1 |\r\n\r\n");
  });

  it("names the missing, repeated or swapped marker", () => {
    expect(() => injectBetweenMarkers("no markers", TABLE, "README.md")).toThrow(/README\.md has no <!-- adrkit-log --> marker/);
    expect(() => injectBetweenMarkers("<!-- adrkit-log -->", TABLE, "README.md")).toThrow(/<!-- adrkit-log-end --> marker/);
    expect(() => injectBetweenMarkers("<!-- adrkit-log --><!-- adrkit-log-end --><!-- adrkit-log -->", TABLE)).toThrow(InjectError);
    expect(() => injectBetweenMarkers("<!-- adrkit-log-end --> <!-- adrkit-log -->", TABLE)).toThrow(/comes before/);
  });
});

describe("injectLog", () => {
  it("writes atomically, keeps the file mode, leaves no temp file, and --check writes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "adrkit-inject-"));
    const file = join(dir, "README.md");
    await writeFile(file, "a\n<!-- adrkit-log -->\n<!-- adrkit-log-end -->\nz\n");
    await chmod(file, 0o640);
    expect(await injectLog(file, TABLE, { check: true })).toEqual({ changed: true });
    expect(await readFile(file, "utf8")).toBe("a\n<!-- adrkit-log -->\n<!-- adrkit-log-end -->\nz\n");
    expect(await injectLog(file, TABLE)).toEqual({ changed: true });
    expect(await readFile(file, "utf8")).toContain("| 1 |");
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await injectLog(file, TABLE, { check: true })).toEqual({ changed: false });
    expect(await readdir(dir)).toEqual(["README.md"]);
  });

  it("leaves the file untouched when the markers are missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "adrkit-inject-"));
    const file = join(dir, "README.md");
    await writeFile(file, "nothing to see\n");
    await expect(injectLog(file, TABLE)).rejects.toThrow(InjectError);
    expect(await readFile(file, "utf8")).toBe("nothing to see\n");
    expect(await readdir(dir)).toEqual(["README.md"]);
  });
});
