// The README's rule table, generated from each rule's meta so the docs cannot drift from the code.
import { readFileSync, writeFileSync } from "node:fs";
import { RULES } from "./rules/index.js";
import type { Rule } from "./types.js";

export const TABLE_START = "<!-- rules-table -->";
export const TABLE_END = "<!-- rules-table-end -->";

/** One Markdown row a rule, sorted by id: anchor, description, default severity, fixable, scope. */
export function ruleTable(rules: ReadonlyMap<string, Rule> = RULES): string {
  const rows = [...rules.values()]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(({ meta }) => {
      const description = meta.description.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
      const scope = meta.scope === "repository" ? "whole log" : "each ADR";
      return `| <a id="${meta.id}"></a>\`${meta.id}\` | ${description} | ${meta.severity} | ${meta.fixable ? "yes" : ""} | ${scope} |`;
    });
  return ["| rule | reports | default | fixable | runs on |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** README text with the part between the markers replaced by the current table. */
export function withRuleTable(readme: string, table = ruleTable()): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${TABLE_START} and ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

/** `npm run docs:rules`: rewrites README.md's rule table in place. */
export function updateReadme(file: string): boolean {
  const before = readFileSync(file, "utf8");
  const after = withRuleTable(before);
  if (after !== before) writeFileSync(file, after);
  return after !== before;
}
