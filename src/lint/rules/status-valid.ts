// status-valid: every ADR states its status in the configured vocabulary.
import { ruleDocsUrl, type DecisionRule, type Fix, type Report } from "../types.js";
import type { Decision } from "../../model/index.js";
import { normalizeStatus } from "../../model/index.js";
import { linesOf } from "../text.js";

// adr-tools has long written "Superceded"; it is read as "superseded", never reported.
const SPELLINGS: Record<string, string> = { superceded: "superseded" };

/** The status words of the written status: decoration (emoji, Markdown, badges, trailing dates) stripped. */
function statusWords(raw: string): string[] {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/badge\/status-([a-z%20 _]+?)-[a-z]+/g, " $1 ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/%20|[_*`~]/g, " ")
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
    .map((w) => SPELLINGS[w] ?? w);
}

/** The front matter's `status:` value: its span in the file and the value as written. */
function frontMatterStatus(decision: Decision): { start: number; end: number; value: string } | null {
  const fm = decision.frontMatter;
  if (!fm) return null;
  const text = String(decision.file.value).slice(fm.start, fm.bodyStart);
  const m = /^(status[ \t]*:[ \t]*)(.*?)[ \t]*$/m.exec(text);
  if (!m) return null;
  const start = fm.start + m.index + m[1].length;
  return { start, end: start + m[2].length, value: m[2] };
}

const rule: DecisionRule = {
  meta: {
    id: "status-valid",
    type: "problem",
    description:
      "Status missing, or not in the configured vocabulary (adr-tools' \"superceded\" counts as superseded). Fix: a front matter status that is a vocabulary word up to case and punctuation (`Accepted.` to `accepted`), and the trailing punctuation of a status bullet.",
    severity: "error",
    url: ruleDocsUrl("status-valid"),
    messages: {
      missing: "No status: say where this decision stands with one of {{allowed}}, e.g. `status: accepted` in the front matter or a `## Status` section.",
      unknown: "Status \"{{status}}\" is not one of {{allowed}}: write the nearest one{{suggestion}}, so tools and readers can tell whether the decision holds.",
      notCanonical: "Status \"{{status}}\" should be written \"{{expected}}\": the status vocabulary is plain lowercase words, without punctuation.",
    },
    fixable: true,
    schema: null,
    scope: "decision",
  },
  check({ decision, statuses, report }) {
    const allowed = statuses.map((s) => `"${s}"`).join(", ");
    const raw = decision.status.raw?.trim() ?? "";
    if (!raw) {
      report({ messageId: "missing", data: { allowed }, place: decision.titlePosition });
      return;
    }
    const vocabulary = new Set(statuses.map((s) => s.toLowerCase()));
    const words = statusWords(raw);
    const known = words.find((w) => vocabulary.has(w)) ?? statuses.find((s) => s.includes(" ") && raw.toLowerCase().includes(s.toLowerCase()));
    if (!known) {
      const nearest = normalizeStatus(raw);
      const suggestion = nearest && vocabulary.has(nearest) ? ` ("${nearest}")` : "";
      const fm = decision.sources.status === "front-matter" ? frontMatterStatus(decision) : null;
      const place = fm ? linesOf(String(decision.file.value)).position(fm.start, fm.end) : decision.status.position ?? decision.titlePosition;
      report({ messageId: "unknown", data: { status: raw, allowed, suggestion }, place });
      return;
    }
    checkWrittenForm(decision, known, report);
  },
};

/**
 * Front matter is data: its status must be the bare lowercase word. A status bullet may keep its casing
 * but not trailing punctuation. Nygard's status prose is left as the writer wrote it.
 */
function checkWrittenForm(decision: Decision, known: string, report: (r: Report) => void): void {
  const text = String(decision.file.value);
  const lines = linesOf(text);
  if (decision.sources.status === "front-matter") {
    const fm = frontMatterStatus(decision);
    if (!fm) return;
    const bare = fm.value.replace(/^(["'])(.*)\1$/, "$2").trim();
    if (bare === known || /\s/.test(bare)) return;
    const stripped = bare.replace(/[.!;,]+$/, "").toLowerCase();
    if ((SPELLINGS[stripped] ?? stripped) !== known) return;
    const fix: Fix = { start: fm.start, end: fm.end, text: known };
    report({ messageId: "notCanonical", data: { status: fm.value, expected: known }, place: lines.position(fm.start, fm.end), fix });
    return;
  }
  if (decision.sources.status === "bullet" && decision.status.position?.start.offset !== undefined) {
    const { start, end } = decision.status.position;
    const value = text.slice(start.offset!, end.offset);
    const m = /^(\**\s*)(\p{L}+)([.!;,]+)\s*\**\s*$/u.exec(value);
    if (!m || m[2].toLowerCase() !== known) return;
    const wordStart = start.offset! + m[1].length;
    const fix: Fix = { start: wordStart, end: wordStart + m[2].length + m[3].length, text: m[2] };
    report({ messageId: "notCanonical", data: { status: m[2] + m[3], expected: m[2] }, place: lines.position(fix.start, fix.end), fix });
  }
}

export default rule;
