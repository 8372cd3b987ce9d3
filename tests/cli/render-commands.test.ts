// `adrkit log | graph | summary | review` as a user runs them: real processes on a real folder.
import { describe, it, expect, beforeAll } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, cp, writeFile, readFile, readdir, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Root, Table, Link } from "mdast";

const repoRoot = resolve(import.meta.dirname, "../..");
const bin = join(repoRoot, "dist/cli/bin.js");
const fixture = join(repoRoot, "tests/fixtures/render-log");

interface Run { code: number; stdout: string; stderr: string }

function adrkit(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A project folder with the fixture log in docs/adr and a README holding the markers. */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "adrkit-cli-"));
  await mkdir(join(dir, "docs"), { recursive: true });
  await cp(fixture, join(dir, "docs/adr"), { recursive: true });
  await writeFile(join(dir, "README.md"), "# Shop\n\n## Decisions\n\n<!-- adrkit-log -->\n<!-- adrkit-log-end -->\n\nMore text.\n");
  return dir;
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first (npm test does)`);
});

describe("adrkit log", () => {
  it("prints the Markdown table for the conventional folder, linked relative to where it runs", async () => {
    const dir = await project();
    const run = await adrkit(dir, "log");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(run.stdout) as Root;
    const table = tree.children[0] as Table;
    expect(table.type).toBe("table");
    expect(table.children).toHaveLength(6);
    expect((table.children[1].children[0].children[0] as Link).url).toBe("docs/adr/0001-record-architecture-decisions.md");
  });

  it("injects into README.md, keeps the rest byte for byte, and --check tells CI when it is stale", async () => {
    const dir = await project();
    const readme = join(dir, "README.md");
    expect((await adrkit(dir, "log", "--inject", "README.md", "--check")).code).toBe(1);
    const injected = await adrkit(dir, "log", "--inject", "README.md");
    expect(injected.code).toBe(0);
    const text = await readFile(readme, "utf8");
    expect(text.startsWith("# Shop\n\n## Decisions\n\n<!-- adrkit-log -->\n\n| Number")).toBe(true);
    expect(text.endsWith("\n\n<!-- adrkit-log-end -->\n\nMore text.\n")).toBe(true);
    expect(text).toContain("[0004](docs/adr/0004-use-postgresql-for-orders.md)");
    const fresh = await adrkit(dir, "log", "--inject", "README.md", "--check");
    expect(fresh.code).toBe(0);
    const adr = join(dir, "docs/adr/0003-deploy-on-fridays.md");
    await writeFile(adr, (await readFile(adr, "utf8")).replace("status: proposed", "status: accepted"));
    const stale = await adrkit(dir, "log", "--inject", "README.md", "--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("README.md: the decision log is stale");
    expect(await readFile(readme, "utf8")).toBe(text);
    expect((await readdir(dir)).sort()).toEqual(["README.md", "docs"]);
  });

  it("refuses a file without markers in one line, exit 2, leaving it untouched", async () => {
    const dir = await project();
    await writeFile(join(dir, "NOTES.md"), "no markers\n");
    const run = await adrkit(dir, "log", "--inject", "NOTES.md");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^adrkit: NOTES\.md has no <!-- adrkit-log --> marker/);
    expect(await readFile(join(dir, "NOTES.md"), "utf8")).toBe("no markers\n");
  });

  it("writes versioned JSON and one self-contained HTML page", async () => {
    const dir = await project();
    const json = JSON.parse((await adrkit(dir, "log", "--format", "json", "--dir", "docs/adr")).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.decisions.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5]);
    expect(json.decisions[1].supersededBy).toEqual([4]);
    const html = await adrkit(dir, "log", "--format", "html", "-o", "decisions.html", "--today", "2026-04-01");
    expect(html.code).toBe(0);
    const page = await readFile(join(dir, "decisions.html"), "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("as of 2026-04-01");
    expect(page.replaceAll("http://www.w3.org/2000/svg", "")).not.toMatch(/<(?:link|img|iframe)\b|src=|https?:\/\//i);
  });

  it("adds lint findings to the JSON with --with-lint when the lint engine is in the build", async (context) => {
    const lintRoom = (await import(join(repoRoot, "dist/lint/index.js"))) as Record<string, unknown>;
    if (typeof lintRoom.lint !== "function") {
      console.warn("NOTICE: the lint engine is not in this build: --with-lint is not tested");
      context.skip();
    }
    const dir = await project();
    const run = await adrkit(dir, "log", "--format", "json", "--with-lint", "--today", "2026-04-01");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.decisions.every((d: { findings?: unknown[] }) => Array.isArray(d.findings))).toBe(true);
    expect(json.decisions.flatMap((d: { findings: Array<{ ruleId: string }> }) => d.findings).length).toBeGreaterThan(0);
  });
});

describe("adrkit graph, summary, review", () => {
  it("prints the graph as Mermaid or DOT", async () => {
    const dir = await project();
    const mermaid = await adrkit(dir, "graph");
    expect(mermaid.stdout).toContain("adr_4 -->|supersedes| adr_2");
    const dot = await adrkit(dir, "graph", "--format", "dot");
    expect(dot.stdout).toContain('adr_5 -> adr_4 [label="amends", style=dashed];');
  });

  it("writes the summary for a period, in Markdown and HTML", async () => {
    const dir = await project();
    const md = await adrkit(dir, "summary", "--since", "2026-02-01", "--today", "2026-04-01");
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Period: since 2026-02-01 · as of 2026-04-01");
    expect(md.stdout).toContain("[**4. Use PostgreSQL for orders**](docs/adr/0004-use-postgresql-for-orders.md)");
    expect(md.stdout).not.toContain("Record architecture decisions");
    const html = await adrkit(dir, "summary", "--format", "html", "-o", "out/summary.html", "--today", "2026-04-01");
    expect(html.code).toBe(2);
    await mkdir(join(dir, "out"));
    expect((await adrkit(dir, "summary", "--format", "html", "-o", "out/summary.html", "--today", "2026-04-01")).code).toBe(0);
    const page = await readFile(join(dir, "out/summary.html"), "utf8");
    expect(page).toContain("<svg");
    expect(page).toContain('href="../docs/adr/0004-use-postgresql-for-orders.md"');
  });

  it("lists what is due for review and fails CI on overdue items only when asked", async () => {
    const dir = await project();
    const due = await adrkit(dir, "review", "--today", "2026-04-01");
    expect(due.code).toBe(0);
    expect(due.stdout).toContain("4. Use PostgreSQL for orders** — review the decision — 31 days overdue (due 2026-03-01)");
    expect((await adrkit(dir, "review", "--today", "2026-04-01", "--fail-on-overdue")).code).toBe(1);
    expect((await adrkit(dir, "review", "--today", "2026-02-01", "--fail-on-overdue", "--within", "2w")).code).toBe(0);
  });

  it("answers usage mistakes with exit 2 and one line, never a stack trace", async () => {
    const dir = await project();
    for (const args of [
      ["review", "--today", "2026-13-01"],
      ["summary", "--since", "yesterday"],
      ["review", "--within", "soon"],
      ["log", "--dir", "nowhere"],
      ["log", "--check"],
      ["graph", "--format", "png"],
    ]) {
      const run = await adrkit(dir, ...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
      expect(run.stderr.trim().split("\n").length, args.join(" ")).toBe(1);
    }
  });

  it("shows an example in every command's help", async () => {
    const dir = await project();
    for (const command of ["log", "graph", "summary", "review"]) {
      const help = await adrkit(dir, command, "--help");
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`$ adrkit ${command}`);
      expect(help.stdout).toContain("--today");
      expect(help.stdout).toContain("--dir");
    }
  });
});
