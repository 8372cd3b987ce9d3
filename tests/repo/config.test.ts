import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, findConfig, loadConfig, resolveAdrDir } from "../../src/repo/config.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "adrkit-config-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<string> {
  const full = join(root, path);
  await mkdir(join(full, ".."), { recursive: true });
  await writeFile(full, text);
  return full;
}

describe("findConfig / loadConfig", () => {
  it("finds adrkit.config.json from a subdirectory", async () => {
    const path = await put("adrkit.config.json", '{ "dir": "decisions" }');
    await mkdir(join(root, "a/b"), { recursive: true });
    expect(await findConfig(join(root, "a/b"))).toBe(path);
    const loaded = await loadConfig(join(root, "a/b"));
    expect(loaded).toEqual({ path, config: { dir: "decisions" }, root });
  });

  it("prefers the nearest file and reads .adrkitrc.json and package.json's adrkit key", async () => {
    await put("adrkit.config.json", '{ "dir": "outer" }');
    const rc = await put("sub/.adrkitrc.json", '{ "dir": "inner" }');
    expect(await findConfig(join(root, "sub"))).toBe(rc);
    const pkg = await put("pkg/package.json", '{ "name": "x", "adrkit": { "template": "nygard" } }');
    expect(await loadConfig(join(root, "pkg"))).toEqual({ path: pkg, config: { template: "nygard" }, root: join(root, "pkg") });
  });

  it("skips a package.json without an adrkit key", async () => {
    const path = await put("adrkit.config.json", "{}");
    await put("pkg/package.json", '{ "name": "x" }');
    expect(await findConfig(join(root, "pkg"))).toBe(path);
  });

  it("returns an empty config when there is none", async () => {
    const loaded = await loadConfig(root);
    expect(loaded.config).toEqual({});
    expect(loaded.root).toBe(root);
  });

  it("names the file and line of invalid JSON", async () => {
    const path = await put("adrkit.config.json", '{\n  "dir": "x",\n  "template": \n}\n');
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^${path.replace(/[.\\]/g, "\\$&")}:4: invalid JSON`));
  });

  it("names the file and line of a value of the wrong type", async () => {
    const path = await put("adrkit.config.json", '{\n  "dir": "x",\n  "statuses": "accepted"\n}\n');
    await expect(loadConfig(root)).rejects.toThrow(`${path}:3: "statuses" must be a list of strings`);
    await put("adrkit.config.json", '{\n  "limits": { "maxFileBytes": -1 }\n}\n');
    await expect(loadConfig(root)).rejects.toThrow(/:2: "limits.maxFileBytes" must be a positive whole number/);
  });
});

describe("resolveAdrDir", () => {
  it("takes --dir first, then the config's dir", async () => {
    await put("adrkit.config.json", '{ "dir": "architecture" }');
    await put(".adr-dir", "doc/arch\n");
    expect((await resolveAdrDir({ dir: "custom", cwd: root })).dir).toBe(join(root, "custom"));
    const fromConfig = await resolveAdrDir({ cwd: root });
    expect(fromConfig).toMatchObject({ dir: join(root, "architecture"), source: "config", exists: false });
  });

  it("reads adr-tools' .adr-dir, relative to the file, from a subdirectory", async () => {
    await put(".adr-dir", "doc/arch\n");
    await mkdir(join(root, "src/deep"), { recursive: true });
    expect(await resolveAdrDir({ cwd: join(root, "src/deep") })).toMatchObject({ dir: join(root, "doc/arch"), source: ".adr-dir" });
  });

  it("reads log4brains' project.adrFolder", async () => {
    await put(".log4brains.yml", "---\nproject:\n  name: x\n  tz: Europe/Paris\n  adrFolder: ./docs/l4b-adr\n");
    expect(await resolveAdrDir({ cwd: root })).toMatchObject({ dir: join(root, "docs/l4b-adr"), source: ".log4brains.yml" });
  });

  it("reports invalid .log4brains.yml with its line", async () => {
    await put(".log4brains.yml", "project:\n  adrFolder: [x\n");
    await expect(resolveAdrDir({ cwd: root })).rejects.toBeInstanceOf(ConfigError);
  });

  it.each(["doc/adr", "docs/adr", "docs/decisions", "docs/architecture/decisions"])("finds the conventional %s", async (dir) => {
    await mkdir(join(root, dir), { recursive: true });
    expect(await resolveAdrDir({ cwd: root })).toMatchObject({ dir: join(root, dir), source: "convention", exists: true });
  });

  it("falls back to docs/adr, where init puts it, when nothing exists", async () => {
    expect(await resolveAdrDir({ cwd: root })).toMatchObject({ dir: join(root, "docs/adr"), source: "default", exists: false });
  });
});
