// no-placeholders: template text left in an ADR (markers, MADR placeholders, template sentences, bare prompts).
import type { Html } from "mdast";
import { ruleDocsUrl, type DecisionRule, type Report } from "../types.js";
import type { Decision, Section, Subsection } from "../../model/index.js";
import { findWords, linesOf, proseBlocks, prosePosition, splitSentences, type LineIndex } from "../text.js";

const MARKERS = /(?<![\p{L}\p{N}_-])(?:TODO|FIXME|TBD|tbd|Tbd|TBC)(?![\p{L}\p{N}_-])/gu;

// adr-tools' template sentences (its `template.md`), compared without case and punctuation.
export const ADR_TOOLS_SENTENCES: readonly string[] = [
  "The issue motivating this decision, and any context that influences or constrains the decision.",
  "The change that we're proposing or have agreed to implement.",
  "What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.",
];

// Placeholder cues inside `[...]` (MADR 2) and `{...}` (MADR 3/4): the template's own words.
const CUES = /(?:\be\.\s?g\.|…|\.\.\.|\s\|\s|^(?:short title|title of|option \d|driver \d|argument [a-z\d]|describe|description|list (?:of|every)|justification|ticket|YYYY|positive consequence|negative consequence|example|name of|problem statement|decision driver|more information|add |insert |your )|\boption \d\b)/i;

function squash(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, " ").trim();
}

const SQUASHED_SENTENCES = ADR_TOOLS_SENTENCES.map(squash);
// Squashing never lengthens a sentence, so one shorter than every squashed template sentence cannot be one;
// nor can one that does not open with a template sentence's first two words.
const SENTENCE_MIN = Math.min(...SQUASHED_SENTENCES.map((s) => s.length));
const OPENINGS = [...new Set(SQUASHED_SENTENCES.map((s) => s.split(" ").slice(0, 2).join("[^\\p{L}\\p{N}']+")))];
const FIRST_WORDS = new RegExp(`^[^\\p{L}\\p{N}']*(?:${OPENINGS.join("|")})(?![\\p{L}\\p{N}'])`, "iu");

function isBracePlaceholder(inner: string): boolean {
  // Curly braces in prose outside code are MADR 3/4 placeholders; JSON-ish or template-engine text is not.
  if (!/^[\p{L}…]/u.test(inner.trim())) return false;
  if (/["=;]|:\s*["'\d{[]/.test(inner)) return false;
  return /\s/.test(inner.trim()) || CUES.test(inner);
}

function isBracketPlaceholder(inner: string): boolean {
  return CUES.test(inner.trim());
}

function isCommentOnly(part: Section | Subsection): boolean {
  return (
    part.nodes.length > 0 &&
    part.text.trim() === "" &&
    part.nodes.every((n) => n.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test((n as Html).value))
  );
}

const rule: DecisionRule = {
  meta: {
    id: "no-placeholders",
    type: "problem",
    description:
      "Template text left in: TODO/TBD/FIXME as words outside code, MADR `{...}` / `[...]` placeholders (body and front matter), adr-tools' template sentences, a section holding only the template's HTML-comment prompt.",
    severity: "error",
    url: ruleDocsUrl("no-placeholders"),
    messages: {
      marker: "\"{{word}}\" marks unfinished text: write what it stands for, or move the open question to the assumptions with a date by which it will be answered.",
      placeholder: "Template placeholder \"{{text}}\" is still here: replace it with this decision's own words.",
      templateSentence: "adr-tools' template sentence \"{{sentence}}\" is still here: replace it with what applies to this decision.",
      frontMatter: "Front matter `{{key}}` still holds the template's placeholder \"{{text}}\": fill in the real value or remove the key.",
      promptOnly: "\"{{section}}\" holds only the template's comment: answer its question in your own words, or remove the section if it does not apply.",
    },
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check({ decision, report }) {
    const text = String(decision.file.value);
    const lines = linesOf(text);
    checkFrontMatter(decision, lines, report);
    for (const prose of proseBlocks(decision.tree.children, { source: text })) {
      const marked = prose.text.search(MARKERS) >= 0;
      const sentences = marked || prose.text.length >= SENTENCE_MIN ? splitSentences(prose.text) : [];
      // One marker a sentence: "TODO: TBC" is one unfinished thought.
      for (const sentence of marked ? sentences : []) {
        const m = findWords(sentence.text, MARKERS)[0];
        if (!m) continue;
        const at = sentence.start + m.index;
        report({ messageId: "marker", data: { word: m.text }, place: prosePosition(prose, at, at + m.text.length, lines) });
      }
      for (const m of prose.text.matchAll(/\{([^{}\n]{2,200})\}|\[([^[\]\n]{2,200})\]/g)) {
        const brace = m[1] !== undefined;
        if (brace ? !isBracePlaceholder(m[1]) : !isBracketPlaceholder(m[2])) continue;
        // A heading like "### [option 1] - Use Jaeger" keeps the template's label but names the option.
        if (prose.node.type === "heading" && prose.text.trim() !== m[0]) continue;
        const at = m.index ?? 0;
        const shown = m[0].length > 60 ? `${m[0].slice(0, 57)}...` : m[0];
        report({ messageId: "placeholder", data: { text: shown }, place: prosePosition(prose, at, at + m[0].length, lines) });
      }
      for (const sentence of sentences) {
        if (sentence.text.length < SENTENCE_MIN || !FIRST_WORDS.test(sentence.text)) continue;
        const index = SQUASHED_SENTENCES.indexOf(squash(sentence.text));
        if (index < 0) continue;
        report({
          messageId: "templateSentence",
          data: { sentence: ADR_TOOLS_SENTENCES[index] },
          place: prosePosition(prose, sentence.start, sentence.end, lines),
        });
      }
    }
    for (const section of [...Object.values(decision.sections), ...decision.otherSections]) {
      if (!section) continue;
      if (isCommentOnly(section) && section.subsections.length === 0) {
        report({ messageId: "promptOnly", data: { section: section.heading }, place: section.position });
      }
      for (const sub of section.subsections) {
        if (isCommentOnly(sub)) report({ messageId: "promptOnly", data: { section: sub.heading }, place: sub.position });
      }
    }
  },
};

/** MADR 3/4 front matter: `date: {YYYY-MM-DD when the decision was last updated}`. */
function checkFrontMatter(decision: Decision, lines: LineIndex, report: (r: Report) => void): void {
  const fm = decision.frontMatter;
  if (!fm) return;
  const text = String(decision.file.value).slice(fm.start, fm.bodyStart);
  for (const m of text.matchAll(/^([\w-]+)[ \t]*:[ \t]*(\{[^\n]*\}|\[[^\n]*\])[ \t]*$/gm)) {
    const inner = m[2].slice(1, -1);
    if (!(m[2].startsWith("{") ? isBracePlaceholder(inner) : isBracketPlaceholder(inner))) continue;
    const start = fm.start + (m.index ?? 0) + m[0].indexOf(m[2]);
    report({ messageId: "frontMatter", data: { key: m[1], text: m[2] }, place: lines.position(start, start + m[2].length) });
  }
}

export default rule;
