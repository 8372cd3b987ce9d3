// Hostile ADR inputs, built at run time (never committed): shared by the hostile tests and tests/hostile/measure.mjs.
import { Buffer } from "node:buffer";

/** A well-formed ADR that must keep loading beside every hostile file. */
export const GOOD_ADR = `---
status: accepted
date: 2026-01-31
---
# 1. Use PostgreSQL

## Context

We need a relational store for orders.

## Decision

We will use PostgreSQL because the team runs it already.

## Consequences

Backups need a new runbook.
`;

/** Code that would leave `marker` on disk if any engine evaluated it. */
export function payloads(marker) {
  const js = `require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned")`;
  const body = "\n# 2. Payload\n\nStatus: accepted\n";
  return {
    "---js": `---js\n${js}\n---${body}`,
    "---javascript": `---javascript\n{ status: (${js}, "accepted") }\n---${body}`,
    "---coffee": `---coffee\nrequire('fs').writeFileSync ${JSON.stringify(marker)}, 'pwned'\n---${body}`,
    "--- js": `--- js\n${js}\n---${body}`,
    "---jsx (unknown engine)": `---jsx\n${js}\n---${body}`,
    "---yaml with a JS tag": `---\nstatus: !!js/function 'function(){ ${js} }'\n---${body}`,
  };
}

const billionLaughs = () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
  }
  return `---\n${lines.join("\n")}\nstatus: accepted\n---\n# 3. Laughs\n`;
};

/** Realistic ADR prose repeated to `bytes` (for the size limit, not the parser's corner cases). */
function prose(bytes) {
  const unit = "## Option\n\nWe compare the options on cost, risk and the team's experience, and write down why.\n\n";
  return "# 4. Big\n\n" + unit.repeat(Math.ceil(bytes / unit.length));
}

/**
 * Each case: a file name, its content (string or Buffer), and `limits` to apply when the case is about
 * what the time or memory budget does rather than the size limit. `slow` marks parser-pathological inputs.
 */
export const CASES = [
  { id: "yaml-billion-laughs", name: "laughs.md", content: billionLaughs },
  { id: "blockquotes-20000", name: "quotes.md", content: () => `# 5. Quotes\n\n${">".repeat(20000)} deep\n`, slow: true },
  { id: "list-3000-levels", name: "lists.md", content: () => `# 6. Lists\n\n${"- ".repeat(3000)}deep\n`, slow: true },
  { id: "brackets-50000", name: "brackets.md", content: () => `# 7. Brackets\n\n${"[".repeat(50000)}\n`, slow: true },
  { id: "single-line-2mb", name: "line.md", content: () => "word ".repeat((2 * 1024 * 1024) / 5), slow: true },
  { id: "file-12mb", name: "huge.md", content: () => prose(12 * 1024 * 1024) },
  { id: "backticks-64k", name: "ticks.md", content: () => "`".repeat(64 * 1024), slow: true },
  { id: "backtick-lines-64k", name: "tick-lines.md", content: () => "`\n".repeat(32 * 1024), slow: true },
  { id: "star-a-64k", name: "stars.md", content: () => "*a".repeat(32 * 1024), slow: true },
  { id: "blank-lines-5mb", name: "blank.md", content: () => "\n".repeat(5 * 1024 * 1024), slow: true },
  { id: "blank-lines-5mb-limit-raised", name: "blank-raised.md", content: () => "\n".repeat(5 * 1024 * 1024), limits: { maxFileBytes: 8 * 1024 * 1024 }, slow: true },
  { id: "binary", name: "binary.md", content: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
  { id: "latin-1", name: "latin1.md", content: () => Buffer.from("# 8. Caf\u00e9 choice\n\nStatus: accepted\n\nWe chose the caf\u00e9.\n", "latin1") },
  { id: "nul-bytes-valid-utf8", name: "nul.md", content: () => "# 9. Nul\n\n\u0000\u0000\n" },
  { id: "empty", name: "empty.md", content: () => "" },
  { id: "only-front-matter", name: "only-fm.md", content: () => "---\nstatus: accepted\ndate: 2026-01-02\n---\n" },
  { id: "unterminated-front-matter", name: "open-fm.md", content: () => "---\nstatus: accepted\n# 10. Never closed\n\n## Context\n\nText.\n" },
  { id: "duplicate-yaml-keys", name: "dupe.md", content: () => "---\nstatus: accepted\nstatus: rejected\n---\n# 11. Dupe\n" },
  { id: "wrong-types", name: "types.md", content: () => "---\nstatus: [accepted, rejected]\ndate: 20260131\ntags: { a: 1 }\n---\n# 12. Types\n" },
];

export function contentOf(testCase) {
  const value = testCase.content();
  return typeof value === "string" ? Buffer.from(value, "utf8") : value;
}
