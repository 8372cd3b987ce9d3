// A table-driven rule tester in ESLint's shape: valid and invalid Markdown cases, expected message ids and places.
import { describe, it, expect } from "vitest";
import type { Position, Point, Node } from "unist";
import { parseDecision } from "../../src/parse/index.js";
import { STATUSES } from "../../src/model/index.js";
import type { Decision } from "../../src/model/index.js";
import type { DecisionRule, RepositoryRule, Report, Place } from "../../src/lint/types.js";

export interface Found {
  messageId: string;
  message: string;
  line: number;
  column: number;
  decision: string;
}

export interface ValidCase {
  name: string;
  /** One ADR's Markdown, or several files (path -> Markdown) for repository rules. */
  code: string | Record<string, string>;
  options?: Record<string, unknown>;
  today?: string;
  path?: string;
}

export interface InvalidCase extends ValidCase {
  errors: Array<{ messageId: string; line?: number; column?: number; data?: Record<string, string | number> }>;
}

function pointOf(place: Place): Point | undefined {
  if (!place) return undefined;
  if ("line" in place && "column" in place) return place as Point;
  if ("start" in place && "end" in place) return (place as Position).start;
  return (place as Node).position?.start;
}

function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data[key] ?? `{{${key}}}`));
}

/** Runs one rule over Markdown without the engine: defaults merged with the case's options. */
export function runRule(
  rule: DecisionRule<any> | RepositoryRule<any>,
  code: string | Record<string, string>,
  { options = {}, today = "2026-11-25", path = "docs/adr/0007-example.md" }: { options?: Record<string, unknown>; today?: string; path?: string } = {},
): Found[] {
  const files = typeof code === "string" ? { [path]: code } : code;
  const decisions: Decision[] = Object.entries(files).map(([p, text]) => parseDecision(text, p));
  const found: Found[] = [];
  const collect = (decision: Decision, report: Report) => {
    const template = rule.meta.messages[report.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${report.messageId}`);
    const point = pointOf(report.place) ?? decision.titlePosition?.start ?? { line: 1, column: 1 };
    found.push({ messageId: report.messageId, message: format(template, report.data), line: point.line, column: point.column, decision: decision.path });
  };
  const base = { options: { ...(rule.meta.defaultOptions ?? {}), ...options }, today, statuses: STATUSES };
  if (rule.meta.scope === "repository") {
    (rule as RepositoryRule<any>).check({ ...base, decisions, report: collect });
  } else {
    for (const decision of decisions) {
      (rule as DecisionRule<any>).check({ ...base, decision, report: (r) => collect(decision, r) });
    }
  }
  return found;
}

/** Declares one describe block with a test per case. */
export function ruleTester(
  rule: DecisionRule<any> | RepositoryRule<any>,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.code, c).map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = runRule(rule, c.code, c);
        expect(found.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => {
          if (e.line !== undefined) expect(found[i].line, `line of error ${i}`).toBe(e.line);
          if (e.column !== undefined) expect(found[i].column, `column of error ${i}`).toBe(e.column);
          if (e.data) expect(found[i].message).toBe(format(rule.meta.messages[e.messageId], e.data));
        });
      });
    }
  });
}
