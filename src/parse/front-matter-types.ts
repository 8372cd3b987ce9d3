// Checks that known front matter keys hold values of the right type, with the line of the offending key.
import type { FrontMatter } from "./front-matter.js";
import { valueRange } from "./front-matter.js";

export interface TypeProblem {
  reason: string;
  offset: number;
}

type Expect = "text" | "names" | "date" | "numbers";

const KNOWN: Record<string, Expect> = {
  title: "text", status: "text", date: "date", "review-by": "date",
  deciders: "names", "decision-makers": "names", consulted: "names", informed: "names", tags: "names",
  supersedes: "numbers", "superseded-by": "numbers", amends: "numbers", "amended-by": "numbers", "relates-to": "numbers",
};

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "a mapping" : `a ${typeof value}`;
}

export function checkFrontMatterTypes(block: FrontMatter): TypeProblem[] {
  const problems: TypeProblem[] = [];
  for (const [key, expect] of Object.entries(KNOWN)) {
    if (!(key in block.data)) continue;
    const value = block.data[key];
    if (value === null || value === undefined) continue;
    const ok =
      expect === "text" ? typeof value === "string" :
      expect === "date" ? typeof value === "string" || value instanceof Date :
      expect === "names" ? typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) :
      typeof value === "number" || typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "number" || typeof v === "string"));
    if (ok) continue;
    const wanted =
      expect === "text" ? "text (e.g. 'accepted')" :
      expect === "date" ? "a date written as text (e.g. '2026-01-31')" :
      expect === "names" ? "a list of names or a comma-separated text" :
      "an ADR number or a list of numbers";
    const range = valueRange(block, key);
    problems.push({ reason: `Front matter '${key}' should be ${wanted}, found ${describe(value)}`, offset: range ? range.keyStart : block.yamlStart });
  }
  return problems;
}
