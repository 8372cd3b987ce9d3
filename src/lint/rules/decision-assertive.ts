// decision-assertive: the decision itself commits ("We will"), it does not hedge ("we should", "maybe").
import type { Nodes, RootContent, Text } from "mdast";
import type { Point } from "../../model/index.js";
import { ruleDocsUrl, type DecisionRule } from "../types.js";

const HEDGE = /(?<![\p{L}\p{N}_'’-])(should|might|maybe|could|probably|tbd|perhaps|possibly)(?![\p{L}\p{N}_-])/giu;
// Hedges after these words belong to a reason or a contingency ("if X fails we could ..."), not to the decision.
const NOT_THE_DECISION = /\b(?:if|unless|in case|because|since|whether|so that|otherwise|whereas|although|though|when)\b/i;
// "should" and "could" after a thing state a norm or a possibility ("Index files should re-export"); after
// "we" they hedge the choice itself ("we should use", "we could adopt").
const MODAL_SUBJECT = /\b(?:we|i|the team|you|us)\s+(?:\w+ly\s+)?$/i;
const NEGATED_BEFORE = /(?:\bnot|\bnever|\bno)\s+$/i;
const INABILITY_AFTER = /^(?:\s+not\b|n['’]t\b|\s+never\b)/i;

function pointAt(source: string, offset: number): Point {
  let line = 1, lineStart = 0;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Where the n-th occurrence of a word in a node's value sits in its source, when escapes make them differ. */
function sameOccurrence(value: string, raw: string, index: number, word: string): number {
  const re = new RegExp(`\\b${word}\\b`, "gi");
  const nth = [...value.slice(0, index).matchAll(re)].length;
  const found = [...raw.matchAll(re)][nth];
  return found?.index ?? 0;
}

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = before.lastIndexOf("“") > before.lastIndexOf("”");
  return straight || curly;
}

/** Text nodes of the decision's own prose: no code, HTML, quotes, sub-headings, or the bullets after "because". */
function ownTextNodes(nodes: readonly RootContent[]): Text[] {
  const found: Text[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "text") found.push(node);
    else if (node.type === "blockquote" || node.type === "code" || node.type === "inlineCode" || node.type === "html") return;
    else if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const previous = nodes[i - 1];
    if (node.type === "list" && previous?.type === "paragraph" && /\b(?:because|since|as follows|reasons?)\s*[:,]?\s*$/i.test(paragraphText(previous))) continue;
    visit(node);
  }
  return found;
}

function paragraphText(node: Nodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(paragraphText).join("") : "";
}

const rule: DecisionRule = {
  meta: {
    id: "decision-assertive",
    type: "suggestion",
    description:
      "Hedged decision: might / maybe / probably / perhaps / possibly / TBD, and should / could after \"we\" (\"we should use\"), in the decision section's own text (not its sub-sections or the bullets after \"because\"), as words outside code, quotes, reasons and conditions, not negated. \"Index files should re-export\" states a norm and passes; so do upper-case RFC 2119 keywords. Applies to every status.",
    severity: "warn",
    url: ruleDocsUrl("decision-assertive"),
    messages: {
      hedged: "The decision hedges with \"{{word}}\": state what was decided (\"We will ...\"), and move open questions to a follow-up or a proposed ADR",
    },
    fixable: false,
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    scope: "decision",
  },
  check({ decision, report }) {
    const section = decision.sections.decision;
    if (!section) return;
    const source = String(decision.file.value);
    // Sub-headings (Positive Consequences, Confirmation) are about the decision, not the decision itself.
    const inSub = new Set<RootContent>(section.subsections.flatMap((s) => s.nodes));
    for (const node of ownTextNodes(section.nodes.filter((n) => !inSub.has(n)))) {
      const start = node.position?.start.offset;
      if (start === undefined) continue;
      const raw = source.slice(start, node.position?.end.offset);
      const exact = raw === node.value;
      for (const m of node.value.matchAll(HEDGE)) {
        const index = m.index ?? 0;
        const word = m[1];
        if (word === "SHOULD") continue;
        const sentenceStart = Math.max(node.value.lastIndexOf(". ", index), node.value.lastIndexOf("\n", index), -1) + 1;
        const lead = node.value.slice(sentenceStart, index);
        if (NOT_THE_DECISION.test(lead) || NEGATED_BEFORE.test(lead) || insideQuotes(node.value, index)) continue;
        if (/^could$/i.test(word) && INABILITY_AFTER.test(node.value.slice(index + word.length))) continue;
        if (/^(?:should|could)$/i.test(word) && !MODAL_SUBJECT.test(lead)) continue;
        const offset = start + (exact ? index : sameOccurrence(node.value, raw, index, word));
        report({ messageId: "hedged", data: { word: word.toLowerCase() === "tbd" ? "TBD" : word.toLowerCase() }, place: pointAt(source, offset) });
      }
    }
  },
};

export default rule;
