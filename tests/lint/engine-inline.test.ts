import { describe, it, expect } from "vitest";
import { lint } from "../../src/lint/engine.js";
import { resolveLintConfig } from "../../src/lint/config.js";
import { readDirectives } from "../../src/lint/inline.js";
import { decision, rules, titleRule, wordRule } from "./engine-helpers.js";

const config = resolveLintConfig({}, { rules: rules(wordRule("no-foo", "alpha"), wordRule("no-bar", "beta"), titleRule) });
const found = (text: string, inlineConfig = true) =>
  lint([decision(text)], config, { inlineConfig })[0].messages.map((m) => `${m.line} ${m.ruleId}`);

describe("inline control comments", () => {
  it("disables named rules from the comment on, until enabled again", () => {
    const text = [
      "# T", "", "alpha beta", "", "<!-- adrkit-disable no-foo -->", "", "alpha beta", "", "<!-- adrkit-enable no-foo -->", "", "alpha beta", "",
    ].join("\n");
    expect(found(text)).toEqual(["3 no-foo", "3 no-bar", "7 no-bar", "11 no-foo", "11 no-bar"]);
  });

  it("disables the next line only, for comma-separated rules, with a reason after --", () => {
    const text = ["# T", "", "<!-- adrkit-disable-next-line no-foo, no-bar -- quoting the vendor -->", "alpha beta", "alpha beta", ""].join("\n");
    expect(found(text)).toEqual(["5 no-foo", "5 no-bar"]);
    const [directive] = readDirectives(decision(text).tree);
    expect(directive).toMatchObject({ kind: "disable-next-line", rules: ["no-foo", "no-bar"], reason: "quoting the vendor", line: 3 });
  });

  it("a bare adrkit-disable at the top turns off every rule for the whole file, title included", () => {
    expect(found("<!-- adrkit-disable -->\n\nNo heading here, alpha beta.\n")).toEqual([]);
    expect(found("---\nstatus: accepted\n---\n<!-- adrkit-disable -->\nalpha\n")).toEqual([]);
  });

  it("a bare adrkit-disable further down covers the rest; a bare enable turns everything back on", () => {
    const text = ["# T", "", "alpha", "", "<!-- adrkit-disable -->", "", "alpha beta", "", "<!-- adrkit-enable -->", "", "beta", ""].join("\n");
    expect(found(text)).toEqual(["3 no-foo", "11 no-bar"]);
  });

  it("can re-enable one rule inside a disable-all range", () => {
    const text = ["# T", "", "<!-- adrkit-disable -->", "<!-- adrkit-enable no-bar -->", "", "alpha beta", ""].join("\n");
    expect(found(text)).toEqual(["6 no-bar"]);
  });

  it("ignores every comment with inlineConfig false (--no-inline-config)", () => {
    expect(found("<!-- adrkit-disable -->\n# T\n\nalpha\n", false)).toEqual(["4 no-foo"]);
  });

  it("reads comments inside other blocks and ignores look-alikes", () => {
    const text = ["# T", "", "> <!-- adrkit-disable-next-line no-foo -->", "> alpha", "", "`<!-- adrkit-disable -->` alpha", ""].join("\n");
    expect(found(text)).toEqual(["6 no-foo"]);
    expect(readDirectives(decision("# T\n\n<!-- adrkit-disabled no-foo -->\n").tree)).toEqual([]);
  });
});
