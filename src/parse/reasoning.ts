// Reads the reasoning (options, chosen option, assumptions, failure modes, reversibility) out of sections.
import type { Reasoning } from "../model/index.js";
import type { ReasoningInput } from "./reasoning-text.js";
import { extractOptions } from "./reasoning-options.js";
import { extractAssumptions, extractFailureModes, extractReversibility } from "./reasoning-prose.js";

export type { ReasoningInput } from "./reasoning-text.js";
export { matchOption } from "./reasoning-options.js";

/**
 * One reading for every format: adrkit's labelled lists, MADR's option sections and "Chosen option" line,
 * and, where a format has no section for it (Nygard), the prose of the other sections.
 */
export function extractReasoning(input: ReasoningInput, which: "all" | "reversibility" = "all"): Reasoning {
  if (which === "reversibility") return { options: [], chosen: [], assumptions: [], failureModes: [], reversibility: extractReversibility(input) };
  const { options, chosen } = extractOptions(input);
  return {
    options,
    chosen,
    assumptions: extractAssumptions(input),
    failureModes: extractFailureModes(input),
    reversibility: extractReversibility(input),
  };
}
