// Benchmark runner: times adrkit against its peers and floors, alternating lines over repetitions; writes bench/results/<date>.md.
// Usage: npm run bench [-- --n 1000,10000 --reps 5,3 --start-reps 10 --full --only lint --no-build --adrkit path/to/bin.js]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync, spawnSync } from "node:child_process";
import { generate } from "./generate.mjs";
import { measure, rssSource, cleanupScratch } from "./lib/measure.mjs";
import { tools, linesFor, startLines, hostileSetup, ADRKIT } from "./lib/lines.mjs";
import { summarise, table, verdicts } from "./lib/report.mjs";

const benchDir = path.dirname(new URL(import.meta.url).pathname);
const repoRoot = path.resolve(benchDir, "..");
const { values: opt } = parseArgs({ options: {
  n: { type: "string", default: "1000,10000" }, reps: { type: "string", default: "5,3" },
  "start-reps": { type: "string", default: "10" }, seed: { type: "string", default: "1" },
  full: { type: "boolean", default: false }, only: { type: "string" }, "no-build": { type: "boolean", default: false },
  out: { type: "string" }, adrkit: { type: "string" } } });
const ns = opt.n.split(",").map(Number);
const repsList = opt.reps.split(",").map(Number);
const repsFor = (i) => repsList[Math.min(i, repsList.length - 1)];
if (ns.some((n) => !Number.isInteger(n) || n < 1) || repsList.some((r) => !Number.isInteger(r) || r < 1)) {
  console.error("bench: --n and --reps take comma-separated whole numbers, e.g. --n 1000,10000 --reps 5,3");
  process.exit(2);
}
const only = opt.only ? new RegExp(opt.only) : null;
const log = (msg) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const notes = [];

// 1. Peers: installed into bench/node_modules on first use, so the product's own install stays lean.
const t = tools(benchDir, repoRoot);
if (opt.adrkit) t.adrkit = path.resolve(opt.adrkit); // another build's bin.js, e.g. a branch's worktree
if (!fs.existsSync(t.markdownlint)) {
  log("installing the peers into bench/node_modules (npm ci) ...");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: benchDir, stdio: "inherit" });
  if (r.status !== 0) notes.push("`npm ci` in bench/ failed; lines whose peer is missing are skipped.");
}
// 2. adrkit: build from this checkout (a failed build leaves whatever dist/ holds).
if (!opt["no-build"] && !opt.adrkit) {
  log("building adrkit (npm run build) ...");
  const r = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
  if (r.status !== 0) notes.push(`\`npm run build\` failed (exit ${r.status}); adrkit lines ran against the existing dist/ if any.`);
}
// 3. Corpora, regenerated when missing or made with another seed; a 100-ADR corpus probes which adrkit lines work.
function corpus(n) {
  const dir = path.join(benchDir, "corpora", `n${n}`);
  let m = null;
  try { m = JSON.parse(fs.readFileSync(path.join(dir, ".bench-manifest.json"), "utf8")); } catch { /* regenerate */ }
  if (!m || m.n !== n || m.seed !== Number(opt.seed)) {
    log(`generating ${n} ADRs (seed ${opt.seed}) ...`);
    m = generate({ n, seed: Number(opt.seed), out: dir });
  }
  return { dir, manifest: m };
}
const probeCorpus = corpus(100);

// 4. Probe each adrkit line once on the small corpus: a command that is not there yet is skipped, not failed.
const probeWork = fs.mkdtempSync(path.join(os.tmpdir(), "adrkit-bench-probe-"));
const probeFailure = (argv, ok) => {
  if (!fs.existsSync(t.adrkit)) return "dist/cli/bin.js missing (build failed?)";
  const r = measure({ argv: [process.execPath, t.adrkit, ...argv], cwd: probeWork });
  return ok.includes(r.code) ? null : `exit ${r.code}: ${r.stderrTail.trim().split("\n").pop()?.slice(0, 160) ?? ""}`;
};
const adrkitSkip = {
  lint: probeFailure(ADRKIT.lint(probeCorpus.dir), [0, 1]),
  log: probeFailure(ADRKIT.logMarkdown(probeCorpus.dir), [0]),
  html: probeFailure(ADRKIT.logHtml(probeCorpus.dir, path.join(probeWork, "x.html")), [0]),
  version: probeFailure(["--version"], [0]),
};
let cacheArgs = ADRKIT.lintCache;
adrkitSkip.cache = probeFailure(ADRKIT.lintCache(probeCorpus.dir, path.join(probeWork, "c")), [0, 1]);
if (adrkitSkip.cache) {
  const fallback = probeFailure(ADRKIT.lintCacheFallback(probeCorpus.dir), [0, 1]);
  if (!fallback) { cacheArgs = (dir) => ADRKIT.lintCacheFallback(dir); adrkitSkip.cache = null; }
}
fs.rmSync(probeWork, { recursive: true, force: true });
const skipReason = (line) => {
  if (!line.adrkit) {
    const script = line.argv[1];
    return script && script.includes("node_modules") && !fs.existsSync(script) ? "peer not installed" : null;
  }
  const kind = { lint: "lint", "one-file": "lint", "cache-0": "cache", "cache-1": "cache", "log-md": "log",
    "log-html": "html", version: "version", help: "version" }[line.id];
  return adrkitSkip[kind] ?? null;
};
for (const [k, v] of Object.entries(adrkitSkip)) if (v) log(`adrkit ${k}: skipped (${v})`);

// 5. Time lines, alternating: every repetition runs each line once, starting one line later than the last.
function runLines(lines, reps, label) {
  const active = lines.filter((l) => !(l.skipped = skipReason(l)) && (!only || only.test(l.id)));
  for (const l of lines) { l.samples = []; if (!l.skipped && only && !only.test(l.id)) l.skipped = "not selected (--only)"; }
  for (const l of active) l.setupOnce?.();
  for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    for (let k = 0; k < active.length; k++) {
      const line = active[(k + rep) % active.length];
      line.before?.(rep);
      const r = measure(line);
      const ok = line.ok.includes(r.code);
      line.samples.push({ ...r, ok, why: ok ? null : `exit ${r.code ?? r.signal}: ${r.stderrTail.trim().split("\n").pop()?.slice(0, 160) ?? ""}` });
    }
    log(`${label}: repetition ${rep + 1}/${reps} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return lines.map(summarise);
}

/** A little over src/lint/cache.ts's RACY_MS. */
const RACY_WAIT_MS = 3300;
const git = (...a) => { try { return execFileSync("git", a, { cwd: repoRoot, encoding: "utf8" }).trim(); } catch { return "?"; } };
const startedAt = new Date();
// Taken before timing starts: the commit that dist/ was built from, even if the checkout moves during the run.
const commitAtStart = git("rev-parse", "--short", "HEAD"), subjectAtStart = git("log", "-1", "--format=%s");
const load0 = os.loadavg();
const byN = {};
const corpora = {};
ns.forEach((n, i) => {
  const { dir, manifest } = n === 100 ? probeCorpus : corpus(n);
  corpora[n] = manifest;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `adrkit-bench-n${n}-`));
  const { lines, copy, cacheFile } = linesFor({ t, n, dir, work, full: opt.full, cacheArgs });
  fs.cpSync(dir, copy, { recursive: true });
  if (!adrkitSkip.cache && (!only || only.test("cache-0") || only.test("cache-1"))) {
    // The copy's files were just written, and a run within RACY_MS (src/lint/cache.ts, 3 s) of a file's times
    // hashes it again rather than trust its stat (git's "racily clean" rule). A user's files are older than that,
    // so the warm-up waits it out: the cached lines then time the runs a user sees, not that first one.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RACY_WAIT_MS);
    log(`n=${n}: warming the lint cache (untimed) ...`);
    measure({ argv: [process.execPath, t.adrkit, ...cacheArgs(copy, cacheFile)], cwd: work });
  }
  byN[n] = runLines(lines, repsFor(i), `n=${n}`);
  fs.rmSync(work, { recursive: true, force: true });
});
const startWork = fs.mkdtempSync(path.join(os.tmpdir(), "adrkit-bench-start-"));
const oneFile = path.join(probeCorpus.dir, fs.readdirSync(probeCorpus.dir).filter((f) => f.endsWith(".md")).sort()[0]);
const hostile = hostileSetup(startWork, probeCorpus.dir);
const start = runLines(startLines({ t, work: startWork, oneFile, hostile }), Number(opt["start-reps"]), "start-up");
fs.rmSync(startWork, { recursive: true, force: true });
cleanupScratch();

// 6. The results page.
const ver = (pkg) => { try { return JSON.parse(fs.readFileSync(path.join(benchDir, "node_modules", pkg, "package.json"), "utf8")).version; } catch { return "not installed"; } };
const cpu = os.cpus()[0]?.model ?? "unknown";
const date = startedAt.toISOString().slice(0, 10);
const md = [
  `# adrkit benchmark, ${date}`, "",
  `Machine: ${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; Node ${process.version}.`,
  `Load average at start ${load0.map((x) => x.toFixed(2)).join(" ")}, at end ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} (other work on the machine widens the min – max spread).`,
  opt.adrkit ? `adrkit: ${t.adrkit} (given with --adrkit).` : `adrkit: commit ${commitAtStart} (${subjectAtStart}).`,
  `Peers: markdownlint-cli2 ${ver("markdownlint-cli2")}, remark-cli ${ver("remark-cli")} + remark-preset-lint-recommended ${ver("remark-preset-lint-recommended")}, adr-log ${ver("adr-log")}, adr (phodal) ${ver("adr")}; floors use gray-matter ${ver("gray-matter")} + remark-parse ${ver("remark-parse")}.`,
  `Command: \`npm run bench -- --n ${opt.n} --reps ${opt.reps} --start-reps ${opt["start-reps"]}${opt.full ? " --full" : ""}${opt.only ? ` --only ${opt.only}` : ""}\` (seed ${opt.seed}); wall time of each child process, peak RSS from ${rssSource}.`,
  `Started ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC, took ${((Date.now() - startedAt) / 60000).toFixed(1)} min.`,
  "", ...notes.map((n) => `Note: ${n}`), notes.length ? "" : null,
  "## Targets", "", verdicts(byN, start), "",
  ...ns.flatMap((n) => {
    const m = corpora[n];
    return [`## ${n} ADRs`, "", `${(m.bytes / 1e6).toFixed(1)} MB; formats ${Object.entries(m.formats).map(([k, v]) => `${k} ${v}`).join(", ")}; files with defects: ${Object.entries(m.defects).map(([k, v]) => `${k} ${v}`).join(", ")}.`, "", table(byN[n]), ""];
  }),
  "## Start-up", "", table(start), "",
].filter((x) => x !== null).join("\n");
const outFile = opt.out ?? path.join(benchDir, "results", `${date}.md`);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, md);
fs.writeFileSync(outFile.replace(/\.md$/, ".json"), JSON.stringify({ date, machine: { cpu, cores: os.availableParallelism(), node: process.version },
  byN: Object.fromEntries(Object.entries(byN).map(([n, ls]) => [n, ls.map(({ argv, before, setupOnce, samples, ...s }) => ({ ...s, seconds: samples?.map((x) => x.seconds) }))])),
  start: start.map(({ argv, samples, ...s }) => ({ ...s, seconds: samples?.map((x) => x.seconds) })) }, null, 2) + "\n");
process.stdout.write(md);
log(`wrote ${path.relative(process.cwd(), outFile)}`);
