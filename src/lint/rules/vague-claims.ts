// vague-claims: claims like "scalable" or "best practice" that give no number, unit or comparison.
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import { isNegated, isQuantified, isQuoted, linesOf, proseBlocks, prosePosition, splitSentences, wordsPattern } from "../text.js";

interface Options {
  words: string[];
}

export const VAGUE_WORDS: readonly string[] = [
  "scalable", "fast", "robust", "high performance", "highly performant", "easy", "best practice", "best practices",
  "industry standard", "seamless", "seamlessly", "future-proof",
];

// Idioms and categories that use a listed word without claiming anything about the decision.
const IDIOM_AFTER = /^[\s-]*(?:moving|forward|follow|track|requirements?|use[\s-]cases?|workloads?|computing|mode|lane)\b|^\s+to\s+(?:miss|forget|overlook|lose|break|get wrong|misuse|misconfigure|abuse|confuse|mix up|leak|ignore|bypass|exploit|make (?:a )?mistakes?|accidentally|introduce|drift|fall)\b/i;
const IDIOM_BEFORE = /(?:\bfail|\bmore|\bless|\bmost|\bleast|\bas|\bso|\btoo)\s+$/i;

/** True when the word is an idiom ("fail fast", "easy to miss"), a comparison ("more robust") or a cited claim. */
function isExcused(sentence: string, at: number, word: string, cited: boolean): boolean {
  if (cited) return true;
  if (IDIOM_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) return true;
  return IDIOM_AFTER.test(sentence.slice(at + word.length, at + word.length + 40));
}

const rule: DecisionRule<Options> = {
  meta: {
    id: "vague-claims",
    type: "suggestion",
    description:
      "Unquantified claims (\"scalable\", \"fast\", \"robust\", \"easy\", \"best practice\", ...; configurable `words`) with no number, unit, comparison or cited link in the same sentence; not in code, quotes, blockquotes, headings or negations, nor idioms such as \"fail fast\" or \"easy to miss\". One finding per sentence.",
    severity: "warn",
    url: ruleDocsUrl("vague-claims"),
    messages: {
      vague:
        "\"{{word}}\" is a claim without a measure: say how much or compared with what (e.g. \"p99 under 200 ms at 5k requests/s\", \"half the setup steps of option B\"), or drop it.",
    },
    fixable: false,
    schema: {
      type: "object",
      properties: { words: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { words: [...VAGUE_WORDS] },
    scope: "decision",
  },
  check({ decision, options, report }) {
    if (options.words.length === 0) return;
    const pattern = wordsPattern(options.words);
    const text = String(decision.file.value);
    // Headings are labels, not claims; blockquotes are someone else's words.
    for (const prose of proseBlocks(decision.tree.children, { skipQuotes: true, skipHeadings: true, source: text })) {
      // Most blocks hold none of the words: one search of the block spares splitting it into sentences.
      if (prose.text.search(pattern) < 0) continue;
      for (const sentence of splitSentences(prose.text)) {
        if (isQuantified(sentence.text)) continue;
        // A sentence that links its source backs the claim with evidence a reader can follow.
        const cited = prose.links.some(([a, b]) => a < sentence.end && b > sentence.start);
        for (const match of sentence.text.matchAll(pattern)) {
          const at = match.index ?? 0;
          if (isQuoted(sentence.text, at) || isNegated(sentence.text, at) || isExcused(sentence.text, at, match[0], cited)) continue;
          const from = sentence.start + at;
          report({ messageId: "vague", data: { word: match[0] }, place: prosePosition(prose, from, from + match[0].length, linesOf(text)) });
          break; // one finding per sentence
        }
      }
    }
  },
};

export default rule;
