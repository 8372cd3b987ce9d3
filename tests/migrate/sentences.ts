// Sentence sets for "no sentence of the original was lost": the prose a reader sees, normalized.
import type { Nodes, RootContent } from "mdast";
import type { Decision } from "../../src/model/index.js";
import { splitBlocks } from "../../src/migrate/blocks.js";
import { nodeText } from "../../src/parse/text.js";

/** Lowercase words and digits only: markup, punctuation and spacing differences do not count. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function prose(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((n) => (n.type === "heading" ? [] : [nodeText(n as Nodes)]));
}

const METADATA_LINE = /^\s*(status|date|deciders|decision[- ]makers|consulted|informed|tags|last updated|review[- ](?:by|date))\s*[:：]/i;

/**
 * The sentences of an ADR body, leaving out headings (they are renamed) and the metadata that moves into front
 * matter: `Key: value` lines of known fields and the body of a `## Status`/`## Date` section.
 */
export function bodySentences(decision: Decision): string[] {
  const text = String(decision.file.value);
  const { preamble, blocks } = splitBlocks(decision.tree, text);
  const start = decision.frontMatter?.bodyStart ?? 0;
  const texts = [
    ...prose(preamble.filter((n) => (n.position?.start.offset ?? 0) >= start)),
    ...blocks.flatMap((b) => (b.metadata && b.metadata !== "story" ? [] : prose(b.nodes))),
  ];
  return texts
    .flatMap((t) => t.split(/\n/))
    .filter((line) => !METADATA_LINE.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map(normalize)
    .filter((s) => s.length > 0);
}

/** Sentences of the original that cannot be found in the migrated decision's text (front matter included). */
export function lostSentences(before: Decision, after: Decision): string[] {
  const text = String(after.file.value);
  const frontMatter = after.frontMatter ? text.slice(0, after.frontMatter.bodyStart) : "";
  const haystack = normalize(`${frontMatter}\n${nodeText(after.tree)}`);
  return bodySentences(before).filter((s) => !haystack.includes(s));
}
