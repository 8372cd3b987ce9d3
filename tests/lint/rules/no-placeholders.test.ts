// no-placeholders: template text left in, across adr-tools, MADR 2/3 and adrkit templates.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/no-placeholders.js";
import { fixture, good, goodInEveryFormat, reportsOf } from "./rule-runs.js";

const fx = (name: string) => fixture("no-placeholders", name);

ruleTester(rule, {
  valid: [
    ...goodInEveryFormat(),
    { name: "markers and braces in code, citations in brackets", code: fx("clean.md") },
    { name: "lowercase todo as an ordinary word", code: good("nygard").replace("We will publish", "A todo list app will publish") },
    { name: "a heading that keeps the template's label but names the option", code: good("madr3").replace("* Cypress\n", "* Cypress\n\n### [option 1] - Playwright\n\nRuns headless in CI.\n") },
    { name: "a section with prose and a leftover comment", code: good("adrkit").replace("## Consequences\n", "## Consequences\n\n<!-- Name what gets harder. -->\n") },
  ],
  invalid: [
    {
      name: "adr-tools template sentences",
      code: fx("adr-tools-template.md"),
      errors: [
        { messageId: "templateSentence", line: 11, column: 1 },
        { messageId: "templateSentence", line: 15, column: 1 },
        { messageId: "templateSentence", line: 19, column: 1 },
      ],
    },
    {
      name: "MADR 3 curly placeholders in front matter and body",
      code: fx("madr3-template.md"),
      errors: [
        { messageId: "frontMatter", line: 3, column: 7, data: { key: "date", text: "{YYYY-MM-DD when the decision was last updated}" } },
        { messageId: "placeholder", line: 14, column: 3, data: { text: "{title of option 2}" } },
      ],
    },
    {
      name: "MADR 2 bracket placeholders",
      code: fx("madr2-template.md"),
      errors: [
        { messageId: "placeholder", line: 3, column: 11 },
        { messageId: "placeholder", line: 12, column: 3, data: { text: "[option 1]" } },
        { messageId: "placeholder", line: 17, column: 36 },
      ],
    },
    {
      name: "adrkit prompt left alone in a section, and a TODO",
      code: fx("adrkit-prompts.md"),
      errors: [
        { messageId: "marker", line: 18, column: 30, data: { word: "TODO" } },
        { messageId: "promptOnly", line: 12, column: 1, data: { section: "Failure modes" } },
      ],
    },
    { name: "TBD in a Nygard decision", code: good("nygard").replace("We will publish", "TBD: we will publish"), errors: [{ messageId: "marker", line: 16, column: 1, data: { word: "TBD" } }] },
    { name: "MADR title placeholder", code: good("madr3").replace("# Use Playwright for end-to-end tests", "# {short title of solved problem and solution}"), errors: [{ messageId: "placeholder", line: 6, column: 3 }] },
  ],
});

describe("no-placeholders on adrkit's own template", () => {
  const template = readFileSync(new URL("../../../templates/adrkit.md", import.meta.url), "utf8")
    .replace("{{status}}", "proposed").replace("{{date}}", "2026-11-25").replace(/\{\{[^}]+\|yaml\}\}/g, "[]")
    .replace("{{reviewBy}}", "2027-05-25").replace("{{number}}", "12").replace("{{title}}", "Use a message queue");

  it("reports every section that still holds only its prompt, at its heading", () => {
    const reports = reportsOf(rule, { "docs/adr/0012-use-a-message-queue.md": template });
    const headings = [...template.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(reports.map((r) => r.messageId)).toEqual(headings.map(() => "promptOnly"));
    expect(reports.map((r) => r.data?.section)).toEqual(headings);
  });

  it("is silent once a section is answered, even with its prompt left above the answer", () => {
    const answered = template.replace(/(## Context\n\n<!--[^\n]*-->\n)/, "$1\nOrders time out at peak because payment calls block the request thread for 4 seconds.\n");
    const sections = reportsOf(rule, { "a.md": answered }).map((r) => r.data?.section);
    expect(sections).not.toContain("Context");
    expect(sections).toContain("Decision");
  });
});
