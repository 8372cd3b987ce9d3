// Front matter in any language but YAML is refused and never evaluated: a planted payload never writes its file.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { loadLog } from "../../src/repo/index.js";
import { GOOD_ADR, payloads } from "./cases.mjs";
import { messagesFor, removeDir, tempDir, writeFiles } from "./helpers.js";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const bin = join(repoRoot, "dist/cli/bin.js");

function cliHas(command: string): boolean {
  if (!existsSync(bin)) return false;
  // Placeholder commands answer --help but refuse to run.
  const run = spawnSync(process.execPath, [bin, command, "--no-such-dir-for-probe"], { encoding: "utf8" });
  return !/not available in this build/.test(run.stdout + run.stderr);
}
const lintExists = cliHas("lint");
if (!lintExists) console.warn("[hostile] `adrkit lint` is not on this build yet: the CLI part of the payload test is skipped");

let dir: string;
let marker: string;
let cases: Record<string, string>;

beforeAll(async () => {
  dir = await tempDir();
  marker = join(dir, "PWNED");
  cases = payloads(marker);
  const files: Record<string, string> = { "0001-good.md": GOOD_ADR };
  Object.values(cases).forEach((text, i) => (files[`${String(i + 2).padStart(4, "0")}-payload.md`] = text));
  await writeFiles(dir, files);
});
afterAll(() => removeDir(dir));

describe("non-YAML front matter", () => {
  const languages = Object.keys(payloads("x")).filter((name) => !name.includes("tag"));

  it.each(languages)("parseDecision refuses %s without running it", (name) => {
    const decision = parseDecision(cases[name], "payload.md");
    expect(existsSync(marker)).toBe(false);
    const fatal = decision.file.messages.filter((m) => m.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0].line).toBe(1);
    expect(fatal[0].ruleId).toBe("parse/front-matter-language");
    expect(fatal[0].reason).toMatch(/refused: adrkit reads YAML front matter only and never evaluates code/);
    expect(decision.meta).toEqual({});
  });

  it("a YAML `!!js/function` tag stays inert text (the core schema knows no code tags)", () => {
    const decision = parseDecision(cases["---yaml with a JS tag"], "payload.md");
    expect(existsSync(marker)).toBe(false);
    expect(typeof decision.meta.status).toBe("string");
    expect(decision.status.value).toBeNull();
  });

  it("loadLog reports each payload file by name and still loads the good one", async () => {
    const log = await loadLog(dir, { root: dir });
    expect(existsSync(marker)).toBe(false);
    expect(log.decisions.find((d) => d.path === "0001-good.md")?.status.value).toBe("accepted");
    Object.keys(cases).forEach((name, i) => {
      const path = `${String(i + 2).padStart(4, "0")}-payload.md`;
      if (languages.includes(name)) expect(messagesFor(log, path).some((m) => m.fatal && m.line === 1), path).toBe(true);
    });
  });

  it("a pool run (32+ files, worker threads) refuses them too", async () => {
    const big = await tempDir();
    try {
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++) files[`${String(i + 1).padStart(4, "0")}-x.md`] = i % 5 === 0 ? cases[languages[i % languages.length]] : GOOD_ADR;
      await writeFiles(big, files);
      const log = await loadLog(big, { root: big });
      expect(log.decisions).toHaveLength(40);
      expect(log.decisions.filter((d) => d.file.messages.some((m) => m.fatal))).toHaveLength(8);
      expect(existsSync(marker)).toBe(false);
    } finally {
      await removeDir(big);
    }
  });

  it.skipIf(!lintExists)("`adrkit lint` refuses them, exits 1 with findings, and no file appears", () => {
    const run = spawnSync(process.execPath, [bin, "lint", dir], { encoding: "utf8", cwd: dir, timeout: 60_000 });
    expect(existsSync(marker)).toBe(false);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/0002-payload\.md/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});
