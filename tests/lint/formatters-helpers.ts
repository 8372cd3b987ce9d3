// Hand-built lint results for formatter tests: exact messages, places and severities, no rules involved.
import { VFile } from "vfile";
import { VFileMessage } from "vfile-message";
import { finish, type LintMessage, type LintResult } from "../../src/lint/engine.js";
import type { Rule } from "../../src/lint/types.js";

export function message(reason: string, ruleId: string, fatal: boolean, start: [number, number], end?: [number, number], fixable = false): LintMessage {
  const place = end
    ? { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } }
    : { line: start[0], column: start[1] };
  const m = new VFileMessage(reason, { place, ruleId, source: "adrkit" }) as LintMessage;
  m.fatal = fatal;
  if (fixable) m.fix = [{ start: 0, end: 1, text: "x" }];
  return m;
}

export function result(filePath: string, messages: LintMessage[]): LintResult {
  return finish({ filePath, file: new VFile({ path: filePath, value: "" }), messages });
}

export const RESULTS: LintResult[] = [
  result("docs/adr/0001-use-postgres.md", [
    message("Trade-offs name no downside: say what this decision costs or gives up", "tradeoffs-two-sided", true, [12, 1], [12, 16]),
    message("\"scalable\" is not quantified: add a number, unit or comparison", "vague-claims", false, [20, 8], [20, 16]),
    message("Status \"accepted\" is lower case", "status-valid", true, [5, 1], [5, 9], true),
  ]),
  result("docs/adr/0002-clean.md", []),
  result("docs/adr/0003-odd, name:x.md", [
    message("100% sure,\nsecond line: here\r\nthird", "parse/front-matter", true, [1, 1]),
  ]),
];

export function fakeRule(id: string, severity: "warn" | "error", fixable = false): Rule {
  return {
    meta: {
      id, type: "problem", description: `Description of ${id}`, severity, url: `https://example.test/rules#${id}`,
      messages: { a: `Message of ${id}` }, fixable, schema: null, scope: "decision",
    },
    check() {},
  };
}

export const RULE_MAP: ReadonlyMap<string, Rule> = new Map(
  [fakeRule("status-valid", "error", true), fakeRule("tradeoffs-two-sided", "error"), fakeRule("vague-claims", "warn")].map((r) => [r.meta.id, r]),
);

export const CONTEXT = { cwd: "/repo", rules: RULE_MAP, color: false, version: "0.1.0" };
