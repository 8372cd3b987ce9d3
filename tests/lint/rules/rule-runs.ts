// For rule tests that need what the shared tester does not show: the fixes a rule offers, and `--since`.
import { readFileSync } from "node:fs";
import { parseDecision } from "../../../src/parse/index.js";
import { STATUSES } from "../../../src/model/index.js";
import type { Decision } from "../../../src/model/index.js";
import type { DecisionRule, Fix, Report, RepositoryRule, RuleContextBase } from "../../../src/lint/types.js";

export interface FileReport extends Report {
  path: string;
}

/** A complete, well-reasoned ADR in one format, from tests/fixtures/rules/good. */
export function good(format: "adrkit" | "nygard" | "madr3" | "madr2"): string {
  return readFileSync(new URL(`../../fixtures/rules/good/${format}.md`, import.meta.url), "utf8");
}

/** The four complete ADRs as valid cases: every rule must stay silent on them. */
export function goodInEveryFormat(): Array<{ name: string; code: string }> {
  return [
    { name: "adrkit", code: good("adrkit") },
    { name: "Nygard", code: good("nygard") },
    { name: "MADR 3", code: good("madr3") },
    { name: "MADR 2", code: good("madr2") },
  ];
}

/** A fixture of one rule, from tests/fixtures/rules/<id>/. */
export function fixture(id: string, name: string): string {
  return readFileSync(new URL(`../../fixtures/rules/${id}/${name}`, import.meta.url), "utf8");
}

/** Runs a rule and returns its raw reports (with fixes), keyed by the file they are about. */
export function reportsOf(
  rule: DecisionRule<any> | RepositoryRule<any>,
  files: Record<string, string>,
  extra: Partial<RuleContextBase<Record<string, unknown>>> = {},
): FileReport[] {
  const decisions: Decision[] = Object.entries(files).map(([p, text]) => parseDecision(text, p));
  const out: FileReport[] = [];
  const base = { options: { ...(rule.meta.defaultOptions ?? {}) }, today: "2026-11-25", statuses: STATUSES, ...extra };
  if (rule.meta.scope === "repository") {
    (rule as RepositoryRule<any>).check({ ...base, decisions, report: (d, r) => out.push({ ...r, path: d.path }) });
  } else {
    for (const decision of decisions) {
      (rule as DecisionRule<any>).check({ ...base, decision, report: (r) => out.push({ ...r, path: decision.path }) });
    }
  }
  return out;
}

/** Applies non-overlapping fixes to a text, last first so offsets stay valid. */
export function applyFixes(text: string, fixes: ReadonlyArray<Fix | Fix[] | undefined>): string {
  const flat = fixes.flatMap((f) => (f === undefined ? [] : Array.isArray(f) ? f : [f])).sort((a, b) => b.start - a.start);
  return flat.reduce((acc, f) => acc.slice(0, f.start) + f.text + acc.slice(f.end), text);
}
