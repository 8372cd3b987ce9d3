// The shipped example log rendered against expected files, so a change in any renderer shows up as a reviewed diff.
// After an intended change: ADRKIT_UPDATE_EXPECTED=1 npx vitest run --config tests/vitest.config.ts tests/render/examples.test.ts
import { describe, it, expect, beforeAll } from "vitest";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import type { Decision } from "../../src/model/index.js";
import { loadLog } from "../../src/repo/load.js";
import {
  renderLogMarkdown, renderMermaid, renderDot, renderSummaryMarkdown, renderReviewMarkdown, renderLogJson,
} from "../../src/render/index.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const examples = join(repoRoot, "examples/decisions");
const expectedDir = join(repoRoot, "tests/render/expected/examples-decisions");
const TODAY = "2026-11-25";
const update = process.env.ADRKIT_UPDATE_EXPECTED === "1";

describe.skipIf(!existsSync(examples))("examples/decisions against expected output", () => {
  let decisions: Decision[];
  beforeAll(async () => {
    decisions = (await loadLog(examples, { root: repoRoot })).decisions;
    if (update) await mkdir(expectedDir, { recursive: true });
  });

  const outputs: Array<[string, () => string]> = [
    ["log.md", () => renderLogMarkdown(decisions)],
    ["log.json", () => renderLogJson(decisions)],
    ["graph.mmd", () => renderMermaid(decisions)],
    ["graph.dot", () => renderDot(decisions)],
    ["summary.md", () => renderSummaryMarkdown(decisions, { today: TODAY, href: (d) => relative("examples", d.path) })],
    ["review.md", () => renderReviewMarkdown(decisions, { today: TODAY, withinDays: 30 })],
  ];

  for (const [name, render] of outputs) {
    it(`renders ${name} as expected`, async () => {
      const actual = render();
      const file = join(expectedDir, name);
      if (update) await writeFile(file, actual);
      expect(actual, `${name} differs from ${relative(repoRoot, file)}; if the change is intended, rerun with ADRKIT_UPDATE_EXPECTED=1`)
        .toBe(await readFile(file, "utf8"));
      if (name.endsWith(".md")) {
        const tree = unified().use(remarkParse).use(remarkGfm).parse(actual) as Root;
        expect(tree.children.length).toBeGreaterThan(0);
      }
    });
  }

  it("reads all ten example decisions with the supersede pair and the amendment", () => {
    expect(decisions.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const mermaid = renderMermaid(decisions);
    expect(mermaid).toContain("adr_6 -->|supersedes| adr_3");
    expect(mermaid).toContain("adr_7 -.->|amends| adr_4");
  });
});
