// Round-trip over the real ADR corpus: parsing never throws, same-status edits are no-ops, lint --fix settles in one run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { editHints, needsWorker, setStatus } from "../../src/repo/index.js";
import { resolveLintConfig, runLint } from "../../src/lint/index.js";
import { removeDir, tempDir } from "./helpers.js";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
// Beside the clone (CI, /work/main); a worktree under /work/wt sits one level deeper.
const corpus = [resolve(repoRoot, "../shared/corpus"), resolve(repoRoot, "../../shared/corpus")].find((c) => existsSync(c)) ?? resolve(repoRoot, "../shared/corpus");
const present = existsSync(join(corpus, "MANIFEST.tsv"));
if (!present) console.warn(`[hostile] corpus not found at ${corpus}: corpus round-trip tests skipped`);
const bin = join(repoRoot, "dist/cli/bin.js");

interface Entry {
  repo: string;
  path: string;
  file: string;
}

function entries(): Entry[] {
  if (!present) return [];
  const lines = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1);
  return lines.map((l) => l.split("\t")).map(([repo, , path]) => ({ repo, path, file: join(corpus, repo.replace("/", "__"), path) })).filter((e) => existsSync(e.file));
}

/** ADR folders of the corpus: one per repository and directory. */
function folders(all: Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of all) {
    const key = dirname(e.file);
    out.set(key, [...(out.get(key) ?? []), e]);
  }
  return out;
}

const all = entries();
const temps: string[] = [];
afterAll(async () => {
  for (const t of temps) await removeDir(t);
});

describe.skipIf(!present)("corpus round-trip", () => {
  it("parseDecision never throws and the same status written back changes no byte", () => {
    expect(all.length).toBeGreaterThan(100);
    let edited = 0;
    for (const e of all) {
      const text = readFileSync(e.file, "utf8");
      let decision;
      expect(() => (decision = parseDecision(text, e.path)), e.file).not.toThrow();
      // As a user types it: `adrkit status 12 superseded` for "Superseded by [ADR-13](...)".
      const value = decision!.status.value;
      if (!value) continue;
      expect(setStatus(text, value, editHints(decision!)), e.file).toBe(text);
      edited++;
    }
    console.log(`[hostile] corpus: ${all.length} files parsed, ${edited} same-status edits, all byte-identical`);
  });

  it("no real ADR is screened as risky, so small runs of real ADRs never pay for a worker", () => {
    expect(all.filter((e) => needsWorker(readFileSync(e.file, "utf8"))).map((e) => e.file)).toEqual([]);
  });

  it("lint --fix applied once leaves nothing to fix on the second run", async () => {
    const config = resolveLintConfig({});
    let fixedFiles = 0;
    for (const [folder, files] of folders(all)) {
      const sources = await Promise.all(files.map(async (e) => ({ filePath: e.path, text: await readFile(e.file, "utf8") })));
      const first = runLint({ sources, config, fix: true, today: "2026-11-25" });
      fixedFiles += first.fixed.length;
      const after = new Map(first.fixed.map((f) => [f.filePath, f.after]));
      const second = runLint({ sources: sources.map((s) => ({ ...s, text: after.get(s.filePath) ?? s.text })), config, fix: true, today: "2026-11-25" });
      expect(second.fixed.map((f) => f.filePath), folder).toEqual([]);
    }
    console.log(`[hostile] corpus: lint --fix changed ${fixedFiles} files on the first run, none on the second`);
  }, 300_000);

  it.skipIf(!existsSync(bin))("`adrkit status N <same>` and `adrkit lint --fix` twice through the CLI, on copies of a few folders", async () => {
    const picked = [...folders(all)].filter(([, files]) => files.length >= 3).slice(0, 2);
    for (const [folder] of picked) {
      const copy = await tempDir();
      temps.push(copy);
      await cp(folder, copy, { recursive: true });
      const before = await snapshot(copy);
      const decision = (await readdir(copy)).filter((n) => n.endsWith(".md")).map((n) => parseDecision(readFileSync(join(copy, n), "utf8"), n)).find((d) => d.number !== null && d.status.value !== null);
      if (decision) {
        const run = spawnSync(process.execPath, [bin, "status", String(decision.number), decision.status.value!, "--dir", copy], { encoding: "utf8", cwd: copy });
        expect(run.status, run.stderr).toBe(0);
        expect(await snapshot(copy), folder).toEqual(before);
      }
      spawnSync(process.execPath, [bin, "lint", "--fix", "."], { encoding: "utf8", cwd: copy });
      const once = await snapshot(copy);
      spawnSync(process.execPath, [bin, "lint", "--fix", "."], { encoding: "utf8", cwd: copy });
      expect(await snapshot(copy), folder).toEqual(once);
    }
  }, 240_000);
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    if (name.endsWith(".md")) out[name] = await readFile(join(dir, name), "utf8");
  }
  return out;
}
