// The HTML log and summary in a real headless Chromium: offline, searchable, filterable, linked, and inert to hostile ADRs.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadLog } from "../../src/repo/load.js";
import { renderLogHtml, renderSummaryHtml } from "../../src/render/index.js";
import { launchChromium, openPage, screenshotTop, SKIP_BROWSER } from "./chromium.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const screenshots = join(repoRoot, "tests/.output/screenshots");
const examples = join(repoRoot, "examples/decisions");
// The examples log once it is in the tree; until then our own fixture log.
const showcase = existsSync(examples) ? examples : join(repoRoot, "tests/fixtures/render-log");
const TODAY = "2026-11-25";

async function writePage(name: string, html: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "adrkit-html-"));
  const file = join(dir, name);
  await writeFile(file, html);
  return pathToFileURL(file).href;
}

async function visibleArticles(page: Page): Promise<string[]> {
  return page.$$eval("article.decision", (all) => all.filter((a) => !(a as HTMLElement).hidden).map((a) => a.id));
}

describe.skipIf(SKIP_BROWSER)("HTML log in Chromium", { timeout: 180_000 }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let logUrl: string;
  let fixtureUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    await mkdir(screenshots, { recursive: true });
    logUrl = await writePage("decisions.html", renderLogHtml((await loadLog(showcase)).decisions, { today: TODAY }));
    fixtureUrl = await writePage("fixture.html", renderLogHtml((await loadLog(join(repoRoot, "tests/fixtures/render-log"))).decisions, { today: TODAY }));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("loads from file:// with no request but itself and no console error", async () => {
    const { page, requests, consoleErrors } = await openPage(context, logUrl);
    await screenshotTop(page, join(screenshots, "log.png"));
    expect(requests).toEqual([logUrl]);
    expect(consoleErrors).toEqual([]);
    expect(await page.locator("article.decision").count()).toBeGreaterThan(3);
    expect(await page.locator("#graph svg.decision-graph").count()).toBe(1);
    expect(await page.locator("ol.timeline li[data-key]").count()).toBe(await page.locator("article.decision").count());
    await page.close();
  });

  it("narrows the index and the decisions as the reader types, and widens again when the search is cleared", async () => {
    const { page } = await openPage(context, fixtureUrl);
    expect(await visibleArticles(page)).toHaveLength(5);
    await page.fill("#search", "postgresql");
    // 4 by its title; 2 and 5 because they name 4 as their replacement and the decision they amend.
    const shown = await visibleArticles(page);
    expect(shown).toEqual(["adr-2", "adr-4", "adr-5"]);
    expect(await page.locator("table.index tbody tr:not([hidden])").count()).toBe(shown.length);
    expect(await page.locator("#shown-count").textContent()).toBe(`${shown.length} of 5 decisions shown`);
    await page.fill("#search", "fridays deploy");
    expect(await visibleArticles(page)).toEqual(["adr-3"]);
    await page.fill("#search", "");
    expect(await visibleArticles(page)).toHaveLength(5);
    await page.close();
  });

  it("filters by status and by tag, and the filters combine", async () => {
    const { page } = await openPage(context, fixtureUrl);
    await page.selectOption("#status-filter", "proposed");
    expect(await visibleArticles(page)).toEqual(["adr-3"]);
    expect(await page.locator("ol.timeline li[data-key]:not([hidden])").count()).toBe(1);
    await page.selectOption("#status-filter", "");
    await page.selectOption("#tag-filter", "storage");
    expect(await visibleArticles(page)).toEqual(["adr-2", "adr-4", "adr-5"]);
    await page.selectOption("#status-filter", "superseded");
    expect(await visibleArticles(page)).toEqual(["adr-2"]);
    expect(await page.locator(".graph-node.dim").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("follows links between decisions, from the index, the body and the graph, even when filters hid the target", async () => {
    const { page } = await openPage(context, fixtureUrl);
    await page.click("#adr-5 .body a[href='#adr-4']");
    expect(new URL(page.url()).hash).toBe("#adr-4");
    await expect.poll(() => page.locator("#adr-4").isVisible()).toBe(true);
    expect(await page.locator("#adr-4").evaluate((el) => el.matches(":target"))).toBe(true);
    await page.click("table.index a[href='#adr-2']");
    expect(new URL(page.url()).hash).toBe("#adr-2");
    await page.click("#adr-2 ul.relations a[href='#adr-4']");
    expect(new URL(page.url()).hash).toBe("#adr-4");
    await page.selectOption("#status-filter", "proposed");
    await page.click("#graph a.graph-node[href='#adr-1']");
    expect(new URL(page.url()).hash).toBe("#adr-1");
    await expect.poll(() => page.locator("#adr-1").isVisible()).toBe(true);
    await page.close();
  });

  it("runs nothing from a hostile log: no script, handler, iframe, javascript: link or outside request", async () => {
    const hostile = (await loadLog(join(repoRoot, "tests/fixtures/hostile-log"))).decisions;
    const url = await writePage("hostile.html", renderLogHtml(hostile, { today: TODAY }));
    const { page, requests, consoleErrors, dialogs } = await openPage(context, url);
    // Give any handler a chance to fire: hover, focus and click every element, open every details.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        for (const type of ["mouseover", "mouseenter", "focus", "toggle", "load", "error"]) el.dispatchEvent(new Event(type));
        if (el instanceof HTMLDetailsElement) el.open = !el.open;
      }
    });
    await page.locator("#adr-1 .body a").first().click().catch(() => undefined);
    await page.waitForTimeout(100);
    await screenshotTop(page, join(screenshots, "hostile-log.png"));
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      scripts: document.scripts.length,
      embeds: document.querySelectorAll("iframe, frame, object, embed, form, base, meta[http-equiv=refresh], img, link").length,
      handlers: Array.from(document.querySelectorAll("*")).flatMap((el) =>
        Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName} ${a.name}`)),
      badUrls: Array.from(document.querySelectorAll("[href], [src], [action], [data]")).map((el) =>
        el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? el.getAttribute("data") ?? "")
        .filter((u) => /^\s*(javascript|vbscript|data):/i.test(u)),
      styles: document.querySelectorAll("style").length,
      bodyShown: getComputedStyle(document.body).display !== "none",
      titleText: document.querySelector("#adr-1 h3")?.textContent ?? "",
    }));
    expect(facts.pwned).toBeNull();
    expect(dialogs).toEqual([]);
    expect(facts.scripts).toBe(1);
    expect(facts.embeds).toBe(0);
    expect(facts.handlers).toEqual([]);
    expect(facts.badUrls).toEqual([]);
    expect(facts.styles).toBe(1);
    expect(facts.bodyShown).toBe(true);
    expect(facts.titleText).toContain("Cache");
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
    // Links between the hostile decisions still work.
    await page.click("#adr-2 .body a[href='#adr-1']");
    expect(new URL(page.url()).hash).toBe("#adr-1");
    await page.close();
  });

  it("shows the summary offline with its charts, and the hostile log's summary runs nothing", async () => {
    const decisions = (await loadLog(showcase)).decisions;
    const url = await writePage("summary.html", renderSummaryHtml(decisions, { today: TODAY }));
    const { page, requests, consoleErrors } = await openPage(context, url, { width: 1000, height: 900 });
    await screenshotTop(page, join(screenshots, "summary.png"));
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
    expect(await page.locator("svg.chart-over-time rect").count()).toBeGreaterThan(0);
    expect(await page.locator("h2").allTextContents()).toEqual(expect.arrayContaining(["What was decided", "What it costs", "Risk and reversibility", "What needs attention"]));
    const hostile = (await loadLog(join(repoRoot, "tests/fixtures/hostile-log"))).decisions;
    const hostileUrl = await writePage("hostile-summary.html", renderSummaryHtml(hostile, { today: TODAY }));
    const second = await openPage(context, hostileUrl);
    expect(await second.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(await second.page.evaluate(() => document.scripts.length + document.querySelectorAll("iframe, img, object").length)).toBe(0);
    expect(second.requests).toEqual([hostileUrl]);
    expect(second.consoleErrors).toEqual([]);
    expect(second.dialogs).toEqual([]);
    await second.page.close();
    await page.close();
  });
});
