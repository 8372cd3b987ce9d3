// The HTML log of the largest corpus repository in Chromium: a real log, offline, with a screenshot to look at.
import { describe, it, expect, afterAll } from "vitest";
import { readdirSync, existsSync, statSync } from "node:fs";
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { loadLog } from "../../src/repo/load.js";
import { renderLogHtml, renderSummaryHtml } from "../../src/render/index.js";
import { launchChromium, openPage, screenshotTop, SKIP_BROWSER } from "./chromium.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const corpus = process.env.ADRKIT_CORPUS ?? resolve(repoRoot, "../shared/corpus");
const present = existsSync(corpus);
if (!present) console.warn(`NOTICE: ${corpus} is absent: the corpus page test is skipped`);

function largestRepository(): string {
  const sizes = readdirSync(corpus)
    .filter((name) => statSync(join(corpus, name)).isDirectory())
    .map((name) => ({ name, files: readdirSync(join(corpus, name), { recursive: true }).filter((f) => String(f).endsWith(".md")).length }));
  return sizes.sort((a, b) => b.files - a.files || a.name.localeCompare(b.name))[0].name;
}

describe.skipIf(SKIP_BROWSER || !present)("HTML log of the largest corpus repository", { timeout: 240_000 }, () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it("opens offline with no console error, every decision searchable", async () => {
    const repo = largestRepository();
    const started = performance.now();
    const { decisions } = await loadLog(join(corpus, repo), { root: join(corpus, repo) });
    const html = renderLogHtml(decisions, { today: "2026-11-25", title: `Decision log: ${repo}` });
    const summary = renderSummaryHtml(decisions, { today: "2026-11-25" });
    const renderMs = Math.round(performance.now() - started);
    const dir = await mkdtemp(join(tmpdir(), "adrkit-corpus-"));
    await writeFile(join(dir, "log.html"), html);
    await writeFile(join(dir, "summary.html"), summary);
    browser = await launchChromium();
    const context = await browser.newContext();
    const url = pathToFileURL(join(dir, "log.html")).href;
    const loadStarted = performance.now();
    const { page, requests, consoleErrors } = await openPage(context, url);
    const loadMs = Math.round(performance.now() - loadStarted);
    const shots = join(repoRoot, "tests/.output/screenshots");
    await mkdir(shots, { recursive: true });
    // The top of the page (index, graph, timeline): a full-page shot of a long log is too tall for one image.
    await screenshotTop(page, join(shots, "corpus-largest-log.png"));
    console.log(`${repo}: ${decisions.length} decisions, load+render ${renderMs} ms, ${Math.round(html.length / 1024)} KiB, opened in Chromium in ${loadMs} ms`);
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
    expect(await page.locator("article.decision").count()).toBe(decisions.length);
    await page.fill("#search", "zzzz-no-such-word");
    expect(await page.locator("#shown-count").textContent()).toBe(`0 of ${decisions.length} decisions shown`);
    const summaryUrl = pathToFileURL(join(dir, "summary.html")).href;
    const second = await openPage(context, summaryUrl, { width: 1000, height: 900 });
    await screenshotTop(second.page, join(shots, "corpus-largest-summary.png"));
    expect(second.requests).toEqual([summaryUrl]);
    expect(second.consoleErrors).toEqual([]);
  });
});
