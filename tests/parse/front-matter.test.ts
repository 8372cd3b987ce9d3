// Front matter is YAML only, bounded, and every problem names its line in the file.
import { describe, it, expect } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDecision } from "../../src/parse/index.js";

function problems(text: string) {
  return parseDecision(text, "docs/adr/0001-x.md").file.messages.map((m) => ({ line: m.line, fatal: m.fatal, ruleId: m.ruleId, reason: m.reason }));
}

describe("front matter", () => {
  it.each(["---js", "---javascript", "---coffee", "--- js", "---ruby"])("refuses %s front matter and never evaluates it", (opening) => {
    const dir = mkdtempSync(join(tmpdir(), "adrkit-fm-"));
    const marker = join(dir, "pwned");
    try {
      const payload = `${opening}\n{ status: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "accepted") }\n---\n# 1. Title\n\n## Context\n\nText.\n`;
      const d = parseDecision(payload, "docs/adr/0001-x.md");
      expect(existsSync(marker)).toBe(false);
      const [message] = d.file.messages;
      expect(message.fatal).toBe(true);
      expect(message.line).toBe(1);
      expect(message.reason).toMatch(/YAML front matter only/);
      expect(d.meta).toEqual({});
      // The body after the refused block is still read.
      expect(d.title).toBe("Title");
      expect(d.sections.context?.text).toBe("Text.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports unterminated front matter instead of swallowing the body", () => {
    const d = parseDecision("---\nstatus: accepted\n\n# 1. Title\n\n## Context\n\nText.\n", "x.md");
    expect(d.file.messages.map((m) => [m.line, m.fatal, m.ruleId])).toEqual([[1, true, "parse/front-matter-unterminated"]]);
    expect(d.title).toBe("Title");
  });

  it("reads '---' followed by a blank line as a horizontal rule and says so", () => {
    const d = parseDecision("---\n\n# 1. Title\n\nSome text\n\n---\n\nMore\n", "x.md");
    expect(d.title).toBe("Title");
    expect(problems("---\n\n# 1. Title\n\nSome text\n\n---\n\nMore\n")).toEqual([
      expect.objectContaining({ line: 1, fatal: false, ruleId: "parse/front-matter-ambiguous" }),
    ]);
  });

  it("warns about CR-only line endings but reads the file", () => {
    const d = parseDecision("---\rstatus: accepted\r---\r# 1. Title\r\r## Context\r\rText.\r", "x.md");
    expect(d.status.value).toBe("accepted");
    expect(d.title).toBe("Title");
    expect(d.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["parse/line-endings", false]]);
  });

  it("reports duplicate keys with the line of the duplicate", () => {
    expect(problems("---\nstatus: accepted\ndate: 2020-01-01\nstatus: rejected\n---\n# T\n")).toEqual([
      expect.objectContaining({ line: 4, fatal: true, ruleId: "parse/front-matter", reason: expect.stringMatching(/unique/) }),
    ]);
  });

  it.each([
    ["status: [accepted, rejected]", 2, /'status' should be text.*found a list/],
    ["date: 20200101", 2, /'date' should be a date.*found a number/],
    ["tags:\n  a: 1", 2, /'tags' should be a list of names.*found a mapping/],
  ])("reports a value of the wrong type (%s) on its line", (yaml, line, reason) => {
    expect(problems(`---\ntitle: x\n${yaml}\n---\n# T\n`)).toEqual([expect.objectContaining({ line: line + 1, fatal: true, reason: expect.stringMatching(reason) })]);
  });

  it("stops a YAML alias bomb at the alias limit", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const started = Date.now();
    const found = problems(`---\n${lines.join("\n")}\nstatus: accepted\n---\n# T\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(found).toEqual([expect.objectContaining({ fatal: true, reason: expect.stringMatching(/too many YAML aliases.*maxYamlAliases/) })]);
  });

  it("bounds nesting depth and size, each with the config key to raise it", () => {
    const deep = `---\nstatus: accepted\nx: ${"[".repeat(40)}${"]".repeat(40)}\n---\n# T\n`;
    expect(problems(deep)).toEqual([expect.objectContaining({ fatal: true, reason: expect.stringMatching(/maxFrontMatterDepth/) })]);
    const big = `---\nstatus: accepted\nnote: "${"x".repeat(70_000)}"\n---\n# T\n`;
    expect(problems(big)).toEqual([expect.objectContaining({ fatal: true, reason: expect.stringMatching(/maxFrontMatterBytes/) })]);
  });

  it("gives one message for an empty file and for a file of only front matter", () => {
    expect(problems("")).toEqual([expect.objectContaining({ ruleId: "parse/empty", fatal: true })]);
    expect(problems("  \n\n")).toEqual([expect.objectContaining({ ruleId: "parse/empty" })]);
    expect(problems("---\nstatus: accepted\n---\n")).toEqual([expect.objectContaining({ ruleId: "parse/empty", line: 4 })]);
  });

  it("refuses binary content with one message", () => {
    expect(problems("PNG\u0000\u0001\u0002")).toEqual([expect.objectContaining({ ruleId: "parse/encoding", fatal: true })]);
  });
});
