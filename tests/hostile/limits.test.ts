// Every limit is enforced, says which config key raises it, and raising it lets the file through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, parseDecision } from "../../src/parse/index.js";
import { loadLog } from "../../src/repo/index.js";
import { messagesFor, removeDir, tempDir, writeFiles } from "./helpers.js";

const fatalReasons = (text: string, limits = {}) => parseDecision(text, "x.md", { limits }).file.messages.filter((m) => m.fatal).map((m) => m.reason);

function nested(depth: number): string {
  let yaml = "status: accepted\nextra:\n";
  for (let i = 1; i < depth; i++) yaml += `${"  ".repeat(i)}k${i}:\n`;
  return `---\n${yaml}${"  ".repeat(depth)}leaf: 1\n---\n# 1. Deep\n`;
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

describe("limits", () => {
  it("defaults are the documented ones", () => {
    expect(DEFAULT_LIMITS).toEqual({ maxFileBytes: 4194304, maxFrontMatterBytes: 65536, maxYamlAliases: 100, maxFrontMatterDepth: 16, parseTimeoutMs: 5000, maxParseMemoryMb: 256 });
  });

  it("maxFileBytes: checked on the open file before reading, and by the parser", async () => {
    await writeFiles(dir, { "0001-a.md": "# 1. A\n\n" + "x".repeat(500) + "\n" });
    const refused = await loadLog(dir, { root: dir, limits: { maxFileBytes: 100 } });
    expect(messagesFor(refused, "0001-a.md")[0].reason).toBe("File is 509 bytes, over the limit of 100 (raise limits.maxFileBytes in the config if this is intended)");
    const raised = await loadLog(dir, { root: dir, limits: { maxFileBytes: 1000 } });
    expect(raised.failures).toEqual([]);
    expect(fatalReasons("x".repeat(50), { maxFileBytes: 10 })[0]).toMatch(/over the limit of 10 \(raise limits\.maxFileBytes/);
  });

  it("maxFrontMatterBytes", () => {
    const text = `---\nstatus: accepted\nnote: ${"n".repeat(3000)}\n---\n# 1. A\n`;
    expect(fatalReasons(text, { maxFrontMatterBytes: 1024 })).toEqual([expect.stringMatching(/^Front matter is 3\d{3} bytes, over the limit of 1024 \(raise limits\.maxFrontMatterBytes in the config/)]);
    expect(fatalReasons(text)).toEqual([]);
  });

  it("maxYamlAliases", () => {
    const text = "---\nbase: &b [x]\na: *b\nb: *b\nc: *b\nstatus: accepted\n---\n# 1. A\n";
    expect(fatalReasons(text, { maxYamlAliases: 2 })).toEqual([expect.stringMatching(/too many YAML aliases \(limit 2; raise limits\.maxYamlAliases in the config/)]);
    expect(fatalReasons(text)).toEqual([]);
  });

  it("maxFrontMatterDepth", () => {
    expect(fatalReasons(nested(20))).toEqual([expect.stringMatching(/nested deeper than 16 levels \(raise limits\.maxFrontMatterDepth in the config/)]);
    expect(fatalReasons(nested(20), { maxFrontMatterDepth: 32 })).toEqual([]);
  });

  it("parseTimeoutMs: a file over its budget is one error, through either option spelling", async () => {
    await writeFiles(dir, { "0001-a.md": "*a".repeat(32 * 1024) });
    for (const options of [{ parseTimeoutMs: 300 }, { parse: { limits: { parseTimeoutMs: 300 } } }]) {
      const log = await loadLog(dir, { root: dir, ...options });
      expect(messagesFor(log, "0001-a.md").map((m) => [m.ruleId, m.reason])).toEqual([
        ["parse/timeout", expect.stringMatching(/^Parsing took longer than 300 ms: .*raise limits\.parseTimeoutMs in the config/)],
      ]);
    }
  });

  it("maxParseMemoryMb: a parse that needs more memory is one error, not a crash of the run", async () => {
    const unit = "## Option\n\nWe compare **cost**, risk and [experience](x).\n\n- a\n- b\n\n";
    await writeFiles(dir, { "0001-a.md": "# 1. Big\n\n" + unit.repeat(Math.ceil(1_000_000 / unit.length)) });
    const log = await loadLog(dir, { root: dir, limits: { maxParseMemoryMb: 16 }, parseTimeoutMs: 60_000 });
    expect(messagesFor(log, "0001-a.md").map((m) => [m.ruleId, m.reason])).toEqual([
      ["parse/memory", "Parsing needed more than 16 MB of memory: if it is a real ADR, raise limits.maxParseMemoryMb in the config"],
    ]);
  });
});
