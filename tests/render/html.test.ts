// The HTML pages as text: one script and style of our own, the policy that pins them, no element an ADR smuggled in.
import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { loadLog } from "../../src/repo/load.js";
import { renderLogHtml, renderSummaryHtml } from "../../src/render/index.js";
import { sampleLog } from "./make-decision.js";

const repoRoot = resolve(import.meta.dirname, "../..");

function count(html: string, re: RegExp): number {
  return html.match(re)?.length ?? 0;
}

describe("HTML pages", () => {
  it("pins the page's own script and style by hash and allows nothing else to load", () => {
    const html = renderLogHtml(sampleLog(), { today: "2026-04-01" });
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = (text: string) => createHash("sha256").update(text).digest("base64");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replaceAll("&#x27;", "'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(policy).toContain(`style-src 'sha256-${hash(style)}'`);
  });

  it("renders an empty log and an empty summary without failing", () => {
    const log = renderLogHtml([]);
    expect(log).toContain("0 decisions");
    expect(log).toContain("No decision supersedes, amends or relates to another yet.");
    const summary = renderSummaryHtml([], { today: "2026-04-01" });
    expect(summary).toContain("No decisions were recorded in this period.");
    expect(count(summary, /<script\b/g)).toBe(0);
  });

  it("turns a hostile log into text: no script, frame, image, style or javascript: link of its own", async () => {
    const { decisions } = await loadLog(join(repoRoot, "tests/fixtures/hostile-log"), { root: repoRoot });
    expect(decisions).toHaveLength(3);
    for (const page of [renderLogHtml(decisions), renderSummaryHtml(decisions, { today: "2026-04-01" })]) {
      // Inside a quoted attribute value `<script>` is only text (quotes in values are always escaped), so the
      // markup is checked with the values emptied and the URLs checked on the values themselves.
      const html = page.replace(/="[^"]*"/g, '=""');
      const tags = page.match(/<[a-z][a-z0-9-]*(?:\s+[a-z-]+(?:="[^"]*")?)*\s*\/?>/gi) ?? [];
      expect(tags.filter((t) => /\s(?:href|src|action|data)="\s*(?:javascript|vbscript|data):/i.test(t))).toEqual([]);
      expect(count(html, /<script\b/gi)).toBeLessThanOrEqual(1);
      expect(count(html, /<style\b/gi)).toBe(1);
      expect(count(html, /<(?:iframe|img|object|embed|form|base|link|details|svg[^>]*onload)\b/gi)).toBe(0);
      expect(count(html, /<meta\b/gi)).toBe(4);
      expect(count(html, /<[a-z][^>]*\son[a-z]+=/gi)).toBe(0);
    }
  });
});
