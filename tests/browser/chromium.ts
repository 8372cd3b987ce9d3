// Launches Debian's Chromium through playwright-core for the HTML tests, and records what a page does.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export type { Browser, BrowserContext };

export const CHROMIUM = process.env.ADRKIT_CHROMIUM ?? "/usr/bin/chromium";
export const SKIP_BROWSER = process.env.ADRKIT_SKIP_BROWSER === "1";

if (SKIP_BROWSER) {
  console.warn("NOTICE: ADRKIT_SKIP_BROWSER=1: the HTML log and summary are NOT tested in a browser in this run.");
}

/** Fails with what to do when Chromium is missing: CI installs it, so a missing browser is an error there. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set ADRKIT_SKIP_BROWSER=1 to skip the browser tests`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

export interface PageRecord {
  page: Page;
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** Opens a file:// page, recording every request, console error, uncaught error and dialog. */
export async function openPage(context: BrowserContext, url: string, viewport = { width: 1200, height: 900 }): Promise<PageRecord> {
  // Pages share one context: a new context per page costs seconds of renderer start-up on a small machine.
  const page = await context.newPage();
  // A busy 2-core machine (the whole suite runs at once) can take far longer than Playwright's 30 s default.
  page.setDefaultTimeout(90_000);
  await page.setViewportSize(viewport);
  const record: PageRecord = { page, requests: [], consoleErrors: [], dialogs: [] };
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => record.consoleErrors.push(String(error)));
  page.on("dialog", (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  return record;
}

/** A screenshot of the top of the page, at most `maxHeight` pixels: a long log is too tall for one image. */
export async function screenshotTop(page: Page, path: string, maxHeight = 4000): Promise<void> {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight,
  }));
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, maxHeight) } });
}
