// Small hand-made rules and decisions for engine tests: the engine is tested apart from the real rules.
import { parseDecision } from "../../src/parse/index.js";
import type { Decision } from "../../src/model/index.js";
import type { DecisionRule, RepositoryRule, Rule } from "../../src/lint/types.js";

/** Reports every paragraph containing WORD, at the word, with a fix that upper-cases it. */
export function wordRule(id: string, word: string, severity: "warn" | "error" = "warn", calls?: { count: number }): DecisionRule<{ word: string }> {
  return {
    meta: {
      id, type: "suggestion", description: `Flags the word ${word}`, severity, url: `https://example.test/${id}`,
      messages: { found: "Found '{{word}}' in {{where}}", other: "unused {{missing}}" },
      fixable: true,
      schema: { type: "object", properties: { word: { type: "string", minLength: 1 } }, additionalProperties: false },
      defaultOptions: { word },
      scope: "decision",
    },
    check({ decision, options, report }) {
      if (calls) calls.count++;
      const text = String(decision.file.value);
      const re = new RegExp(`\\b${options.word}\\b`, "g");
      for (const m of text.matchAll(re)) {
        const before = text.slice(0, m.index);
        const line = before.split("\n").length;
        const column = m.index! - before.lastIndexOf("\n");
        report({
          messageId: "found",
          data: { word: options.word, where: decision.title },
          place: { start: { line, column }, end: { line, column: column + options.word.length } },
          fix: { start: m.index!, end: m.index! + options.word.length, text: options.word.toUpperCase() },
        });
      }
    },
  };
}

/** Reports a decision with no H1 at the default place (the title, or line 1). */
export const titleRule: DecisionRule = {
  meta: {
    id: "has-title", type: "problem", description: "Needs a title", severity: "error", url: "https://example.test/has-title",
    messages: { missing: "No title" }, fixable: false, schema: null, scope: "decision",
  },
  check({ decision, report }) {
    if (!decision.title) report({ messageId: "missing" });
  },
};

/** Repository rule: every decision after the first with the same number is reported. */
export const duplicateRule: RepositoryRule = {
  meta: {
    id: "dup-number", type: "problem", description: "Numbers are unique", severity: "error", url: "https://example.test/dup-number",
    messages: { duplicate: "Number {{number}} is also used by {{other}}" }, fixable: false, schema: null, scope: "repository",
  },
  check({ decisions, report }) {
    const seen = new Map<number, Decision>();
    for (const d of decisions) {
      if (d.number === null) continue;
      const first = seen.get(d.number);
      if (first) report(d, { messageId: "duplicate", data: { number: d.number, other: first.path } });
      else seen.set(d.number, d);
    }
  },
};

/** Records the context it was given, to check today/statuses/since plumbing. */
export function spyRule(seen: Array<Record<string, unknown>>): DecisionRule {
  return {
    meta: {
      id: "spy", type: "suggestion", description: "Records its context", severity: "warn", url: "https://example.test/spy",
      messages: {}, fixable: false, schema: null, scope: "decision",
    },
    check(context) {
      seen.push({ today: context.today, statuses: context.statuses, since: context.since?.ref, text: context.since?.textAt(context.decision.path) });
    },
  };
}

export function rules(...list: Rule[]): Map<string, Rule> {
  return new Map(list.map((r) => [r.meta.id, r]));
}

export function decision(text: string, path = "docs/adr/0001-example.md"): Decision {
  return parseDecision(text, path);
}

export const ADR = `# 1. Use Postgres

Date: 2024-01-05

## Status

Accepted

## Context

The data is relational and we need transactions.

## Decision

We use Postgres because the team knows it.
`;
