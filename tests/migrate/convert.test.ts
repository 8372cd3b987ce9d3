// Converting single ADRs: what moves into front matter, what stays word for word, and where each section lands.
import { describe, it, expect, beforeAll } from "vitest";
import { adrkitPrompts, convertDecision, type SectionPrompts } from "../../src/migrate/index.js";
import { parseDecision } from "../../src/parse/index.js";

let prompts: SectionPrompts;
beforeAll(async () => {
  prompts = await adrkitPrompts();
});

function migrate(text: string, path = "0007-use-x.md"): string {
  return convertDecision(parseDecision(text, path), prompts);
}

describe("convertDecision", () => {
  it("moves a Nygard status and date into front matter and keeps the status section's other words", () => {
    const out = migrate([
      "# 7. Use X", "", "Date: 2021-04-09", "", "## Status", "", "Accepted", "",
      "Agreed at the architecture forum on 9 April, pending the security review.", "",
      "## Context", "", "We need X.", "", "## Decision", "", "We will use X.", "",
    ].join("\n"));
    expect(out.startsWith("---\nstatus: accepted\ndate: 2021-04-09\n---\n\n# 7. Use X\n\n## Context\n\nWe need X.\n")).toBe(true);
    expect(out).not.toContain("Date: 2021-04-09");
    expect(out).toContain("## Status\n\nAgreed at the architecture forum on 9 April, pending the security review.");
    expect(out).not.toMatch(/^Accepted$/m);
  });

  it("keeps a date it cannot read in the body rather than guessing", () => {
    const out = migrate("# 7. Use X\n\nDate: spring 2019\n\n## Status\n\nAccepted\n\n## Context\n\nWe need X.\n");
    expect(out).not.toMatch(/^date:/m);
    expect(out).toContain("\nDate: spring 2019\n");
  });

  it("turns MADR 2 bullets into front matter and keeps the technical story", () => {
    const out = migrate([
      "# Use X", "", "* Status: accepted", "* Deciders: Ana Lima, Bo Chen", "* Date: 2020-05-06", "",
      "Technical Story: [#42](https://example.com/42)", "", "## Context and Problem Statement", "", "We need X.", "",
      "## Decision Outcome", "", "Chosen option: \"X\", because it is small.", "",
      "### Positive Consequences <!-- optional -->", "", "* Fast", "", "### Negative Consequences <!-- optional -->", "", "* New", "",
    ].join("\n"), "0003-use-x.md");
    expect(out).toMatch(/^---\nstatus: accepted\ndate: 2020-05-06\ndecision-makers: \[Ana Lima, Bo Chen\]\n---\n\n# 3\. Use X\n\nTechnical Story: \[#42\]\(https:\/\/example\.com\/42\)\n/);
    expect(out).not.toContain("* Status:");
    // Both sides of the consequences keep their headings under the one canonical section.
    expect(out).toContain("## Consequences\n\n### Positive Consequences <!-- optional -->\n\n* Fast\n\n### Negative Consequences <!-- optional -->\n\n* New");
    expect(out).toContain("## Decision\n\nChosen option: \"X\", because it is small.");
  });

  it("adds each missing reasoning section with the template's prompt, in the format's order", () => {
    const out = migrate("# 1. Use X\n\n## Status\n\nProposed\n\n## Decision\n\nWe will use X.\n\n## Context\n\nWe need X.\n");
    const headings = [...out.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["Context", "Options considered", "Decision", "Trade-offs", "Assumptions", "Failure modes", "Reversibility", "Consequences"]);
    expect(out).toMatch(/## Trade-offs\n\n<!-- .+ -->/);
    const decision = parseDecision(out, "0001-use-x.md");
    expect(decision.format).toBe("adrkit");
    expect(decision.sections.tradeoffs?.text).toBe("");
  });

  it("re-levels headings of a file that uses H1 for its sections", () => {
    const out = migrate("# Use X\n\n# Context\n\nWe need X.\n\n## Load\n\nHigh.\n\n# Decision\n\nWe will use X.\n", "0002-use-x.md");
    expect(out).toContain("## Context\n\nWe need X.\n\n### Load\n\nHigh.");
    expect(parseDecision(out, "0002-use-x.md").sections.context?.text).toContain("High.");
  });

  it("keeps front matter keys adrkit does not define and renames deciders", () => {
    const out = migrate("---\nstatus: accepted\ndeciders: [Ana]\nnav_order: 3\nparent: Decisions\n---\n\n# Use X\n\n## Context and Problem Statement\n\nWe need X.\n", "0004-use-x.md");
    expect(out).toMatch(/^---\nstatus: accepted\ndecision-makers: \[Ana\]\nnav_order: 3\nparent: Decisions\n---\n/);
  });

  it("keeps other sections under their own headings after the canonical ones", () => {
    const out = migrate("# 5. Use X\n\n## Status\n\nAccepted\n\n## Notes\n\nSee the wiki.\n\n## Context\n\nWe need X.\n");
    expect(out.indexOf("## Notes\n\nSee the wiki.")).toBeGreaterThan(out.indexOf("## Consequences"));
  });

  it("writes CRLF when the file used CRLF, with no lone line feed", () => {
    const out = migrate("# 7. Use X\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n\r\nWe need X.\r\nIt is late.\r\n");
    expect(out).toContain("We need X.\r\nIt is late.\r\n");
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("gives a converted file nothing more to change: it parses as adrkit", () => {
    const once = migrate("# 9. Use X\n\nDate: 2022-01-02\n\n## Status\n\nSuperseded by [10. Use Y](0010-use-y.md)\n\n## Context\n\nWe need X.\n", "0009-use-x.md");
    const decision = parseDecision(once, "0009-use-x.md");
    expect(decision.format).toBe("adrkit");
    expect(decision.status.value).toBe("superseded");
    expect(decision.links.map((l) => [l.relation, l.number])).toEqual([["superseded-by", 10]]);
  });
});
