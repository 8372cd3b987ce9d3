import { describe, it, expect } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { VFile } from "vfile";
import remarkAdrkit from "../../src/lint/remark.js";
import { resolveLintConfig } from "../../src/lint/config.js";
import { ADR, rules, wordRule } from "./engine-helpers.js";

const process = (text: string, options?: Parameters<typeof remarkAdrkit>[0]) =>
  unified().use(remarkParse).use(remarkAdrkit, options).use(remarkStringify).process(new VFile({ path: "docs/adr/0001-x.md", value: text }));

describe("remark-adrkit", () => {
  it("attaches adrkit findings to the vfile inside a unified pipeline", async () => {
    const file = await process(ADR, { resolved: resolveLintConfig({}, { rules: rules(wordRule("no-postgres", "Postgres")) }) });
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.source, m.fatal, m.file])).toEqual([
      [1, 10, "no-postgres", "adrkit", false, "docs/adr/0001-x.md"],
      [15, 8, "no-postgres", "adrkit", false, "docs/adr/0001-x.md"],
    ]);
  });

  it("reports parse problems as fatal messages, and honours inline comments", async () => {
    const file = await process("---js\nmodule.exports = {}\n---\n# 1. X\n", { resolved: resolveLintConfig({}, { rules: rules() }) });
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([["parse/front-matter-language", true]]);
    const quiet = await process(`<!-- adrkit-disable no-postgres -->\n${ADR}`, { resolved: resolveLintConfig({}, { rules: rules(wordRule("no-postgres", "Postgres")) }) });
    expect(quiet.messages).toEqual([]);
  });

  it("takes lint config as options, and refuses an unknown rule when the plugin is set up", () => {
    expect(() => unified().use(remarkParse).use(remarkAdrkit, { rules: { "no-such-rule": "warn" } }).freeze()).toThrow('unknown rule "no-such-rule"');
  });
});
