// Runs one command as a child process and returns its wall time, exit code and peak RSS.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const GNU_TIME = "/usr/bin/time";
const PROBE = path.join(path.dirname(new URL(import.meta.url).pathname), "rss-probe.cjs");

// GNU time's `%M` is the child's ru_maxrss in KB; without it a preloaded probe writes Node's own maxRSS at exit.
export const rssSource = fs.existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%U %S %M", "true"]).status === 0
  ? "GNU time (ru_maxrss, user+sys CPU)" : "process.resourceUsage() of the child (preloaded probe)";

let scratch;
function scratchDir() {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), "adrkit-bench-run-"));
  return scratch;
}

export function cleanupScratch() {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
}

/**
 * @param {{ argv: string[], cwd: string, env?: Record<string,string> }} cmd argv[0] is the program
 * @returns {{ seconds: number, code: number | null, signal: string | null, rssMB: number | null, stderrTail: string }}
 */
export function measure(cmd, timeoutMs = 20 * 60 * 1000) {
  const dir = scratchDir();
  const out = path.join(dir, "stdout"), err = path.join(dir, "stderr"), rssFile = path.join(dir, "rss");
  fs.rmSync(rssFile, { force: true });
  const outFd = fs.openSync(out, "w"), errFd = fs.openSync(err, "w");
  const env = { ...process.env, ...cmd.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  let file = cmd.argv[0], args = cmd.argv.slice(1);
  if (rssSource.startsWith("GNU")) {
    args = ["-f", "%U %S %M", "-o", rssFile, file, ...args];
    file = GNU_TIME;
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${PROBE}`.trim();
    env.ADRKIT_BENCH_RSS_FILE = rssFile;
  }
  const start = performance.now();
  const r = spawnSync(file, args, { cwd: cmd.cwd, env, stdio: ["ignore", outFd, errFd], timeout: timeoutMs });
  const seconds = (performance.now() - start) / 1000;
  fs.closeSync(outFd);
  fs.closeSync(errFd);
  // The figures file's last line is "user-seconds system-seconds max-RSS-KB".
  let rssMB = null, cpuSeconds = null;
  try {
    const [u, sys, kb] = fs.readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
    if (Number.isFinite(kb) && kb > 0) rssMB = kb / 1024;
    if (Number.isFinite(u) && Number.isFinite(sys)) cpuSeconds = u + sys;
  } catch { /* no figures: the cells say n/a */ }
  // GNU time reports a killed child as "Command terminated by signal"; its own exit code mirrors the child's.
  const stderrTail = fs.readFileSync(err, "utf8").slice(-600);
  return { seconds, cpuSeconds, code: r.status, signal: r.signal ?? (r.error ? String(r.error.code) : null), rssMB, stderrTail,
    stdoutBytes: fs.statSync(out).size };
}

export function readLastStdout() {
  return fs.readFileSync(path.join(scratchDir(), "stdout"), "utf8");
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
