// Bodies rendered in the parse workers, before the log is known, must give the page rendered from whole decisions.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Decision } from "../../src/model/index.js";
import { renderLogHtml } from "../../src/render/log-html.js";
import { renderLogMarkdown } from "../../src/render/log-markdown.js";
import { fillBody } from "../../src/render/log-body.js";
import { prepareLogEntry, type LogTaskResult } from "../../src/render/log-task.js";
import { loadLog } from "../../src/repo/load.js";
import { makeDecision, sampleLog } from "./make-decision.js";

const exec = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const bin = join(repoRoot, "dist/cli/bin.js");
const NONCE = "0123456789abcdef";

/** The page as `adrkit log --format html` builds it: every decision slimmed, its body rendered before indexing. */
async function pageFromParts(decisions: Decision[], options: { today?: string } = {}): Promise<string> {
  const results = new Map<Decision, LogTaskResult>();
  for (const d of decisions) results.set(d, await prepareLogEntry(d, { bodyNonce: NONCE }));
  for (const d of decisions) expect(d.tree.children).toEqual([]);
  return renderLogHtml(decisions, { ...options, body: (d, log) => fillBody(results.get(d)!.body!, NONCE, d, log) });
}

const TRICKY = [
  "## Decision",
  "",
  "See [the old one](0002-use-mysql.md), [with a query](./0004-use-postgres.md?x=1#y), [by name only](0001-record-architecture-decisions),",
  "[escaped](0002-use%2Dmysql.md), [broken escape](50%-off.md), [upper case](0002-USE-MYSQL.MD), [spaces](<0003 deploy on fridays.md>),",
  "[a colon](1:0002-use-mysql.md), [script](javascript:alert(1)), [data](data:text/html,hi), [mail](mailto:a@b.c),",
  "[anchor](#decision), [empty](), [web](https://example.com/0002-use-mysql.md) and [a title](0004-use-postgres.md \"Post & \\\"gres\\\"\").",
  "",
  "A [reference][ref], [another][ref], [unknown][nope] and ![a picture](0002-use-mysql.md) ![ref pic][ref].",
  "Footnote here[^1] and there[^two].",
  "",
  "[ref]: 0004-use-postgres.md",
  "[^1]: The first note, linking [back](0001-record-architecture-decisions.md).",
  "[^two]: The second.",
  "",
  "<script>alert(1)</script>",
  "",
  "### Deeper",
  "",
  "| a | b |",
  "|---|---|",
  "| [x](0003-deploy-on-fridays.md) | y |",
].join("\n");

function trickyLog(): Decision[] {
  return [...sampleLog(), makeDecision({ number: 6, title: "Links of every kind", body: TRICKY }), makeDecision({ number: 6, title: "A duplicate number", body: TRICKY })];
}

describe("HTML bodies rendered before the log is known", () => {
  it("give the same page as bodies rendered from whole decisions", async () => {
    const expected = renderLogHtml(trickyLog(), { today: "2026-04-01" });
    // Not vacuous: the page links decisions to each other's anchors, keeps footnotes, and drops the script link.
    expect(expected).toContain('href="#adr-2"');
    expect(expected).toContain("adr-6-2-fn-1");
    expect(expected).not.toContain("javascript:");
    expect(await pageFromParts(trickyLog(), { today: "2026-04-01" })).toBe(expected);
  });

  it("give the same page whatever the link targets (property)", async () => {
    const target = fc.stringMatching(/^[a-zA-Z0-9 :/#?%&"'<>()._\\-]{0,24}$/);
    const names = ["0002-use-mysql.md", "0004-use-postgres", "a%20b.md", "x:y.md", "#frag", "", "javascript:x", "0001-Record.md"];
    const name = fc.constantFrom(...names);
    const url = fc.oneof(target, name, fc.tuple(name, target).map(([a, b]) => a + b), fc.tuple(target, name).map(([a, b]) => `${a}/${b}`));
    await fc.assert(
      fc.asyncProperty(fc.array(url, { minLength: 1, maxLength: 6 }), async (urls) => {
        const body = ["## Decision", "", ...urls.map((u, i) => `[l${i}][d${i}] and [inline${i}](<${u.replace(/[<>\n]/g, "")}>)`), "",
          ...urls.map((u, i) => `[d${i}]: <${u.replace(/[<>\n]/g, "")}>`)].join("\n");
        const build = () => [...sampleLog(), makeDecision({ number: 7, title: "Generated", body })];
        expect(await pageFromParts(build())).toBe(renderLogHtml(build()));
      }),
      { numRuns: 100 },
    );
  });
});

describe("adrkit log --format html on a hostile log", () => {
  it("writes the page rendered from whole decisions, its scripts kept as text", async () => {
    const fixture = join(repoRoot, "tests/fixtures/hostile-log");
    const { stdout } = await exec(process.execPath, [bin, "log", "--format", "html", "--dir", fixture, "--today", "2026-04-01"], { cwd: repoRoot });
    const { decisions } = await loadLog(fixture, { root: repoRoot });
    expect(stdout).toBe(renderLogHtml(decisions, { today: "2026-04-01" }));
    // The page's own script, once; the ADRs' `<script>` survive only as text or inside quoted attribute values.
    expect(stdout.match(/<script>"use strict"/g)).toHaveLength(1);
    expect(stdout).not.toMatch(/>\s*<script>(?!"use strict")/);
  });
});

describe("adrkit log on a log large enough for the parse workers", () => {
  it("writes the same Markdown and HTML as rendering every whole decision in one thread", async () => {
    const dir = await mkdtemp(join(tmpdir(), "adrkit-log-body-"));
    try {
      const adr = join(dir, "docs/adr");
      await exec("mkdir", ["-p", adr]);
      for (let n = 1; n <= 40; n++) {
        const body = n === 6 ? TRICKY : `## Context\n\nSee [the first](0001-first.md) and [the previous](${String(n - 1).padStart(4, "0")}-adr-${n - 1}.md).\n`;
        const name = n === 1 ? "0001-first.md" : `${String(n).padStart(4, "0")}-adr-${n}.md`;
        await writeFile(join(adr, name), `---\nstatus: accepted\ndate: 2026-01-${String((n % 28) + 1).padStart(2, "0")}\n---\n# ${n}. ADR ${n}\n\n${body}\n\n## Reversibility\n\nDoor: ${n % 2 ? "one-way" : "two-way"}.\n`);
      }
      await exec(process.execPath, [bin, "log", "--format", "html", "--today", "2026-04-01", "-o", "log.html"], { cwd: dir });
      const { stdout: markdown } = await exec(process.execPath, [bin, "log"], { cwd: dir });
      const { decisions } = await loadLog(adr, { root: dir });
      expect(decisions).toHaveLength(40);
      const html = await readFile(join(dir, "log.html"), "utf8");
      expect(html).toBe(renderLogHtml(decisions, { today: "2026-04-01" }));
      expect(html).toContain('href="#adr-5"');
      // The page is compared as bytes: the same page passes --check, one changed byte does not.
      const check = ["log", "--format", "html", "--today", "2026-04-01", "-o", "log.html", "--check"];
      await exec(process.execPath, [bin, ...check], { cwd: dir });
      await writeFile(join(dir, "log.html"), html.replace("</main>", " </main>"));
      await expect(exec(process.execPath, [bin, ...check], { cwd: dir })).rejects.toMatchObject({ code: 1 });
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        expect(markdown).toBe(renderLogMarkdown(decisions));
      } finally {
        process.chdir(cwd);
      }
      expect(markdown).toContain("| two-way");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
