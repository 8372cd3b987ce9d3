// Preloaded into a child when GNU time is missing: writes the process's CPU seconds and peak RSS (KB) to a file at exit.
const fs = require("node:fs");
const target = process.env.ADRKIT_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    try { const u = process.resourceUsage();
      fs.writeFileSync(target, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}`); } catch { /* best effort */ }
  });
}
