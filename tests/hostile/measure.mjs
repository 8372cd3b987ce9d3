// Measures each hostile case (wall time, peak RSS) with /usr/bin/time -v: `npm run build && node tests/hostile/measure.mjs`.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CASES, GOOD_ADR, contentOf, payloads } from "./cases.mjs";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const loader = pathToFileURL(join(repoRoot, "dist/repo/index.js")).href;
const only = process.argv[2];

/** Loads `dir` in a fresh node process under /usr/bin/time -v; returns what the log said and what it cost. */
function measure(dir, limits = {}) {
  const script = `const m = await import(${JSON.stringify(loader)});
const log = await m.loadLog(${JSON.stringify(dir)}, { root: ${JSON.stringify(dir)}, limits: ${JSON.stringify(limits)} });
const out = [];
for (const f of log.failures) out.push(f.path + (f.file.messages[0].line ? ":" + f.file.messages[0].line : "") + " [" + f.file.messages[0].ruleId + "] " + f.file.messages[0].reason);
for (const d of log.decisions) for (const x of d.file.messages.filter((x) => x.fatal)) out.push(d.path + ":" + x.line + " [" + x.ruleId + "] " + x.reason);
console.log(JSON.stringify({ decisions: log.decisions.length, messages: out }));`;
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, "--input-type=module", "-e", script], { encoding: "utf8", timeout: 300_000 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(run.stderr)?.[1] ?? "?";
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  let result = { decisions: -1, messages: [`exit ${run.status} ${run.signal ?? ""} ${run.stderr.split("\n").slice(0, 3).join(" ")}`] };
  try {
    result = JSON.parse(run.stdout.trim().split("\n").pop());
  } catch {}
  const [m, s] = wall.split(":").map(Number);
  return { seconds: (m * 60 + s).toFixed(2), rssMb: Math.round(rssKb / 1024), ...result };
}

function withDir(build) {
  const dir = mkdtempSync(join(tmpdir(), "adrkit-measure-"));
  writeFileSync(join(dir, "0001-good.md"), GOOD_ADR);
  build(dir);
  return dir;
}

const rows = [];
const record = (id, dir, limits) => {
  if (only && !id.includes(only)) return;
  const r = measure(dir, limits);
  rows.push(`| ${id} | ${r.seconds} | ${r.rssMb} | ${r.decisions} | ${r.messages.filter((x) => !x.startsWith("0001-good")).join("<br>").replace(/\|/g, "\\|") || "normal result, no error"} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
  rmSync(dir, { recursive: true, force: true });
};

record("baseline: one good ADR", withDir(() => {}));
for (const c of CASES) record(c.id, withDir((dir) => writeFileSync(join(dir, c.name), contentOf(c))), c.limits);
{
  const dir = withDir(() => {});
  const marker = join(dir, "PWNED");
  Object.values(payloads(marker)).forEach((text, i) => writeFileSync(join(dir, `${String(i + 2).padStart(4, "0")}-payload.md`), text));
  record("non-YAML front matter payloads (6 files)", dir);
}
record("symlink loops (self, a<->b, dir to ..)", withDir((dir) => {
  symlinkSync("loop.md", join(dir, "loop.md"));
  symlinkSync("b.md", join(dir, "a.md"));
  symlinkSync("a.md", join(dir, "b.md"));
  symlinkSync("..", join(dir, "up"));
}));
record("symlinks to /proc/self/environ and /dev/zero", withDir((dir) => {
  symlinkSync("/proc/self/environ", join(dir, "env.md"));
  symlinkSync("/dev/zero", join(dir, "zero.md"));
}));
record("FIFO named x.md", withDir((dir) => execFileSync("mkfifo", [join(dir, "x.md")])));

console.log("| case | wall s | peak RSS MB | decisions | per-file messages |\n|---|---|---|---|---|\n" + rows.join("\n"));
