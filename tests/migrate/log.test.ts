// Migrating whole logs: the legacy examples and every repository of the shared corpus become adrkit format, losing no sentence.
import { describe, it, expect } from "vitest";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { planMigration, type Migration } from "../../src/migrate/index.js";
import { writeFileAtomic } from "../../src/repo/index.js";
import { parseDecision } from "../../src/parse/index.js";
import { lostSentences } from "./sentences.js";

const repoRoot = resolve(import.meta.dirname, "../..");
// ADRKIT_CORPUS lets a git worktree (one level deeper than the main checkout) point at the same corpus.
const corpus = process.env.ADRKIT_CORPUS ?? resolve(repoRoot, "../shared/corpus");
const corpusPresent = existsSync(resolve(corpus, "MANIFEST.tsv"));
if (!corpusPresent) console.warn(`NOTICE: ${corpus} is absent; the corpus migration tests are skipped.`);

/** Writes every converted file in place, as `adrkit migrate` does, and checks the bytes on disk. */
async function applyInPlace(plans: Migration[]): Promise<void> {
  for (const plan of plans) {
    if (plan.after === null) continue;
    await writeFileAtomic(plan.file, plan.after);
    expect(await readFile(plan.file, "utf8")).toBe(plan.after);
  }
}

/** Every file converted re-parses as adrkit, keeps its metadata and loses none of its sentences. */
function expectFaithful(plans: Migration[]): number {
  let converted = 0;
  for (const plan of plans) {
    if (plan.after === null) {
      expect(plan.skipped, plan.path).toBeTruthy();
      continue;
    }
    converted++;
    const before = plan.decision!;
    expect(String(before.file.value)).toBe(plan.before);
    const after = parseDecision(plan.after, plan.path);
    expect(after.file.messages.filter((m) => m.fatal).map((m) => m.reason), plan.path).toEqual([]);
    expect(after.format, plan.path).toBe("adrkit");
    expect(lostSentences(before, after), plan.path).toEqual([]);
    expect(after.title, plan.path).toBe(before.title || after.title);
    expect(after.number, plan.path).toBe(before.number);
    expect(after.status.value, plan.path).toBe(before.status.value);
    expect(after.date, plan.path).toBe(before.date);
    expect(after.people.deciders, plan.path).toEqual(before.people.deciders);
    const numbered = (d: typeof before) => d.links.filter((l) => l.number !== null && l.number !== d.number).map((l) => `${l.relation} ${l.number}`);
    for (const link of numbered(before)) expect(numbered(after), plan.path).toContain(link);
  }
  return converted;
}

async function copyToTemp(from: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "adrkit-migrate-"));
  await cp(from, dir, { recursive: true });
  return dir;
}

describe("migrating the legacy examples", () => {
  for (const example of ["legacy-nygard", "legacy-madr"]) {
    it(`converts every ADR of examples/${example}`, async () => {
      const dir = await copyToTemp(resolve(repoRoot, "examples", example));
      try {
        const plans = await planMigration(dir, { root: dir, keepDecisions: true });
        await applyInPlace(plans);
        expect(plans.length).toBeGreaterThanOrEqual(4);
        expect(expectFaithful(plans)).toBe(plans.length);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it("leaves a log already in adrkit format untouched", async () => {
    const plans = await planMigration(resolve(repoRoot, "examples/decisions"), { root: repoRoot });
    expect(plans.length).toBe(10);
    expect(plans.every((p) => p.after === null && p.skipped === "already in adrkit format")).toBe(true);
  });

  it("converts the Nygard log's supersede links into front matter on both ends", async () => {
    const plans = await planMigration(resolve(repoRoot, "examples/legacy-nygard"), { root: repoRoot });
    const byNumber = new Map(plans.map((p) => [parseDecision(p.after!, p.path).number, p.after!]));
    expect(byNumber.get(2)).toMatch(/^status: superseded\ndate: 2024-03-20\nsuperseded-by: \[4\]$/m);
    expect(byNumber.get(4)).toMatch(/^supersedes: \[2\]$/m);
    expect(byNumber.get(2)).not.toMatch(/## Status/);
  });
});

describe.skipIf(!corpusPresent)("migrating every repository of the shared corpus", () => {
  const repos = corpusPresent ? readdirSync(corpus).filter((d) => d.includes("__")).sort() : [];
  it.each(repos)("%s", async (repo) => {
    const dir = await copyToTemp(join(corpus, repo));
    try {
      const plans = await planMigration(dir, { root: dir, keepDecisions: true });
      await applyInPlace(plans);
      expect(plans.length).toBeGreaterThan(0);
      const converted = expectFaithful(plans);
      // Only files that cannot be parsed (invalid front matter) are left for a person to fix.
      const unparsable = plans.filter((p) => p.skipped?.startsWith("cannot be parsed")).length;
      expect(converted + unparsable + plans.filter((p) => p.skipped === "already in adrkit format").length).toBe(plans.length);
      // Migrating the migrated log finds nothing left to convert.
      const again = await planMigration(dir, { root: dir });
      expect(again.filter((p) => p.after !== null).map((p) => p.path)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
