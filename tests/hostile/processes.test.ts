// Real child processes: SIGKILL during edits leaves the old or the new file, 32 concurrent `adrkit new` never share a number.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDecision } from "../../src/parse/index.js";
import { removeDir, tempDir, writeFiles } from "./helpers.js";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const bin = join(repoRoot, "dist/cli/bin.js");
const built = existsSync(bin);
if (!built) console.warn("[hostile] dist/cli/bin.js is missing (run `npm run build`): process tests skipped");

function adrkit(args: string[], cwd: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code, signal) => done({ code, signal, out }));
  });
}

const NYGARD = (status: string, pad: string) => `# 1. Use PostgreSQL\r\n\r\nDate: 2026-01-31\r\n\r\n## Status\r\n\r\n${status}\r\n\r\n## Context\r\n\r\n${pad}\r\n\r\n## Decision\r\n\r\nWe will use it.\r\n`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

describe.skipIf(!built)("edits under SIGKILL", () => {
  it("a status edit killed at a random moment leaves exactly the old or the new bytes", async () => {
    const log = join(dir, "kill");
    await mkdir(log);
    // ~60 KB: big enough that writing takes a moment, small enough to parse on the main thread.
    const pad = "Context line with some weight.\r\n".repeat(1_900);
    const variants = [NYGARD("Accepted", pad), NYGARD("Rejected", pad)];
    await writeFiles(log, { "0001-use-postgresql.md": variants[0] });
    // Calibrate on this machine: kills then land from well before the write to just after it.
    const started = Date.now();
    expect((await adrkit(["status", "1", "rejected", "--dir", log], dir)).code).toBe(0);
    const full = Date.now() - started;
    expect(await readFile(join(log, "0001-use-postgresql.md"), "utf8")).toBe(variants[1]);
    const seen = { old: 0, new: 0, finished: 0 };
    let current = 1;
    for (let round = 0; round < 8; round++) {
      const want = current === 0 ? "rejected" : "accepted";
      const child = spawn(process.execPath, [bin, "status", "1", want, "--dir", log], { stdio: "ignore" });
      const delay = Math.floor(full * (0.5 + Math.random() * 0.7));
      const killer = setTimeout(() => child.kill("SIGKILL"), delay);
      const [code] = await new Promise<[number | null]>((done) => child.on("close", (c) => done([c])));
      clearTimeout(killer);
      const text = await readFile(join(log, "0001-use-postgresql.md"), "utf8");
      const index = variants.indexOf(text);
      expect(index, `round ${round}: the file is neither the old nor the new content (${text.length} chars)`).toBeGreaterThanOrEqual(0);
      if (code === 0) seen.finished++;
      if (index === current) seen.old++;
      else seen.new++;
      current = index;
    }
    // The ADR list never shows a temp file as an ADR.
    const names = (await readdir(log)).filter((n) => !n.startsWith("."));
    expect(names).toEqual(["0001-use-postgresql.md"]);
    console.log(`[hostile] SIGKILL loop (full edit ${full} ms): ${seen.old} rounds left the old file, ${seen.new} the new one (${seen.finished} finished before the kill)`);
  }, 240_000);

  it("`adrkit status N <same status>` is a byte-for-byte no-op", async () => {
    const log = join(dir, "same");
    await mkdir(log);
    const text = "\uFEFF" + NYGARD("Accepted", "Why.");
    await writeFiles(log, { "0001-use-postgresql.md": text });
    const run = await adrkit(["status", "1", "accepted", "--dir", log], dir);
    expect(run.code).toBe(0);
    expect(await readFile(join(log, "0001-use-postgresql.md"), "utf8")).toBe(text);
  });
});

describe.skipIf(!built)("concurrent `adrkit new`", () => {
  it("32 processes at once: 32 files, 32 distinct numbers, each complete", async () => {
    const log = join(dir, "new");
    await mkdir(log);
    await writeFiles(log, { "0001-existing.md": NYGARD("Accepted", "Why.") });
    const runs = await Promise.all(Array.from({ length: 32 }, (_, i) => adrkit(["new", `Parallel choice ${i}`, "--dir", log], dir)));
    for (const r of runs) expect(r.code, r.out).toBe(0);
    const names = (await readdir(log)).filter((n) => n.endsWith(".md")).sort();
    expect(names).toHaveLength(33);
    const numbers = names.map((n) => Number(/^(\d+)/.exec(n)![1]));
    expect(new Set(numbers).size).toBe(33);
    expect(numbers).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    const titles = new Set<string>();
    for (const name of names.slice(1)) {
      const decision = parseDecision(await readFile(join(log, name), "utf8"), name);
      expect(decision.file.messages.filter((m) => m.fatal)).toEqual([]);
      titles.add(decision.title);
    }
    expect(titles.size).toBe(32);
  }, 400_000);
});

it.skipIf(!built)("the CLI build answers", () => {
  expect(spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).status).toBe(0);
});
