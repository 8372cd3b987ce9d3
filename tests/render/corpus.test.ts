// Every repository of the shared corpus, each folder as one log, through every renderer: no error, and how long it takes.
import { describe, it, expect } from "vitest";
import { readdirSync, existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadLog } from "../../src/repo/load.js";
import {
  renderLogMarkdown, renderLogJson, renderLogHtml, renderMermaid, renderDot, renderSummaryMarkdown, renderSummaryHtml,
  renderReviewMarkdown,
} from "../../src/render/index.js";

const repoRoot = resolve(import.meta.dirname, "../..");
// ADRKIT_CORPUS points a git worktree (which has no shared/ beside it) at the corpus.
const corpus = process.env.ADRKIT_CORPUS ?? resolve(repoRoot, "../shared/corpus");
const present = existsSync(corpus);
if (!present) console.warn(`NOTICE: ${corpus} is absent: the corpus render test is skipped`);

const repositories = present
  ? readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory()).sort()
  : [];

describe("corpus", () => {
  it.skipIf(!present)("renders every repository's log, summary, graph and review without error", async () => {
    const timings: Array<{ repo: string; decisions: number; loadMs: number; renderMs: number; htmlKb: number }> = [];
    for (const repo of repositories) {
      const started = performance.now();
      const { decisions } = await loadLog(join(corpus, repo), { root: join(corpus, repo) });
      const loaded = performance.now();
      const html = renderLogHtml(decisions, { today: "2026-11-25" });
      const outputs = [
        renderLogMarkdown(decisions), renderLogJson(decisions), html, renderMermaid(decisions), renderDot(decisions),
        renderSummaryMarkdown(decisions, { today: "2026-11-25" }), renderSummaryHtml(decisions, { today: "2026-11-25" }),
        renderReviewMarkdown(decisions, { today: "2026-11-25" }),
      ];
      const done = performance.now();
      for (const output of outputs) expect(output.length, repo).toBeGreaterThan(0);
      expect(JSON.parse(outputs[1]).decisions, repo).toHaveLength(decisions.length);
      // Only our own script: whatever the corpus holds, no ADR adds one.
      expect(html.match(/<script\b/g), repo).toHaveLength(1);
      expect(html.match(/<article\b/g)?.length ?? 0, repo).toBe(decisions.length);
      timings.push({
        repo, decisions: decisions.length, loadMs: Math.round(loaded - started), renderMs: Math.round(done - loaded),
        htmlKb: Math.round(html.length / 1024),
      });
    }
    console.log(`render timings over ${repositories.length} corpus repositories:`);
    console.table(timings);
    expect(timings.reduce((n, t) => n + t.decisions, 0)).toBeGreaterThan(0);
  }, 180_000);
});
