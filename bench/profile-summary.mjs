// Summarises `node --cpu-prof` output: self time by package/room and by function, over every profile in a folder.
// Usage: node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli/bin.js lint bench/corpora/n1000
//        node bench/profile-summary.mjs /tmp/prof [--top 25]
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const ti = process.argv.indexOf("--top");
const top = ti > 0 ? Number(process.argv[ti + 1]) : 25;
if (!dir || !fs.existsSync(dir)) {
  console.error("profile-summary: usage: node bench/profile-summary.mjs <folder of .cpuprofile files> [--top 25]");
  process.exit(2);
}

// Where a function lives: a package under node_modules, a room of adrkit's dist/, or Node itself.
function owner(url) {
  if (!url) return "(native / GC / idle)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const d = url.indexOf("/dist/");
  if (d >= 0) return `adrkit ${url.slice(d + 6).split("/").slice(0, -1).join("/") || "."}`;
  if (url.startsWith("node:")) return "node internals";
  return path.basename(url);
}

const byOwner = new Map(), byFn = new Map();
let total = 0;
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
for (const f of files) {
  const prof = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  // timeDeltas[i] is the time before sample i; charge it to that sample's node.
  prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  for (const [id, us] of dt) {
    const cf = nodes.get(id).callFrame;
    if (cf.functionName === "(idle)") continue;
    const o = owner(cf.url);
    const fn = `${cf.functionName || "(anonymous)"}  ${o}${cf.url ? `:${cf.lineNumber + 1}` : ""}`;
    byOwner.set(o, (byOwner.get(o) ?? 0) + us);
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    total += us;
  }
}
const show = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
};
console.log(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms of busy samples (idle excluded)`);
show("self time by package / room", byOwner);
show("self time by function", byFn);
