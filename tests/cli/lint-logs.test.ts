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
