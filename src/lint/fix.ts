// Applies rule fixes as text patches: sorted, never overlapping, so every byte a fix does not name stays as written.
import type { LintMessage } from "./engine.js";
import type { Fix } from "./types.js";

export interface FixOutcome {
  output: string;
  /** Messages whose fixes were all applied. */
  applied: LintMessage[];
  /** Messages whose fixes overlapped an earlier one; a later pass may apply them. */
  skipped: LintMessage[];
}

/** Applies the fixes of `messages` to `text`. A message's patches go in together or not at all. */
export function applyFixes(text: string, messages: readonly LintMessage[]): FixOutcome {
  const candidates = messages
    .filter((m) => m.fix && m.fix.length > 0)
    .map((message) => ({ message, patches: [...message.fix!].sort((a, b) => a.start - b.start || a.end - b.end) }))
    .filter(({ patches }) => patches.every((p) => validPatch(p, text.length)))
    .sort((a, b) => a.patches[0].start - b.patches[0].start);
  const taken: Fix[] = [];
  const applied: LintMessage[] = [];
  const skipped: LintMessage[] = [];
  for (const candidate of candidates) {
    const own = candidate.patches;
    const clash = own.some((p, i) => (i > 0 && overlaps(own[i - 1], p)) || taken.some((t) => overlaps(t, p)));
    if (clash) {
      skipped.push(candidate.message);
      continue;
    }
    taken.push(...own);
    applied.push(candidate.message);
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let at = 0;
  for (const patch of taken) {
    output += text.slice(at, patch.start) + patch.text;
    at = patch.end;
  }
  output += text.slice(at);
  return { output, applied, skipped };
}

function validPatch(patch: Fix, length: number): boolean {
  return Number.isInteger(patch.start) && Number.isInteger(patch.end) && patch.start >= 0 && patch.start <= patch.end && patch.end <= length;
}

/** Two patches clash when their ranges share a character, or both insert at one point (order would be a guess). */
function overlaps(a: Fix, b: Fix): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}
