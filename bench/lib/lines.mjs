// The benchmark's lines: what each one runs, in which work folder, and which exit codes count as success.
import fs from "node:fs";
import path from "node:path";

const NODE = process.execPath;

/** Paths of everything the lines run. */
export function tools(benchDir, repoRoot) {
  const nm = path.join(benchDir, "node_modules");
  return {
    adrkit: path.join(repoRoot, "dist", "cli", "bin.js"),
    markdownlint: path.join(nm, "markdownlint-cli2", "markdownlint-cli2-bin.mjs"),
    remark: path.join(nm, "remark-cli", "cli.js"),
    remarkPreset: path.join(nm, "remark-preset-lint-recommended", "index.js"),
    adrLog: path.join(nm, "adr-log", "cli.js"),
    phodal: path.join(nm, "adr", "build", "main", "cli.js"),
    floors: path.join(benchDir, "floors.mjs"),
  };
}

// adrkit's own arguments, in one place so they follow the CLI as it settles.
export const ADRKIT = {
  lint: (dir) => ["lint", dir],
  lintCache: (dir, cacheFile) => ["lint", "--cache", "--cache-location", cacheFile, dir],
  lintCacheFallback: (dir) => ["lint", "--cache", dir],
  logMarkdown: (dir) => ["log", "--dir", dir, "--format", "markdown"],
  logHtml: (dir, out) => ["log", "--dir", dir, "--format", "html", "-o", out],
};

/**
 * Every line for one corpus. `work` is a per-corpus scratch folder (cache copies, phodal's config, outputs).
 * Each line: { id, label, group, argv, cwd, ok: exit codes that count as success, adrkit?, before?(rep) }.
 */
export function linesFor({ t, n, dir, work, full, cacheArgs }) {
  const L = [];
  const node = (...args) => [NODE, ...args];
  const lintOk = [0, 1]; // 1 = findings, expected on a corpus seeded with defects
  L.push({ id: "lint", label: "adrkit lint", group: "lint", adrkit: true, argv: node(t.adrkit, ...ADRKIT.lint(dir)), cwd: work, ok: lintOk });
  L.push({ id: "markdownlint", label: "markdownlint-cli2 (default config)", group: "lint",
    argv: node(t.markdownlint, `${dir}/*.md`), cwd: work, ok: [0, 1] });
  if (n <= 1000 || full) {
    L.push({ id: "remark", label: "remark-cli + preset-lint-recommended", group: "lint",
      argv: node(t.remark, "--no-config", "--no-ignore", "--no-stdout", "--no-color", "--quiet", "--use", t.remarkPreset, dir),
      cwd: work, ok: [0, 1] });
  }
  L.push({ id: "floor-read", label: "floor: read every file", group: "floor", argv: node(t.floors, "read", dir), cwd: work, ok: [0] });
  L.push({ id: "floor-parse", label: "floor: gray-matter + remark-parse, 1 thread", group: "floor", argv: node(t.floors, "parse", dir), cwd: work, ok: [0] });
  L.push({ id: "floor-parse2", label: "floor: the same over 2 worker threads", group: "floor",
    argv: node(t.floors, "parse-workers", dir, "--workers", "2"), cwd: work, ok: [0] });

  // Cache lines lint their own copy of the corpus, so edits for "1% changed" never touch the shared corpus.
  const copy = path.join(work, "cache-copy");
  const cacheFile = path.join(work, "adrkit-cache");
  const files = () => fs.readdirSync(copy).filter((f) => f.endsWith(".md")).sort();
  L.push({ id: "cache-0", label: "adrkit lint --cache, nothing changed", group: "cache", adrkit: true,
    argv: node(t.adrkit, ...cacheArgs(copy, cacheFile)), cwd: work, ok: lintOk, needsWarmCache: true });
  L.push({ id: "cache-1", label: "adrkit lint --cache, 1% changed", group: "cache", adrkit: true,
    argv: node(t.adrkit, ...cacheArgs(copy, cacheFile)), cwd: work, ok: lintOk, needsWarmCache: true,
    // Each repetition edits a different 1% of the files (untimed), so the cache misses exactly those.
    before: (rep) => {
      const all = files();
      const k = Math.max(1, Math.round(all.length / 100));
      for (let i = 0; i < k; i++) {
        const f = path.join(copy, all[(rep * k + i) % all.length]);
        fs.appendFileSync(f, `\nEdited in benchmark repetition ${rep}, file ${i}.\n`);
      }
    } });

  L.push({ id: "log-md", label: "adrkit log --format markdown", group: "log", adrkit: true,
    argv: node(t.adrkit, ...ADRKIT.logMarkdown(dir)), cwd: work, ok: [0] });
  L.push({ id: "log-html", label: "adrkit log --format html", group: "log", adrkit: true,
    argv: node(t.adrkit, ...ADRKIT.logHtml(dir, path.join(work, "adrkit-log.html"))), cwd: work, ok: [0] });
  L.push({ id: "adr-log", label: "adr-log -d (regex index)", group: "log", argv: node(t.adrLog, "-d", dir), cwd: work, ok: [0] });
  if (n <= 1000 || full) {
    const phodalWork = path.join(work, "phodal");
    L.push({ id: "phodal", label: "adr (phodal) export html", group: "log", argv: node(t.phodal, "export", "html"), cwd: phodalWork, ok: [0],
      setupOnce: () => {
        // phodal's adr reads `.adr.json` from the working directory; its `path` may point anywhere.
        fs.mkdirSync(phodalWork, { recursive: true });
        fs.writeFileSync(path.join(phodalWork, ".adr.json"),
          JSON.stringify({ language: "en", path: dir + "/", prefix: "", digits: 4, extension: "md" }));
      } });
  }
  return { lines: L, copy, cacheFile };
}

/** The parse time budget the pathological-file lines run with (adrkit.config.json `parseTimeoutMs`). */
export const HOSTILE_BUDGET_MS = 1000;

/**
 * A folder holding a copy of a small corpus, and a second copy with one file that stalls micromark
 * (`*a` repeated: tens of seconds to parse), each linted under a config with a 1 s parse budget.
 */
export function hostileSetup(work, corpusDir) {
  const cwd = path.join(work, "hostile");
  const base = path.join(cwd, "base");
  const stall = path.join(cwd, "stall");
  fs.mkdirSync(cwd, { recursive: true });
  fs.writeFileSync(path.join(cwd, "adrkit.config.json"), JSON.stringify({ parseTimeoutMs: HOSTILE_BUDGET_MS }) + "\n");
  fs.cpSync(corpusDir, base, { recursive: true });
  fs.cpSync(corpusDir, stall, { recursive: true });
  fs.writeFileSync(path.join(stall, "0500-stalls-the-parser.md"), "*a".repeat(32 * 1024));
  return { cwd, base, stall };
}

/** Start-up lines, run once (not per corpus). `oneFile` is a single ADR for the one-file lint. */
export function startLines({ t, work, oneFile, hostile }) {
  return [
    { id: "node-e0", label: "node -e 0", group: "start", argv: [NODE, "-e", "0"], cwd: work, ok: [0] },
    { id: "import-floor", label: "node: import unified + remark-parse + gray-matter", group: "start",
      argv: [NODE, "--input-type=module", "-e", "await import('unified'); await import('remark-parse'); await import('gray-matter');"],
      cwd: path.dirname(t.floors), ok: [0] },
    { id: "version", label: "adrkit --version", group: "start", adrkit: true, argv: [NODE, t.adrkit, "--version"], cwd: work, ok: [0] },
    { id: "help", label: "adrkit --help", group: "start", adrkit: true, argv: [NODE, t.adrkit, "--help"], cwd: work, ok: [0] },
    { id: "one-file", label: "adrkit lint <one file>", group: "start", adrkit: true, argv: [NODE, t.adrkit, ...ADRKIT.lint(oneFile)], cwd: work, ok: [0, 1] },
    ...(hostile
      ? [
          { id: "hostile-base", label: "adrkit lint, 100 ADRs (1 s parse budget)", group: "start", adrkit: true, argv: [NODE, t.adrkit, ...ADRKIT.lint(hostile.base)], cwd: hostile.cwd, ok: [0, 1] },
          { id: "hostile", label: "adrkit lint, the same + 1 pathological file", group: "start", adrkit: true, argv: [NODE, t.adrkit, ...ADRKIT.lint(hostile.stall)], cwd: hostile.cwd, ok: [1] },
        ]
      : []),
  ];
}
