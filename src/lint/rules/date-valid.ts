// date-valid: every ADR says when it was decided, as an ISO 8601 date.
import { ruleDocsUrl, type DecisionRule, type Fix } from "../types.js";
import type { Decision } from "../../model/index.js";
import { isIsoDate } from "../../model/index.js";
import { linesOf } from "../text.js";

/** ISO 8601 dates with a time are still ISO; only the calendar date is compared. */
function isIso(raw: string): boolean {
  const text = raw.trim().replace(/^["']|["']$/g, "");
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  return m !== null && isIsoDate(m[1]);
}

/** Where the raw date sits in the file: inside its position span, or on the front matter's `date:` line. */
function locate(decision: Decision, raw: string): { start: number; end: number } | null {
  const text = String(decision.file.value);
  const pos = decision.dateInfo.position;
  let from = pos?.start.offset;
  let to = pos?.end.offset;
  if ((from === undefined || to === undefined) && decision.frontMatter) {
    const fm = text.slice(decision.frontMatter.start, decision.frontMatter.bodyStart);
    const m = /^date[ \t]*:.*$/m.exec(fm);
    if (m) {
      from = decision.frontMatter.start + m.index;
      to = from + m[0].length;
    }
  }
  if (from === undefined || to === undefined) return null;
  // Search the whole lines the position covers: the written value is found as written, wherever it starts.
  from = text.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = text.indexOf("\n", Math.max(from, to - 1));
  to = lineEnd < 0 ? text.length : lineEnd;
  const span = text.slice(from, to);
  const at = span.indexOf(raw);
  // A fix must be unambiguous: the raw date appears once in its lines.
  if (at < 0 || span.indexOf(raw, at + 1) >= 0) return null;
  return { start: from + at, end: from + at + raw.length };
}

const rule: DecisionRule = {
  meta: {
    id: "date-valid",
    type: "suggestion",
    description:
      "Date missing, or not ISO 8601 (YYYY-MM-DD). Fix: a date that reads one way only (`2 April 2019`, `14.06.2021`) is rewritten in ISO form where it stands.",
    severity: "warn",
    url: ruleDocsUrl("date-valid"),
    messages: {
      missing: "No date: record when this decision was made as YYYY-MM-DD, e.g. `date: 2024-03-18` in the front matter or a `Date: 2024-03-18` line.",
      notIso: "Date \"{{date}}\" is not ISO 8601: write it as {{expected}}, which every reader and tool reads the same way.",
    },
    fixable: true,
    schema: null,
    scope: "decision",
  },
  check({ decision, report }) {
    const info = decision.dateInfo;
    const raw = info.raw?.trim() ?? "";
    if (!raw) {
      if (!decision.date) report({ messageId: "missing", place: decision.titlePosition });
      return;
    }
    // "2022-10-05 (updated 2023-07-12)": an ISO date with a note after it is still an ISO date.
    if (isIso(raw) || isIso(raw.split(/\s+\(/)[0])) return;
    const expected = info.iso ? `"${info.iso}"` : "YYYY-MM-DD (the written date can be read more than one way)";
    const span = info.iso ? locate(decision, raw) : null;
    const fix: Fix | undefined = span && info.iso ? { ...span, text: info.iso } : undefined;
    const lines = linesOf(String(decision.file.value));
    report({
      messageId: "notIso",
      data: { date: raw, expected },
      place: span ? lines.position(span.start, span.end) : info.position ?? decision.titlePosition,
      fix,
    });
  },
};

export default rule;
