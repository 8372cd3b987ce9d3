// The built CLI runs from one bundle with V8's code cache (src/cli/program-loader.ts). The cache may only ever
// make a run faster: a cache for another bundle, a damaged cache or none at all must give the same results.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot, bin } from "./lint-helpers.js";

const bundle = path.join(repoRoot, "dist/cli/program.cjs");

function run(binPath: string, args: string[]) {
  const r = spawnSync(process.execPath, [binPath, ...args], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Lint JSON names every finding with its file, line and rule; the Markdown log reads every decision.
const runs = [
  ["lint", "examples/decisions", "--format", "json", "--today", "2026-11-26"],
  ["log", "--dir", "examples/decisions", "--format", "markdown"],
];

describe("the code cache", () => {
  let copy: string;
  let expected: ReturnType<typeof run>[];

  beforeAll(() => {
    // A copy of the package's dist/ beside its package.json and dependencies, to damage without touching the build.
    copy = mkdtempSync(path.join(os.tmpdir(), "adrkit-code-cache-"));
    cpSync(path.join(repoRoot, "dist"), path.join(copy, "dist"), { recursive: true });
    cpSync(path.join(repoRoot, "package.json"), path.join(copy, "package.json"));
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"));
    expected = runs.map((args) => run(bin, args));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const copyBin = () => path.join(copy, "dist/cli/bin.js");
  const cacheFile = () => path.join(copy, "dist/cli/program.cjs.cache");
  const sameResults = () => {
    for (const [i, args] of runs.entries()) expect(run(copyBin(), args), args.join(" ")).toEqual(expected[i]);
  };

  it("is built for the bundle, and V8 takes it", async () => {
    expect(expected.map((r) => r.code)).toEqual([0, 0]);
    expect(expected[0].stdout).toContain('"ruleId"');
    // Any non-ASCII character would make V8 keep the 1 MB source as two-byte text.
    expect(/[^\0-\x7f]/.test(readFileSync(bundle, "latin1"))).toBe(false);
    const { cacheAccepted } = (await import(path.join(repoRoot, "dist/cli/program-loader.js"))) as { cacheAccepted(): boolean };
    expect(cacheAccepted()).toBe(true);
  });

  type Loader = { usableCache(file: string): Buffer | undefined };
  const loader = async () => (await import(path.join(copy, "dist/cli/program-loader.js"))) as Loader;
  const copyBundle = () => path.join(copy, "dist/cli/program.cjs");

  it("is not used for another bundle", async () => {
    const { usableCache } = await loader();
    expect(usableCache(copyBundle())).toBeDefined();
    // The same cache over a bundle changed by one character, at the same length (the only thing V8 checks itself).
    const source = readFileSync(copyBundle(), "utf8");
    const at = source.indexOf("Find missing reasoning in ADRs");
    expect(at).toBeGreaterThan(0);
    writeFileSync(copyBundle(), `${source.slice(0, at)}f${source.slice(at + 1)}`);
    expect(usableCache(copyBundle())).toBeUndefined();
    // Had the cache been used, the help would show the bytecode's string, not the changed source's.
    expect(run(copyBin(), ["lint", "--help"]).stdout).toContain("find missing reasoning in ADRs");
    writeFileSync(copyBundle(), source);
    expect(usableCache(copyBundle())).toBeDefined();
    sameResults();
  });

  it("is not used when damaged, cut off or missing, and the results stay the same", async () => {
    const { usableCache } = await loader();
    const good = readFileSync(cacheFile());
    // One bit flipped in V8's data, which V8 would take: it does not check its data in a release build.
    const damaged = Buffer.from(good);
    damaged[damaged.length >> 1] ^= 1;
    // Cut off, as by a build stopped while writing it; then no cache at all.
    for (const bytes of [damaged, good.subarray(0, good.length >> 1), good.subarray(0, 20), null]) {
      if (bytes) writeFileSync(cacheFile(), bytes);
      else unlinkSync(cacheFile());
      expect(usableCache(copyBundle())).toBeUndefined();
      sameResults();
    }
  });

  it("falls back to the ES modules when there is no bundle", () => {
    unlinkSync(path.join(copy, "dist/cli/program.cjs"));
    sameResults();
  });
});
