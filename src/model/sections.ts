// The one table that maps every format's headings onto canonical sections.

export type SectionId =
  | "context" | "drivers" | "options" | "decision" | "tradeoffs"
  | "assumptions" | "failureModes" | "reversibility" | "consequences"
  | "confirmation" | "links" | "summary";

export const SECTION_IDS: readonly SectionId[] = [
  "summary", "context", "drivers", "options", "decision", "tradeoffs",
  "assumptions", "failureModes", "reversibility", "consequences", "confirmation", "links",
];

/**
 * Heading aliases, already in the normalized form `headingKey` produces.
 * Sources: adr-tools (Nygard), MADR 2/3/4, log4brains, adrkit's own template, and headings seen in real logs.
 */
export const SECTION_ALIASES: Readonly<Record<SectionId, readonly string[]>> = {
  summary: ["summary", "tl dr", "tldr", "overview", "executive summary", "in short"],
  context: [
    "context", "context and problem statement", "problem statement", "problem", "background",
    "context and problem", "the problem", "issue", "motivation", "situation", "forces", "problem and context",
    "problem description", "context and background", "current situation",
  ],
  drivers: ["decision drivers", "drivers", "requirements", "constraints", "decision criteria", "criteria"],
  options: [
    "considered options", "options considered", "options", "alternatives", "alternatives considered",
    "considered alternatives", "pros and cons of the options", "pros and cons of the alternatives",
    "other options", "other options considered", "possible solutions", "solutions considered",
    "options and pros and cons", "rejected options", "rejected alternatives",
  ],
  decision: [
    "decision", "decision outcome", "the decision", "outcome", "chosen option", "resolution",
    "proposed decision", "proposal", "our decision", "decision and rationale",
  ],
  tradeoffs: ["trade offs", "tradeoffs", "trade off", "tradeoff", "trade offs and costs", "what we give up", "costs and benefits"],
  assumptions: ["assumptions", "key assumptions", "assumptions and validation", "assumptions we make"],
  failureModes: [
    "failure modes", "failure mode", "risks", "risks and mitigations", "risk", "risks and mitigation",
    "what could go wrong", "failure scenarios", "known risks",
  ],
  reversibility: ["reversibility", "reversal", "rollback", "rollback plan", "how to reverse", "undoing this decision", "exit strategy"],
  consequences: [
    "consequences", "positive consequences", "negative consequences", "positive", "negative", "implications",
    "consequences positive", "consequences negative", "good consequences", "bad consequences", "impact",
    "pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks", "outcomes", "results",
  ],
  confirmation: ["confirmation", "validation", "verification", "how we will know", "compliance", "fitness functions"],
  links: ["links", "related decisions", "references", "related", "see also", "more information", "related adrs", "further reading"],
};

const INDEX: ReadonlyMap<string, SectionId> = new Map(
  (Object.entries(SECTION_ALIASES) as [SectionId, readonly string[]][]).flatMap(([id, aliases]) =>
    aliases.map((alias) => [alias, id] as [string, SectionId]),
  ),
);

/** Headings that hold metadata rather than reasoning (Nygard's `## Status`, log4brains' `## Date`). */
const METADATA_HEADINGS: ReadonlyMap<string, string> = new Map([
  ["status", "status"], ["date", "date"], ["deciders", "deciders"], ["decision makers", "deciders"],
  ["tags", "tags"], ["technical story", "story"],
]);

/**
 * Normalizes heading text for lookup: case, numbering ("2. Context", "2) Context", "ADR 2:"),
 * emoji and punctuation, "(optional)", no-break and zero-width spaces.
 */
export function headingKey(text: string): string {
  // The same few dozen headings recur in every file of a log, and each is looked up by several readers.
  let key = headingKeys.get(text);
  if (key === undefined) {
    if (headingKeys.size >= 4096) headingKeys.clear();
    headingKeys.set(text, (key = foldHeading(text)));
  }
  return key;
}

const headingKeys = new Map<string, string>();

function foldHeading(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .toLowerCase()
    .replace(/\(optional\)|\[optional\]|optional:/g, " ")
    .replace(/^\s*(?:section\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.):]\s+/, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^\d+\s+/, "")
    .trim();
}

/** The canonical section a heading stands for, or null. */
export function sectionForHeading(text: string): SectionId | null {
  const key = headingKey(text);
  return INDEX.get(key) ?? null;
}

/** The metadata field a heading holds (Nygard's `## Status`), or null. */
export function metadataHeading(text: string): string | null {
  return METADATA_HEADINGS.get(headingKey(text)) ?? null;
}

/** True when the heading text names the negative side ("Negative Consequences", "Cons", "Bad"). */
export function isNegativeHeading(text: string): boolean {
  return /\b(negative|bad|cons|disadvantages?|drawbacks?|downsides?|costs?|risks?)\b/.test(headingKey(text));
}

/** True when the heading text names the positive side. */
export function isPositiveHeading(text: string): boolean {
  return /\b(positive|good|pros|advantages?|benefits?|upsides?)\b/.test(headingKey(text));
}
