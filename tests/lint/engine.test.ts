import { describe, it, expect } from "vitest";
import { VFile } from "vfile";
import { lint, lintDecision, LintRuleError } from "../../src/lint/engine.js";
import { resolveLintConfig } from "../../src/lint/config.js";
import type { DecisionRule } from "../../src/lint/types.js";
import { ADR, decision, duplicateRule, rules, spyRule, titleRule, wordRule } from "./engine-helpers.js";

const postgres = wordRule("no-postgres", "Postgres");

describe("lint: messages", () => {
  it("turns reports into vfile messages with rule id, source, severity, place, url and the formatted text", () => {
    const config = resolveLintConfig({}, { rules: rules(postgres) });
    const [result] = lint([decision(ADR)], config);
    expect(result.filePath).toBe("docs/adr/0001-example.md");
    expect(result.messages.map((m) => [m.line, m.column, m.reason])).toEqual([
      [1, 10, "Found 'Postgres' in Use Postgres"],
      [15, 8, "Found 'Postgres' in Use Postgres"],
    ]);
    const [first] = result.messages;
    expect(first.ruleId).toBe("no-postgres");
    expect(first.source).toBe("adrkit");
    expect(first.fatal).toBe(false);
    expect(first.url).toBe("https://example.test/no-postgres");
    expect(first.place).toEqual({ start: { line: 1, column: 10 }, end: { line: 1, column: 18 } });
    expect(result.file.messages).toBe(result.messages);
    expect([result.errorCount, result.warningCount, result.fixableErrorCount, result.fixableWarningCount]).toEqual([0, 2, 0, 2]);
  });

  it("makes a rule set to error fatal", () => {
    const config = resolveLintConfig({ rules: { "no-postgres": "error" } }, { rules: rules(postgres) });
    const [result] = lint([decision(ADR)], config);
    expect(result.messages.every((m) => m.fatal === true)).toBe(true);
    expect(result.errorCount).toBe(2);
  });

  it("places a report without a place at the title, or at 1:1 when there is none", () => {
    const config = resolveLintConfig({}, { rules: rules(titleRule) });
    const [result] = lint([decision("Just prose, no heading.\n")], config);
    expect(result.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal])).toEqual([[1, 1, "has-title", true]]);
  });

  it("counts parse problems as errors, keeps parser warnings as warnings, and lists load failures", () => {
    const config = resolveLintConfig({}, { rules: rules(postgres) });
    const failed = new VFile({ path: "docs/adr/0009-binary.md" });
    failed.message("File is not valid UTF-8 text", { place: { line: 3, column: 1 }, ruleId: "parse/read", source: "adrkit" }).fatal = true;
    const results = lint(
      [decision("---js\nmodule.exports = {}\n---\n# 2. Code\n", "docs/adr/0002-code.md"), decision("---\n\nJust a rule.\n\n---\n# 3. X\n", "docs/adr/0003-x.md")],
      config,
      { failures: [{ path: "docs/adr/0009-binary.md", file: failed }] },
    );
    expect(results.map((r) => [r.filePath, r.errorCount, r.warningCount, r.messages.map((m) => m.ruleId)])).toEqual([
      ["docs/adr/0002-code.md", 1, 0, ["parse/front-matter-language"]],
      ["docs/adr/0003-x.md", 0, 1, ["parse/front-matter-ambiguous"]],
      ["docs/adr/0009-binary.md", 1, 0, ["parse/read"]],
    ]);
    expect(results[2].messages[0].line).toBe(3);
  });

  it("does not add messages to the decision's own file, so linting twice gives the same result", () => {
    const config = resolveLintConfig({}, { rules: rules(postgres) });
    const d = decision(ADR);
    lint([d], config);
    expect(lint([d], config)[0].messages).toHaveLength(2);
    expect(d.file.messages).toHaveLength(0);
  });

  it("names the rule and file when a rule throws or reports an unknown message id", () => {
    const broken: DecisionRule = { meta: { ...titleRule.meta, id: "broken" }, check() { throw new Error("boom"); } };
    expect(() => lint([decision(ADR)], resolveLintConfig({}, { rules: rules(broken) }))).toThrow(LintRuleError);
    expect(() => lint([decision(ADR)], resolveLintConfig({}, { rules: rules(broken) }))).toThrow("rule broken failed on docs/adr/0001-example.md: boom");
    const wrongId: DecisionRule = { meta: { ...titleRule.meta, id: "wrong" }, check({ report }) { report({ messageId: "nope" }); } };
    expect(() => lint([decision(ADR)], resolveLintConfig({}, { rules: rules(wrongId) }))).toThrow('reported unknown messageId "nope"');
  });

  it("leaves {{placeholders}} without data visible instead of printing 'undefined'", () => {
    const rule: DecisionRule = { meta: { ...titleRule.meta, id: "partial", messages: { m: "Missing {{thing}} in {{where}}" } }, check({ report }) { report({ messageId: "m", data: { where: "Context" } }); } };
    expect(lint([decision(ADR)], resolveLintConfig({}, { rules: rules(rule) }))[0].messages[0].reason).toBe("Missing {{thing}} in Context");
  });
});

describe("lint: repository rules", () => {
  const two = () => [decision(ADR, "docs/adr/0001-a.md"), decision(ADR.replace("Postgres", "MySQL"), "docs/adr/0001-b.md")];

  it("runs over the whole log and reports on the decision the rule names", () => {
    const results = lint(two(), resolveLintConfig({}, { rules: rules(duplicateRule) }));
    expect(results.map((r) => r.messages.map((m) => m.reason))).toEqual([[], ["Number 1 is also used by docs/adr/0001-a.md"]]);
    expect(results[1].errorCount).toBe(1);
  });

  it("respects per-file overrides and inline comments for repository findings", () => {
    const off = resolveLintConfig({ overrides: [{ files: ["*-b.md"], rules: { "dup-number": "off" } }] }, { rules: rules(duplicateRule) });
    expect(lint(two(), off).flatMap((r) => r.messages)).toEqual([]);
    const [a, b] = two();
    const silenced = decision(`<!-- adrkit-disable dup-number -->\n${ADR}`, b.path);
    expect(lint([a, silenced], resolveLintConfig({}, { rules: rules(duplicateRule) })).flatMap((r) => r.messages)).toEqual([]);
  });

  it("lintDecision alone runs only per-file rules (repository rules need the log)", () => {
    const config = resolveLintConfig({}, { rules: rules(duplicateRule, postgres) });
    const result = lintDecision(two()[1], config);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["no-postgres"]);
  });
});

describe("lint: rule context", () => {
  it("passes today, the status vocabulary (with the config's extra statuses) and since", () => {
    const seen: Array<Record<string, unknown>> = [];
    const config = resolveLintConfig({ statuses: ["Parked"] }, { rules: rules(spyRule(seen)) });
    lint([decision(ADR)], config, { today: "2030-01-02", since: { ref: "v1", textAt: (p) => `old ${p}` } });
    expect(seen).toEqual([{
      today: "2030-01-02",
      statuses: ["proposed", "accepted", "rejected", "deprecated", "superseded", "draft", "parked"],
      since: "v1",
      text: "old docs/adr/0001-example.md",
    }]);
  });

  it("defaults today to the current UTC date", () => {
    const seen: Array<Record<string, unknown>> = [];
    lint([decision(ADR)], resolveLintConfig({}, { rules: rules(spyRule(seen)) }));
    expect(seen[0].today).toBe(new Date().toISOString().slice(0, 10));
  });

  it("leaves ignored files out", () => {
    const config = resolveLintConfig({ ignores: ["docs/adr/drafts/**", "0002-*.md"] }, { rules: rules(postgres) });
    const results = lint(
      [decision(ADR), decision(ADR, "docs/adr/drafts/0005-x.md"), decision(ADR, "docs/adr/0002-y.md")],
      config,
    );
    expect(results.map((r) => r.filePath)).toEqual(["docs/adr/0001-example.md"]);
  });
});
