// Several logs linted in one run stay separate logs; a garbage file gets one message, not one per rule.
import { describe, it, expect } from "vitest";
import { adrkit, project } from "./lint-helpers.js";

const nygard = (n: number, title: string) =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a place for ${title.toLowerCase()} that the whole team can find.\n\n## Decision\n\nWe will do it.\n\n## Consequences\n\nNone.\n`;

describe("adrkit lint over several logs", () => {
  it("compares numbers within each directory given, not across them", async () => {
    const cwd = await project({
      "team-a/0001-one.md": nygard(1, "One"),
      "team-a/0002-two.md": nygard(2, "Two"),
      "team-b/0001-uno.md": nygard(1, "Uno"),
      "team-b/0001-dos.md": nygard(1, "Dos"),
    });
    const run = adrkit(cwd, ["lint", "team-a", "team-b", "--format", "json"]);
    expect(run.code).toBe(1);
    const duplicates = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>)
      .filter((r) => r.messages.some((m) => m.ruleId === "number-unique"))
      .map((r) => r.filePath.slice(cwd.length + 1))
      .sort();
    expect(duplicates).toEqual(["team-b/0001-dos.md", "team-b/0001-uno.md"]);
  });

  it("reports refused front matter as the file's only message", async () => {
    const cwd = await project({ "docs/adr/0001-x.md": "---js\nmodule.exports = {}\n---\n# 1. X\n" });
    const run = adrkit(cwd, ["lint", "docs/adr", "--format", "json"]);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([["parse/front-matter-language", 1]]);
  });
});

describe("adrkit lint on named files", () => {
  it("checks their links against the rest of their log, and reports only the named files", async () => {
    const cwd = await project({
      "docs/adr/0001-one.md": nygard(1, "One"),
      "docs/adr/0002-two.md": nygard(2, "Two").replace("Accepted", "Accepted\n\nAmends [1. One](0001-one.md)"),
      "docs/adr/0003-three.md": nygard(3, "Three").replace("Accepted", "Accepted\n\nAmends [9. Nine](0009-nine.md)"),
    });
    const run = adrkit(cwd, ["lint", "docs/adr/0002-two.md", "docs/adr/0003-three.md", "--format", "json"]);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((r) => r.filePath.slice(cwd.length + 1)).sort()).toEqual(["docs/adr/0002-two.md", "docs/adr/0003-three.md"]);
    const broken = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages.filter((m) => m.ruleId === "links-resolve").length;
    expect(broken("0002-two.md")).toBe(0);
    expect(broken("0003-three.md")).toBe(1);
  });
});
