// Placeholder: the parser lands next.
import type { Decision } from "../model/index.js";
import type { ParseOptions } from "./limits.js";

export function parseDecision(text: string, path: string, options: ParseOptions = {}): Decision {
  void text; void path; void options;
  throw new Error("parseDecision is not implemented yet");
}
