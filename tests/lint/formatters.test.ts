import { describe, it, expect } from "vitest";
import { FORMATTERS, FORMATTER_PARTS, wantsColor } from "../../src/lint/formatters/index.js";
import { escapeData, escapeProperty } from "../../src/lint/formatters/github.js";
import { CONTEXT, RESULTS, message, result } from "./formatters-helpers.js";

describe("stylish", () => {
  it("prints the path, aligned line:col / severity / message / rule rows, and a summary", () => {
    expect(FORMATTERS.stylish(RESULTS, CONTEXT)).toBe(
      [
        "",
        "docs/adr/0001-use-postgres.md",
        "  5:1   error    Status \"accepted\" is lower case                                        status-valid",
        "  12:1  error    Trade-offs name no downside: say what this decision costs or gives up  tradeoffs-two-sided",
        "  20:8  warning  \"scalable\" is not quantified: add a number, unit or comparison         vague-claims",
        "",
        "docs/adr/0003-odd, name:x.md",
        "  1:1  error    100% sure, second line: here third  parse/front-matter",
        "",
        "✖ 4 problems (3 errors, 1 warning)",
        "  1 error and 0 warnings potentially fixable with the `--fix` option.",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when there are no problems, and singular words for one", () => {
    expect(FORMATTERS.stylish([result("a.md", [])], CONTEXT)).toBe("");
    expect(FORMATTERS.stylish([result("a.md", [message("m", "r", false, [1, 1])])], CONTEXT)).toContain("✖ 1 problem (0 errors, 1 warning)");
  });

  it("writes a report of many files as UTF-8 pieces that add up to the same text", () => {
    // Enough rows to fill many of stylishParts' chunks, with text beyond ASCII in paths and messages.
    const many = Array.from({ length: 3000 }, (_, i) =>
      result(`docs/adr/${String(i).padStart(4, "0")}-décision.md`, [message(`“Scalable” ${i} — say how much ✓`, "vague-claims", i % 2 === 0, [i + 1, 3])]),
    );
    const parts = FORMATTER_PARTS.stylish(many, CONTEXT);
    expect(parts.filter((part) => part instanceof Uint8Array).length).toBeGreaterThan(2);
    const text = Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : part))).toString("utf8");
    expect(text).toBe(FORMATTERS.stylish(many, CONTEXT));
    const lines = text.split("\n");
    for (let i = 0; i < many.length; i++) {
      expect(lines[3 * i + 1]).toBe(`docs/adr/${String(i).padStart(4, "0")}-décision.md`);
      expect(lines[3 * i + 2]).toBe(`  ${i + 1}:3  ${i % 2 === 0 ? "error  " : "warning"}  “Scalable” ${i} — say how much ✓  vague-claims`);
    }
    expect(lines.slice(-3)).toEqual(["", "✖ 3000 problems (1500 errors, 1500 warnings)", ""]);
  });

  it("colours only when asked", () => {
    const coloured = FORMATTERS.stylish(RESULTS, { ...CONTEXT, color: true });
    expect(coloured).toContain("\u001b[31merror  \u001b[0m");
    expect(coloured).toContain("\u001b[33mwarning\u001b[0m");
    expect(FORMATTERS.stylish(RESULTS, CONTEXT)).not.toContain("\u001b[");
  });

  it("wants colour on a TTY only, never with NO_COLOR (any value) or FORCE_COLOR=0", () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
  });
});

describe("json", () => {
  it("has ESLint's shape: absolute filePath, messages with severity 1/2 and ranges, counts", () => {
    const parsed = JSON.parse(FORMATTERS.json(RESULTS, CONTEXT));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual({
      filePath: "/repo/docs/adr/0001-use-postgres.md",
      messages: [
        { ruleId: "status-valid", severity: 2, message: "Status \"accepted\" is lower case", line: 5, column: 1, endLine: 5, endColumn: 9, fix: [{ start: 0, end: 1, text: "x" }] },
        { ruleId: "tradeoffs-two-sided", severity: 2, message: "Trade-offs name no downside: say what this decision costs or gives up", line: 12, column: 1, endLine: 12, endColumn: 16 },
        { ruleId: "vague-claims", severity: 1, message: "\"scalable\" is not quantified: add a number, unit or comparison", line: 20, column: 8, endLine: 20, endColumn: 16 },
      ],
      errorCount: 2,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
    });
    expect(parsed[1]).toEqual({ filePath: "/repo/docs/adr/0002-clean.md", messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(parsed[2].messages[0]).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 2 });
  });
});

describe("github", () => {
  it("escapes data (%, CR, LF) and properties (also : and ,)", () => {
    expect(escapeData("100% a\r\nb")).toBe("100%25 a%0D%0Ab");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("writes one workflow command per finding, field by field", () => {
    const lines = FORMATTERS.github(RESULTS, CONTEXT).split("\n");
    expect(lines).toEqual([
      "::error file=docs/adr/0001-use-postgres.md,line=5,col=1,endLine=5,endColumn=9,title=status-valid::Status \"accepted\" is lower case",
      "::error file=docs/adr/0001-use-postgres.md,line=12,col=1,endLine=12,endColumn=16,title=tradeoffs-two-sided::Trade-offs name no downside: say what this decision costs or gives up",
      "::warning file=docs/adr/0001-use-postgres.md,line=20,col=8,endLine=20,endColumn=16,title=vague-claims::\"scalable\" is not quantified: add a number, unit or comparison",
      "::error file=docs/adr/0003-odd%2C name%3Ax.md,line=1,col=1,endLine=1,endColumn=1,title=parse/front-matter::100%25 sure,%0Asecond line: here%0D%0Athird",
      "",
    ]);
  });
});

describe("codequality", () => {
  const issues = (results = RESULTS) => JSON.parse(FORMATTERS.codequality(results, CONTEXT));

  it("gives GitLab's fields: description, check_name, fingerprint, severity, location.path, location.lines.begin", () => {
    const [first, , warning] = issues();
    expect(first).toEqual({
      type: "issue",
      description: "Status \"accepted\" is lower case",
      check_name: "status-valid",
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: "major",
      location: { path: "docs/adr/0001-use-postgres.md", lines: { begin: 5, end: 5 } },
    });
    expect(warning.severity).toBe("minor");
    expect(issues()).toHaveLength(4);
    expect(new Set(issues().map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(4);
  });

  it("keeps fingerprints when lines move, and tells apart repeats of one message by occurrence", () => {
    const at = (line: number) => [result("a.md", [message("Vague", "vague-claims", false, [line, 1]), message("Vague", "vague-claims", false, [line + 5, 1])])];
    const before = issues(at(3)).map((i: { fingerprint: string }) => i.fingerprint);
    const after = issues(at(40)).map((i: { fingerprint: string }) => i.fingerprint);
    expect(after).toEqual(before);
    expect(before[0]).not.toBe(before[1]);
    const otherFile = issues([result("b.md", [message("Vague", "vague-claims", false, [3, 1])])])[0].fingerprint;
    expect(otherFile).not.toBe(before[0]);
  });
});
