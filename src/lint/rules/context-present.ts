// context-present: the ADR explains the forces that made a decision necessary.
import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import type { Decision } from "../../model/index.js";
import { metadataHeading, sectionForHeading } from "../../model/index.js";
import { countWords, proseBlocks } from "../text.js";

interface Options {
  minWords: number;
}

// Lines that carry metadata, not context: "Date: 2020-01-01", "* Status: accepted", "Technical Story: #12".
const METADATA_LINE = /^\s*[\p{L}][\p{L} -]{0,30}:\s*\S/u;
const METADATA_KEYS = /^\s*(?:status|date|deciders?|decision[- ]makers|consulted|informed|tags?|technical story|authors?|owners?|supersedes|superseded by|amends|amended by|relates to|review[- ]by|last updated)\b/i;

/**
 * Nygard-style files often put their context straight under the title: the prose between the title and
 * the decision (leaving out metadata headings and lines) counts as the context.
 */
function proseBeforeDecision(decision: Decision): number {
  const stopAt = decision.sections.decision?.headingNode;
  const statusAt = decision.status.position?.start.offset;
  let words = 0;
  let skipDepth = 0;
  let inStatus = false;
  for (const node of decision.tree.children) {
    if (node === stopAt) break;
    if (node.type === "heading") {
      if (node.depth === 1) continue;
      if (skipDepth && node.depth > skipDepth) continue;
      skipDepth = 0;
      const text = toString(node);
      const section = sectionForHeading(text);
      if (!stopAt && section) break;
      // Prose under `## Status` after the status itself is context written without its own heading.
      inStatus = metadataHeading(text) === "status";
      // Other metadata and canonical sections (drivers, options) are not context; unknown headings may be.
      if ((metadataHeading(text) && !inStatus) || section) skipDepth = node.depth;
      continue;
    }
    if (skipDepth) continue;
    if (inStatus && node.position?.start.offset === statusAt) continue;
    words += metadataFreeWords(node);
  }
  return words;
}

// Link lines ("Superseded by [3. X](...)") and bare status words are metadata even without a colon.
const LINK_LINE = /^\s*(?:supersedes|supercedes|superseded by|superceded by|amends|amended by|relates to)\b|^\s*(?:accepted|proposed|rejected|deprecated|superseded|draft)\W*$/i;

function metadataFreeWords(node: RootContent): number {
  return proseBlocks(node)
    .flatMap((p) => p.text.split("\n"))
    .filter((line) => !(METADATA_KEYS.test(line) && METADATA_LINE.test(line)) && !LINK_LINE.test(line))
    .reduce((sum, line) => sum + countWords(line), 0);
}

const rule: DecisionRule<Options> = {
  meta: {
    id: "context-present",
    type: "problem",
    description:
      "No context, or one too thin to explain the forces (fewer than `minWords`, default 15, Decision Drivers included). In Nygard files without a Context heading, the prose before the decision counts.",
    severity: "error",
    url: ruleDocsUrl("context-present"),
    messages: {
      missing:
        "No context: add a `## Context` section that says what problem forced this decision, what constrains it, and why now.",
      empty:
        "The context is empty: say what problem forced this decision, what constrains it, and why it has to be decided now.",
      thin:
        "The context has {{words}} words, fewer than {{minWords}}: explain the forces behind the decision — the problem, the constraints, and why it has to be decided now.",
    },
    fixable: false,
    schema: {
      type: "object",
      properties: { minWords: { type: "integer", minimum: 0 } },
      additionalProperties: false,
    },
    defaultOptions: { minWords: 15 },
    scope: "decision",
  },
  check({ decision, options, report }) {
    const context = decision.sections.context;
    // Decision drivers (MADR) and a summary-free lead paragraph are part of the forces too.
    const drivers = decision.sections.drivers ? countWords(decision.sections.drivers.text) : 0;
    if (context) {
      const words = countWords(context.text) + drivers + countWords(context.subsections.map((s) => s.text).join(" "));
      if (words === 0) report({ messageId: "empty", place: context.position });
      else if (words < options.minWords) report({ messageId: "thin", data: { words, minWords: options.minWords }, place: context.position });
      return;
    }
    const words = proseBeforeDecision(decision) + drivers;
    if (words === 0) report({ messageId: "missing", place: decision.titlePosition });
    else if (words < options.minWords) report({ messageId: "thin", data: { words, minWords: options.minWords }, place: decision.titlePosition });
  },
};

export default rule;
