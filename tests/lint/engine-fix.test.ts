import { describe, it, expect } from "vitest";
import { VFileMessage } from "vfile-message";
import { applyFixes } from "../../src/lint/fix.js";
import { unifiedDiff } from "../../src/lint/diff.js";
import type { LintMessage } from "../../src/lint/engine.js";
import type { Fix } from "../../src/lint/types.js";

const withFix = (...fix: Fix[]): LintMessage => Object.assign(new VFileMessage("x"), { fix });

describe("applyFixes", () => {
  it("applies non-overlapping patches and keeps every other byte, CRLF included", () => {
    const text = "Status: accepted\r\nDate: 5 January 2024\r\n";
    const out = applyFixes(text, [withFix({ start: 8, end: 16, text: "Accepted" }), withFix({ start: 24, end: 38, text: "2024-01-05" })]);
    expect(out.output).toBe("Status: Accepted\r\nDate: 2024-01-05\r\n");
    expect(out.applied).toHaveLength(2);
  });

  it("skips a fix that overlaps an earlier one, and applies a message's patches all or none", () => {
    const text = "abcdefghij";
    const first = withFix({ start: 2, end: 5, text: "X" });
    const clash = withFix({ start: 4, end: 6, text: "Y" });
    const pair = withFix({ start: 0, end: 1, text: "A" }, { start: 3, end: 4, text: "D" });
    const out = applyFixes(text, [first, clash, pair]);
    // The pair starts first and wins; `first` overlaps its second patch; `clash` no longer overlaps anything taken.
    expect(out.output).toBe("AbcDYghij");
    expect(out.applied).toEqual([pair, clash]);
    expect(out.skipped).toEqual([first]);
  });

  it("treats two insertions at one point as a clash (their order would be a guess) and refuses patches out of range", () => {
    const out = applyFixes("ab", [withFix({ start: 1, end: 1, text: "x" }), withFix({ start: 1, end: 1, text: "y" }), withFix({ start: 1, end: 9, text: "z" })]);
    expect(out.output).toBe("axb");
    expect(out.applied).toHaveLength(1);
  });
});

describe("unifiedDiff", () => {
  it("prints hunks with three lines of context, like diff -u", () => {
    const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", ""].join("\n");
    const after = before.replace("5\n", "five\n");
    expect(unifiedDiff("docs/adr/1.md", before, after)).toBe(
      ["--- a/docs/adr/1.md", "+++ b/docs/adr/1.md", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8", ""].join("\n"),
    );
  });

  it("is empty for equal texts and marks a missing final newline", () => {
    expect(unifiedDiff("a.md", "x\n", "x\n")).toBe("");
    expect(unifiedDiff("a.md", "x", "y")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n");
  });

  it("splits far-apart changes into separate hunks", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `l${i + 1}`);
    const after = lines.map((l) => (l === "l2" || l === "l28" ? l.toUpperCase() : l));
    const diff = unifiedDiff("a.md", `${lines.join("\n")}\n`, `${after.join("\n")}\n`);
    expect(diff.match(/^@@.*$/gm)).toEqual(["@@ -1,5 +1,5 @@", "@@ -25,6 +25,6 @@"]);
  });
});
