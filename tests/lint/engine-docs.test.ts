import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ruleTable, withRuleTable, TABLE_START, TABLE_END } from "../../src/lint/docs.js";
import { RULES, RULE_IDS } from "../../src/lint/rules/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("README rule table", () => {
  it("is current: run `npm run docs:rules` when this fails", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    expect(readme).toContain(TABLE_START);
    expect(withRuleTable(readme)).toBe(readme);
  });

  it("has one row per rule with its anchor, default severity and fixability", () => {
    const rows = ruleTable().split("\n").slice(2);
    expect(rows).toHaveLength(RULES.size);
    for (const id of RULE_IDS) {
      const meta = RULES.get(id)!.meta;
      const row = rows.find((r) => r.includes(`<a id="${id}"></a>`));
      expect(row, id).toContain(`| ${meta.severity} | ${meta.fixable ? "yes" : ""} |`);
    }
  });

  it("lists the catalogue sorted, with the issue's 26 stable ids", () => {
    expect(RULE_IDS).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toHaveLength(26);
    for (const [id, rule] of RULES) expect(rule.meta.id).toBe(id);
  });

  it("replaces only the text between the markers", () => {
    const text = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    expect(withRuleTable(text, "| new |")).toBe(`intro\n${TABLE_START}\n| new |\n${TABLE_END}\noutro\n`);
    expect(() => withRuleTable("no markers")).toThrow("needs <!-- rules-table --> and <!-- rules-table-end --> markers");
  });
});
