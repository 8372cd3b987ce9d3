// Every renderer over a log of script payloads and fuzzed ADRs: no exception, same output twice, no `<script` from an ADR.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as render from "../../src/render/index.js";
import { parseDecision } from "../../src/parse/index.js";
import { loadLog } from "../../src/repo/index.js";
import type { Decision } from "../../src/model/index.js";
import { adrText } from "./arbitraries.js";

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const scriptLog = join(repoRoot, "tests/hostile/fixtures/script-log");

const today = "2026-11-25";
/** Every renderer of the render room, with the options that make its output reproducible. */
const renderers: Array<[string, (d: Decision[]) => unknown]> = [
  ["renderLogMarkdown", (d) => render.renderLogMarkdown(d)],
  ["renderLogHtml", (d) => render.renderLogHtml(d, { today })],
  ["renderLogJson", (d) => render.renderLogJson(d)],
  ["renderMermaid", (d) => render.renderMermaid(d, { all: true })],
  ["renderDot", (d) => render.renderDot(d, { all: true })],
  ["renderSummaryMarkdown", (d) => render.renderSummaryMarkdown(d, { today })],
  ["renderSummaryHtml", (d) => render.renderSummaryHtml(d, { today })],
  ["renderReviewMarkdown", (d) => render.renderReviewMarkdown(d, { today, withinDays: 3650 })],
  ["renderReviewJson", (d) => render.renderReviewJson(d, { today, withinDays: 3650 })],
];
// A renderer added to the room later must be added here too.
const exported = Object.keys(render).filter((k) => /^render/.test(k) && typeof (render as Record<string, unknown>)[k] === "function");

async function output(fn: (d: Decision[]) => unknown, decisions: Decision[]): Promise<string> {
  const value = await fn(decisions);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Real start tags of an HTML page (quoted attribute values kept whole, so `<` inside them is not a tag). */
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function tagsOf(html: string): Array<{ name: string; attributes: Array<[string, string]> }> {
  return [...html.matchAll(START_TAG)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: [...m[2].matchAll(ATTRIBUTE)].map((a) => [a[1].toLowerCase(), (a[2] ?? "").replace(/^["']|["']$/g, "")] as [string, string]),
  }));
}

const isHtml = (out: string) => /^\s*<!doctype html/i.test(out);

function checkHtml(out: string, clean: string): void {
  const tags = tagsOf(out);
  // adrkit's own page may carry scripts; an ADR may add none, nor an event handler or a javascript: URL.
  expect(tags.filter((t) => t.name === "script").length).toBe(tagsOf(clean).filter((t) => t.name === "script").length);
  for (const t of tags) {
    expect(["iframe", "object", "embed", "form", "math"].includes(t.name) && !tagsOf(clean).some((c) => c.name === t.name), t.name).toBe(false);
    for (const [name, value] of t.attributes) {
      expect(name.startsWith("on"), `${t.name} ${name}`).toBe(false);
      if (["href", "src", "action", "data", "formaction", "xlink:href"].includes(name)) expect(value.trim().toLowerCase().startsWith("javascript:"), `${name}=${value}`).toBe(false);
    }
  }
}

describe("renderers", () => {
  it("every exported render* function is fuzzed here", () => {
    expect(exported.filter((name) => name !== "renderGraph" && name !== "renderPage").sort()).toEqual(renderers.map(([n]) => n).sort());
  });

  it.each(renderers)("%s: the script-payload log renders with no script of its own", async (_name, fn) => {
    const clean = await output(fn, [parseDecision("# 1. Plain\n\nStatus: accepted\n\n## Context\n\nText.\n", "0001-plain.md")]);
    const log = await loadLog(scriptLog, { root: scriptLog });
    const hostile = await output(fn, log.decisions);
    expect(await output(fn, log.decisions)).toBe(hostile);
    if (isHtml(hostile)) checkHtml(hostile, clean);
    // Markdown output: HTML from an ADR is escaped (`\<script>`), so a Markdown viewer shows it as text.
    else if (!hostile.trimStart().startsWith("{") && !hostile.trimStart().startsWith("[")) expect(hostile).not.toMatch(/(?<!\\)<(script|img|svg|iframe|object|form)\b/i);
  });

  it.each(renderers)("%s: fuzzed ADRs never throw and render the same twice", async (_name, fn) => {
    await fc.assert(
      fc.asyncProperty(fc.array(adrText, { minLength: 1, maxLength: 3 }), async (texts) => {
        const decisions = texts.map((t, i) => parseDecision(t, `${String(i + 1).padStart(4, "0")}-fuzz.md`));
        const first = await output(fn, decisions);
        expect(await output(fn, decisions)).toBe(first);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
