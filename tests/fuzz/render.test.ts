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

/** The render room's functions named render*, called as (decisions) — adapt here if a renderer takes more. */
const renderers = Object.entries(render as Record<string, unknown>).filter((e): e is [string, (d: Decision[]) => unknown] => /^render/.test(e[0]) && typeof e[1] === "function");
if (renderers.length === 0) console.warn("[fuzz] src/render exports no render* function yet: renderer fuzzing skipped");

async function output(fn: (d: Decision[]) => unknown, decisions: Decision[]): Promise<string> {
  const value = await fn(decisions);
  return typeof value === "string" ? value : JSON.stringify(value);
}

const scripts = (html: string) => (html.match(/<script/gi) ?? []).length;

describe.skipIf(renderers.length === 0)("renderers", () => {
  it.each(renderers)("%s: the script-payload log renders with no script of its own", async (_name, fn) => {
    const clean = await output(fn, [parseDecision("# 1. Plain\n\nStatus: accepted\n\n## Context\n\nText.\n", "0001-plain.md")]);
    const log = await loadLog(scriptLog, { root: scriptLog });
    const hostile = await output(fn, log.decisions);
    expect(await output(fn, log.decisions)).toBe(hostile);
    // adrkit's own page may carry scripts; an ADR may add none (escaped text like &lt;script is fine).
    expect(scripts(hostile)).toBe(scripts(clean));
    expect(hostile).not.toMatch(/\son(error|load|click|mouseover|toggle)\s*=/i);
    expect(hostile).not.toMatch(/(href|src|action|data)\s*=\s*["']?\s*javascript:/i);
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
