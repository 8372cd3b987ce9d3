// Reads the reasoning (options, chosen option, assumptions, failure modes, reversibility) out of sections.
// Placeholder: the full extractor lands from the rules-reasoning branch.
import type { Root } from "mdast";
import type { Decision, Format, Reasoning, Section } from "../model/index.js";

export interface ReasoningInput {
  sections: Decision["sections"];
  otherSections: Section[];
  tree: Root;
  format: Format;
}

export function extractReasoning(input: ReasoningInput): Reasoning {
  void input;
  return { options: [], chosen: [], assumptions: [], failureModes: [], reversibility: null };
}
