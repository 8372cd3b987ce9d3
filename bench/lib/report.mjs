// Turns measured samples into the Markdown results page: medians, ratios and issue 6's target verdicts.
import { HOSTILE_BUDGET_MS } from "./lines.mjs";
import { median } from "./measure.mjs";

const fmtS = (s) => (s == null ? "—" : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const fmtMB = (mb) => (mb == null ? "n/a" : `${mb.toFixed(0)} MB`);
const fmtX = (x) => (x == null || !Number.isFinite(x) ? "—" : `${x.toFixed(2)}×`);

/** Summarise one line's samples. */
export function summarise(line) {
  const ok = line.samples.filter((s) => s.ok);
  if (line.skipped) return { ...line, status: `skipped: ${line.skipped}` };
  if (!ok.length) return { ...line, status: `failed: ${line.samples[0]?.why ?? "no run"}` };
  const secs = ok.map((s) => s.seconds);
  const rss = ok.map((s) => s.rssMB).filter((x) => x != null);
  const cpu = ok.map((s) => s.cpuSeconds).filter((x) => x != null);
  return { ...line, status: ok.length === line.samples.length ? "ok" : `${line.samples.length - ok.length} failed run(s)`,
    median: median(secs), min: Math.min(...secs), max: Math.max(...secs), rssMB: rss.length ? Math.max(...rss) : null, cpu: cpu.length ? median(cpu) : null,
    runs: ok.length, codes: [...new Set(ok.map((s) => s.code))].join(",") };
}

// Which line each line is compared with in the table's ratio column.
const REFERENCE = { lint: "markdownlint", remark: "markdownlint", "floor-parse2": "floor-parse", "floor-read": "floor-parse",
  "cache-0": "adr-log", "cache-1": "lint", "log-md": "floor-parse", "log-html": "phodal",
  version: "node-e0", help: "node-e0", "import-floor": "node-e0", "one-file": "node-e0" };

export function table(summaries) {
  const byId = Object.fromEntries(summaries.map((s) => [s.id, s]));
  const rows = ["| line | median wall | min – max | runs | ratio (wall) | median CPU | ratio (CPU) | peak RSS | exit | note |",
    "|---|---:|---:|---:|---|---:|---:|---:|---|---|"];
  for (const s of summaries) {
    const ref = byId[REFERENCE[s.id]];
    const ratio = s.median != null && ref?.median ? `${fmtX(s.median / ref.median)} ${ref.label.split(" (")[0]}` : "";
    const cpuRatio = s.cpu != null && ref?.cpu ? fmtX(s.cpu / ref.cpu) : "";
    rows.push(`| ${s.label} | ${fmtS(s.median)} | ${s.median != null ? `${fmtS(s.min)} – ${fmtS(s.max)}` : ""} | ${s.runs ?? 0} | ${ratio} | ${s.cpu != null ? fmtS(s.cpu) : "—"} | ${cpuRatio} | ${fmtMB(s.rssMB)} | ${s.codes ?? ""} | ${s.status === "ok" ? "" : s.status.replaceAll("|", "\\|").replaceAll("\n", " ")} |`);
  }
  return rows.join("\n");
}

/** Issue 6's targets, each a ratio (or absolute) with a limit, judged from one run. */
export function verdicts(byN, start) {
  const find = (n, id) => byN[n]?.find((s) => s.id === id);
  const rows = [];
  // Verdicts use wall-clock medians, as issue 6 states its targets; the CPU ratio is shown beside them
  // because on a shared machine CPU time moves less with other people's load.
  const add = (target, value, limit, unit = "×", cpuValue = null, notATarget = null) => {
    const verdict = value == null ? "not measured" : notATarget ?? (value <= limit ? "**met**" : "**missed**");
    // A ratio within a tenth of its limit gets a third decimal: "0.10×" could be either side of 0.1.
    const near = unit === "×" && value != null && Math.abs(value - limit) < limit * 0.1;
    const shown = value == null ? "—" : near ? `${value.toFixed(3)}×` : unit === "×" ? fmtX(value) : unit === "s" ? fmtS(value) : fmtMB(value);
    rows.push(`| ${target} | ${shown} | ${cpuValue == null ? "" : fmtX(cpuValue)} | ≤ ${unit === "×" ? `${limit}×` : unit === "s" ? fmtS(limit) : `${limit} MB`} | ${verdict} |`);
  };
  const pair = (a, b) => (a?.median != null && b?.median ? [a.median / b.median, a.cpu != null && b.cpu ? a.cpu / b.cpu : null] : [null, null]);
  const ratio = (target, a, b, limit, notATarget = null) => add(target, ...[pair(a, b)].map(([w, c]) => [w, limit, "×", c, notATarget])[0]);
  // Issue 6 sets the two cache targets at 10,000 ADRs; smaller corpora show the ratio without a verdict (at
  // 1,000 a tenth of a 1.9 s cold run is less than node and the program take to start).
  const cacheTarget = (n) => (n >= 10000 ? null : "shown only: the issue sets this target at 10,000 ADRs");
  const ns = Object.keys(byN).map(Number).sort((a, b) => a - b);
  for (const n of ns) {
    ratio(`cold \`adrkit lint\` / markdownlint-cli2, ${n} ADRs`, find(n, "lint"), find(n, "markdownlint"), 0.5);
    ratio(`cold \`adrkit lint\` / one-thread parse floor, ${n} ADRs`, find(n, "lint"), find(n, "floor-parse"), 0.8);
  }
  for (const n of ns) ratio(`\`lint --cache\`, nothing changed / adr-log, ${n} ADRs`, find(n, "cache-0"), find(n, "adr-log"), 2, cacheTarget(n));
  for (const n of ns) ratio(`\`lint --cache\`, 1% changed / cold lint, ${n} ADRs`, find(n, "cache-1"), find(n, "lint"), 0.1, cacheTarget(n));
  for (const n of ns) ratio(`\`log --format markdown\` / one-thread parse floor, ${n} ADRs`, find(n, "log-md"), find(n, "floor-parse"), 1);
  for (const n of ns) if (find(n, "phodal")?.median != null) ratio(`\`log --format html\` / phodal export html, ${n} ADRs`, find(n, "log-html"), find(n, "phodal"), 0.5);
  const s = (id) => start.find((x) => x.id === id);
  ratio("`adrkit --version` / `node -e 0`", s("version"), s("node-e0"), 1.5);
  ratio("`adrkit --help` / `node -e 0`", s("help"), s("node-e0"), 1.5);
  add("lint one ADR, wall", s("one-file")?.median ?? null, 0.3, "s");
  // The pathological file may cost its parse budget (1 s in these lines), never the run.
  const extra = s("hostile")?.median != null && s("hostile-base")?.median != null ? s("hostile").median - s("hostile-base").median : null;
  add("one pathological file: extra wall time over the same run without it", extra, HOSTILE_BUDGET_MS / 1000, "s");
  const big = ns.filter((n) => n >= 10000).pop() ?? ns[ns.length - 1];
  if (big != null) {
    const rss = byN[big].filter((x) => x.adrkit && x.rssMB != null).map((x) => x.rssMB);
    add(`peak RSS of any adrkit line, ${big} ADRs`, rss.length ? Math.max(...rss) : null, 300, "MB");
  }
  return ["| target (issue 6) | measured (wall) | CPU ratio | limit | verdict |", "|---|---:|---:|---:|---|", ...rows].join("\n");
}
