// Generated ADRs in every supported format, with CRLF/CR and BOM variants, for the data-safety property tests.
import fc from "fast-check";

export type GeneratedFormat = "adrkit" | "nygard" | "madr2" | "madr3" | "madr4" | "log4brains";

const word = fc.constantFrom("orders", "queue", "cache", "Postgres", "latency", "team", "cost", "risk", "Kafka", "retry", "**bold**", "`code`", "[doc](https://example.com)", "é", "🚀");
const sentence = fc.array(word, { minLength: 2, maxLength: 8 }).map((w) => w.join(" ") + ".");
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
const status = fc.constantFrom("proposed", "accepted", "Accepted", "rejected", "deprecated", "draft");

export interface GeneratedAdr {
  format: GeneratedFormat;
  number: number;
  text: string;
  eol: string;
  bom: boolean;
}

function render(format: GeneratedFormat, n: number, title: string, st: string, paras: string[]): string[] {
  const [context, decision, consequences] = paras;
  switch (format) {
    case "adrkit":
      return ["---", `status: ${st}`, "date: 2026-01-31", "deciders: [Ann, Bob]", "---", `# ${n}. ${title}`, "", "## Context", "", context, "", "## Decision", "", decision, "", "## Consequences", "", consequences];
    case "nygard":
      return [`# ${n}. ${title}`, "", "Date: 2026-01-31", "", "## Status", "", st, "", "## Context", "", context, "", "## Decision", "", decision, "", "## Consequences", "", consequences];
    case "madr2":
      return [`# ${title}`, "", `* Status: ${st}`, "* Deciders: Ann, Bob", "* Date: 2026-01-31", "", "## Context and Problem Statement", "", context, "", "## Considered Options", "", "* Option A", "* Option B", "", "## Decision Outcome", "", `Chosen option: "Option A", because ${decision}`];
    case "madr3":
      return ["---", `status: ${st}`, "date: 2026-01-31", "deciders: Ann, Bob", "---", `# ${title}`, "", "## Context and Problem Statement", "", context, "", "## Considered Options", "", "* Option A", "* Option B", "", "## Decision Outcome", "", `Chosen option: "Option A", because ${decision}`, "", "### Consequences", "", `* Good, because ${consequences}`];
    case "madr4":
      return ["---", `status: ${st}`, "date: 2026-01-31", "decision-makers: Ann, Bob", "---", "", `# ${title}`, "", "## Context and Problem Statement", "", context, "", "## Considered Options", "", "* Option A", "* Option B", "", "## Decision Outcome", "", `Chosen option: "Option A", because ${decision}`, "", "### Confirmation", "", consequences];
    case "log4brains":
      return [`# ${title}`, "", `- Status: ${st}`, "- Date: 2026-01-31", "- Tags: backend, data", "", "## Context and Problem Statement", "", context, "", "## Decision Outcome", "", `Chosen option: "Option A", because ${decision}`];
  }
}

export const adrArbitrary = (formats: readonly GeneratedFormat[] = ["adrkit", "nygard", "madr2", "madr3", "madr4", "log4brains"]) =>
  fc
    .record({
      format: fc.constantFrom(...formats),
      number: fc.integer({ min: 1, max: 60 }),
      title: fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" ").replace(/[`*[\]()]/g, "")),
      status,
      paras: fc.array(paragraph, { minLength: 3, maxLength: 3 }),
      eol: fc.constantFrom("\n", "\r\n"),
      bom: fc.boolean(),
      finalNewline: fc.boolean(),
    })
    .map(({ format, number, title, status: st, paras, eol, bom, finalNewline }): GeneratedAdr => {
      const text = render(format, number, title.trim() || "Untitled", st, paras).join(eol) + (finalNewline ? eol : "");
      return { format, number, text: (bom ? "\uFEFF" : "") + text, eol, bom };
    });

export const fileNameOf = (adr: GeneratedAdr) => `${String(adr.number).padStart(4, "0")}-generated.md`;
