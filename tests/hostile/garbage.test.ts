// Garbage in, clear error out: one message naming the file (and line), and the rest of the log still loads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { loadLog, type DecisionLog } from "../../src/repo/index.js";
import { CASES, GOOD_ADR, contentOf } from "./cases.mjs";
import { messagesFor, removeDir, tempDir, writeFiles } from "./helpers.js";

const byId = (id: string) => CASES.find((c) => c.id === id)!;

/** Expected single message per case: rule id, line, and a phrase of the reason. */
const EXPECT: Record<string, { ruleId: string; line: number | undefined; reason: RegExp; failed: boolean }[]> = {
  binary: [{ ruleId: "parse/read", line: 1, reason: /not valid UTF-8 text .*save it as UTF-8/, failed: true }],
  "latin-1": [{ ruleId: "parse/read", line: 1, reason: /not valid UTF-8 text \(is it Latin-1 or binary\?\)/, failed: true }],
  "nul-bytes-valid-utf8": [{ ruleId: "parse/encoding", line: 1, reason: /looks binary \(it contains NUL bytes\)/, failed: false }],
  empty: [{ ruleId: "parse/empty", line: 1, reason: /^File is empty/, failed: false }],
  "only-front-matter": [{ ruleId: "parse/empty", line: 5, reason: /front matter but no Markdown/, failed: false }],
  "unterminated-front-matter": [{ ruleId: "parse/front-matter-unterminated", line: 1, reason: /never closed: add a line '---'/, failed: false }],
  "duplicate-yaml-keys": [{ ruleId: "parse/front-matter", line: 3, reason: /not valid YAML: Map keys must be unique/, failed: false }],
  "yaml-billion-laughs": [{ ruleId: "parse/front-matter", line: 2, reason: /too many YAML aliases \(limit 100; raise limits\.maxYamlAliases in the config/, failed: false }],
  "wrong-types": [
    { ruleId: "parse/front-matter-type", line: 2, reason: /'status' should be text .*found a list/, failed: false },
    { ruleId: "parse/front-matter-type", line: 3, reason: /'date' should be a date .*found a number/, failed: false },
    { ruleId: "parse/front-matter-type", line: 4, reason: /'tags' should be a list of names .*found a mapping/, failed: false },
  ],
};

let dir: string;
let log: DecisionLog;

beforeAll(async () => {
  dir = await tempDir();
  const files: Record<string, Uint8Array | string> = { "0001-good.md": GOOD_ADR };
  for (const id of Object.keys(EXPECT)) files[byId(id).name] = contentOf(byId(id));
  await writeFiles(dir, files);
  log = await loadLog(dir, { root: dir });
});
afterAll(() => removeDir(dir));

describe("garbage files", () => {
  it("the good file loads untouched beside them", () => {
    const good = log.decisions.find((d) => d.path === "0001-good.md")!;
    expect([good.title, good.status.value, good.date, good.file.messages.length]).toEqual(["Use PostgreSQL", "accepted", "2026-01-31", 0]);
    expect(log.decisions.length + log.failures.length).toBe(Object.keys(EXPECT).length + 1);
  });

  it.each(Object.keys(EXPECT))("%s: exactly the expected messages, naming the file and line", (id) => {
    const found = messagesFor(log, byId(id).name);
    expect(found.map((m) => ({ ruleId: m.ruleId, line: m.line, fatal: m.fatal, failed: m.failed }))).toEqual(
      EXPECT[id].map((e) => ({ ruleId: e.ruleId, line: e.line, fatal: true, failed: e.failed })),
    );
    found.forEach((m, i) => expect(m.reason).toMatch(EXPECT[id][i].reason));
  });

  it("the parser alone never throws on them, even as raw text decoded the lossy way", () => {
    for (const id of Object.keys(EXPECT)) {
      const text = Buffer.from(contentOf(byId(id))).toString("utf8");
      expect(() => parseDecision(text, byId(id).name)).not.toThrow();
    }
  });

  it("wrong-typed values are not used as if they were right", () => {
    const d = log.decisions.find((x) => x.path === byId("wrong-types").name)!;
    expect(d.status.value).toBeNull();
    expect(d.tags).toEqual([]);
  });
});
