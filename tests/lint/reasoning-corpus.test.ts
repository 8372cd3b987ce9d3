// The reasoning rules over the real ADR corpus: no crash, counts per rule, and no false alarm on records known to be sound.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDecision } from "../../src/parse/index.js";
import { STATUSES } from "../../src/model/index.js";
import type { DecisionRule, Report } from "../../src/lint/types.js";
import optionsConsidered from "../../src/lint/rules/options-considered.js";
import chosenOptionListed from "../../src/lint/rules/chosen-option-listed.js";
import decisionHasRationale from "../../src/lint/rules/decision-has-rationale.js";
import decisionAssertive from "../../src/lint/rules/decision-assertive.js";
import optionsWeighed from "../../src/lint/rules/options-weighed.js";
import tradeoffsTwoSided from "../../src/lint/rules/tradeoffs-two-sided.js";
import assumptionsStated from "../../src/lint/rules/assumptions-stated.js";
import assumptionValidation from "../../src/lint/rules/assumption-validation.js";
import failureModesStated from "../../src/lint/rules/failure-modes-stated.js";
import failureModeMitigation from "../../src/lint/rules/failure-mode-mitigation.js";
import reversibilityStated from "../../src/lint/rules/reversibility-stated.js";
import oneWayDoorRigor from "../../src/lint/rules/one-way-door-rigor.js";

const RULES: DecisionRule<any>[] = [
  optionsConsidered, chosenOptionListed, decisionHasRationale, decisionAssertive, optionsWeighed, tradeoffsTwoSided,
  assumptionsStated, assumptionValidation, failureModesStated, failureModeMitigation, reversibilityStated, oneWayDoorRigor,
];

const repoRoot = resolve(import.meta.dirname, "../..");
// ADRKIT_CORPUS points a worktree that sits elsewhere at the corpus.
const corpus = process.env.ADRKIT_CORPUS ?? resolve(repoRoot, "../shared/corpus");
const present = existsSync(resolve(corpus, "MANIFEST.tsv"));
if (!present) console.warn(`NOTICE: ${corpus} is absent; the reasoning rules' corpus run is skipped.`);

function lintFile(rel: string): Array<{ rule: string; messageId: string; line: number }> {
  const decision = parseDecision(readFileSync(resolve(corpus, rel), "utf8"), rel);
  const found: Array<{ rule: string; messageId: string; line: number }> = [];
  for (const rule of RULES) {
    const report = (r: Report) => {
      const place = r.place as { line?: number; start?: { line: number }; position?: { start: { line: number } } } | undefined;
      found.push({ rule: rule.meta.id, messageId: r.messageId, line: place?.start?.line ?? place?.line ?? place?.position?.start.line ?? 1 });
    };
    rule.check({ decision, options: rule.meta.defaultOptions ?? {}, today: "2026-11-25", statuses: STATUSES, report });
  }
  return found;
}

describe("reasoning rules over the corpus", () => {
  it.skipIf(!present)("run over every file without a crash, and print findings per rule", () => {
    const rows = readFileSync(resolve(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
    const counts = new Map<string, { findings: number; files: number }>(RULES.map((r) => [r.meta.id, { findings: 0, files: 0 }]));
    for (const [repo, , path] of rows) {
      const found = lintFile(`${repo.replace("/", "__")}/${path}`);
      for (const id of new Set(found.map((f) => f.rule))) counts.get(id)!.files++;
      for (const f of found) counts.get(f.rule)!.findings++;
    }
    console.log(`reasoning rules over ${rows.length} corpus files:\n` + [...counts].map(([id, c]) => `  ${id.padEnd(26)} ${String(c.findings).padStart(4)} findings in ${String(c.files).padStart(3)} files`).join("\n"));
    expect(rows.length).toBeGreaterThan(400);
  });

  it.skipIf(!present)("stays quiet where a record does state the reasoning (hand-checked files)", () => {
    // MADR's own ADR 0: five options, a chosen one with reasons; no Pros and Cons, so options-weighed stands.
    const madr = lintFile("adr__madr/docs/decisions/0000-use-markdown-architectural-decision-records.md").map((f) => f.rule);
    for (const id of ["options-considered", "chosen-option-listed", "decision-has-rationale"]) expect(madr).not.toContain(id);
    // Elastisys 0050: options weighed with Good/Bad, "Chosen option: "Option 4: ..."", negative consequences.
    const zones = lintFile("elastisys__compliantkubernetes/docs/adr/0050-use-cluster-isolation.md").map((f) => f.rule);
    for (const id of ["options-considered", "chosen-option-listed", "decision-has-rationale", "tradeoffs-two-sided"]) expect(zones).not.toContain(id);
    // adr-tools 0002: "won't support Windows" is the downside it owns.
    expect(lintFile("npryce__adr-tools/doc/adr/0002-implement-as-shell-scripts.md").map((f) => f.rule)).not.toContain("tradeoffs-two-sided");
    // log4brains: the chosen "Multi-packages, monorepo, with Yarn and Lerna" is a nested variant of a listed option.
    const mono = lintFile("thomvaill__log4brains/docs/adr/20200925-multi-packages-architecture-in-a-monorepo-with-yarn-and-lerna.md").map((f) => f.rule);
    expect(mono).not.toContain("chosen-option-listed");
  });
});
