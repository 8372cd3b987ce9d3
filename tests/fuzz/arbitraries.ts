// fast-check generators for ADR-shaped text: front matter in valid and broken YAML, every format's headings, hostile lines.
import fc from "fast-check";

const KEYS = ["status", "date", "title", "tags", "deciders", "decision-makers", "consulted", "informed", "supersedes", "superseded-by", "amends", "relates-to", "review-by", "number", "id", "x-custom"];

const SCALARS = [
  "accepted", "Accepted", "proposed", "superseded by [ADR-2](0002-b.md)", "rejected", "deprecated", "✅ Accepted", "draft",
  "2026-01-31", "31/01/2026", "2026-13-45", "20260131", "~", "null", "yes", "0x1F", "1e999", "'quoted'", '"dq"', "a: b",
  "&anchor x", "*alias", "!!binary aGk=", "!!js/function 'function(){}'", "!!python/object:os.system", "[a, b", "{a: 1}", "[1, 2, 3]",
  "<script>alert(1)</script>", "javascript:alert(1)", "|", ">", "- item", "@at", "`tick`", "%TAG", "---", "...",
];

const HEADINGS = [
  "# 1. Use PostgreSQL", "# ADR-0002: Title", "# Title", "## Status", "## Context", "## Context and Problem Statement", "## Decision Drivers",
  "## Considered Options", "## Decision Outcome", "## Decision", "### Positive Consequences", "### Negative Consequences", "## Consequences",
  "## Pros and Cons of the Options", "### Option 1", "## Assumptions", "## Failure Modes", "## Reversibility", "## Links", "## Validation",
  "### Confirmation", "## Trade-offs", "## More Information", "##", "#", "######## too deep",
];

const LINES = [
  "* Status: accepted", "* Deciders: Ann, Bob", "* Date: 2026-01-02", "- Status: proposed", "Date: 2026-02-03", "Accepted",
  "Supersedes [2. Use MySQL](0002-use-mysql.md)", "Superseded by [3. Use SQLite](0003-use-sqlite.md)", "Amends [ADR 4](0004-x.md)",
  'Chosen option: "Option 1", because it is cheaper.', "* Good, because fast", "* Bad, because new", "We assume traffic stays under 1k rps (check by 2026-06-01).",
  "If the broker fails, orders queue locally.", "This is a one-way door.", "> quoted", "```js", "```", "    indented code", "| a | b |", "|---|---|",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "<!-- optional -->", "***", "- [ ] task",
  "[^1]: note", "www.example.com", "&amp; &#0; &#x110000;", "\u0000", "\uFEFF", "\u202Eevil", "🦄 emoji", "",
];

export const lineEnding = fc.constantFrom("\n", "\r\n", "\r");

const frontMatterLine = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...SCALARS), fc.string({ maxLength: 12 }))).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(fc.constantFrom(...KEYS), fc.array(fc.constantFrom(...SCALARS), { maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v}`).join("\n")}`),
  fc.string({ maxLength: 20 }),
);

const bodyLine = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...LINES) }, { weight: 2, arbitrary: fc.constantFrom(...HEADINGS) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });

const opening = fc.constantFrom("---", "---yaml", "---js", "--- ", "---coffee", "+++", "");

/** One ADR-shaped document, with optional BOM, front matter (sometimes unterminated) and any line endings. */
export const adrText = fc
  .record({
    bom: fc.boolean(),
    open: opening,
    meta: fc.array(frontMatterLine, { maxLength: 6 }),
    close: fc.constantFrom("---", "...", ""),
    body: fc.array(bodyLine, { maxLength: 24 }),
    eol: lineEnding,
  })
  .map(({ bom, open, meta, close, body, eol }) => {
    const lines = open ? [open, ...meta, ...(close ? [close] : []), ...body] : body;
    return (bom ? "\uFEFF" : "") + lines.join("\n").replace(/\n/g, eol);
  });

/** Any text at all, from short strings of any code points to ADR-shaped documents. */
export const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 }), adrText);
