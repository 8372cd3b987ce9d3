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

describe("adrkit log", { timeout: 120_000 }, () => {
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

  it("adds each decision's lint findings to the JSON with --with-lint", async () => {
    const dir = await project();
    const run = await adrkit(dir, "log", "--format", "json", "--with-lint", "--today", "2026-04-01");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.decisions.every((d: { findings?: unknown[] }) => Array.isArray(d.findings))).toBe(true);
    const findings = json.decisions.flatMap((d: { findings: Array<{ ruleId: string; severity: string }> }) => d.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f: { ruleId: string; severity: string }) => f.ruleId && ["error", "warning", "info"].includes(f.severity))).toBe(true);
    // A lint config with every rule off leaves every list empty: the project's own config is used.
    await writeFile(join(dir, "adrkit.config.json"), JSON.stringify({ rules: Object.fromEntries(findings.map((f: { ruleId: string }) => [f.ruleId, "off"])) }));
    const quiet = JSON.parse((await adrkit(dir, "log", "--format", "json", "--with-lint", "--today", "2026-04-01")).stdout);
    expect(quiet.decisions.flatMap((d: { findings: unknown[] }) => d.findings)).toEqual([]);
  });
});

describe("adrkit graph, summary, review", { timeout: 120_000 }, () => {
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
    const cases = [
      ["review", "--today", "2026-13-01"],
      ["summary", "--since", "yesterday"],
      ["review", "--within", "soon"],
      ["log", "--dir", "nowhere"],
      ["log", "--check"],
      ["graph", "--format", "png"],
    ];
    const runs = await Promise.all(cases.map((args) => adrkit(dir, ...args)));
    runs.forEach((run, i) => {
      const args = cases[i].join(" ");
      expect(run.code, args).toBe(2);
      expect(run.stderr, args).not.toMatch(/\n\s+at /);
      expect(run.stderr.trim().split("\n").length, args).toBe(1);
    });
  });

  it("shows an example in every command's help", async () => {
    const dir = await project();
    const commands = ["log", "graph", "summary", "review"];
    const helps = await Promise.all(commands.map((command) => adrkit(dir, command, "--help")));
    helps.forEach((help, i) => {
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`$ adrkit ${commands[i]}`);
      expect(help.stdout).toContain("--today");
      expect(help.stdout).toContain("--dir");
    });
  });
});
