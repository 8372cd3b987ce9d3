import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDecision } from "../../src/parse/index.js";
import { adrkit, assertBuilt, removeDir, snapshot, tempDir } from "./core-helpers.js";

let cwd: string;
beforeAll(assertBuilt);
beforeEach(async () => {
  cwd = await tempDir("cli-new");
});
afterEach(async () => {
  await removeDir(cwd);
});

const adrFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith(".md")).sort();

describe("adrkit init", () => {
  it.each(["adrkit", "nygard", "madr"])("writes the directory, the config and a real ADR 1 in %s", async (template) => {
    const run = await adrkit(["init", "--template", template], cwd);
    expect(run).toMatchObject({ code: 0, stdout: "docs/adr/0001-record-architecture-decisions.md\n" });
    const config = JSON.parse(await readFile(join(cwd, "adrkit.config.json"), "utf8"));
    expect(config).toEqual({ $schema: "./node_modules/adrkit/schema/adrkit.config.schema.json", dir: "docs/adr", template });
    const text = await readFile(join(cwd, "docs/adr/0001-record-architecture-decisions.md"), "utf8");
    expect(text).not.toContain("<!--");
    expect(text).toContain("2026-03-04");
    const decision = parseDecision(text, "0001-record-architecture-decisions.md");
    expect(decision).toMatchObject({ number: 1, title: "Record architecture decisions", status: { value: "accepted" } });
    expect(decision.format).toBe(template === "madr" ? "madr4" : template);
    expect(decision.sections.context?.text).toMatch(/meetings/);
  });

  it("refuses a directory that already holds ADRs, writing nothing", async () => {
    await adrkit(["init", "decisions"], cwd);
    const before = await snapshot(cwd);
    const run = await adrkit(["init", "decisions"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("adrkit: decisions: already holds ADRs; nothing was written\n");
    expect(await snapshot(cwd)).toEqual(before);
  });
});

describe("adrkit new", () => {
  it("writes the next ADR from the config's template with a safe name and prints its path", async () => {
    await adrkit(["init"], cwd);
    const run = await adrkit(["new", "Use", "PostgreSQL/RDS", "for", "orders", "--tag", "storage", "--decider", "Ana Lima"], cwd);
    expect(run).toMatchObject({ code: 0, stdout: "docs/adr/0002-use-postgresql-rds-for-orders.md\n" });
    const text = await readFile(join(cwd, "docs/adr/0002-use-postgresql-rds-for-orders.md"), "utf8");
    expect(text).toContain("status: proposed\ndate: 2026-03-04\ndecision-makers: [Ana Lima]\n");
    expect(text).toContain("tags: [storage]\nreview-by: 2027-03-04\n---\n\n# 2. Use PostgreSQL/RDS for orders\n");
    expect(text).toContain("## Failure modes\n\n<!--");
  });

  it("puts a hostile title inside the directory", async () => {
    await mkdir(join(cwd, "adr"));
    const run = await adrkit(["new", "../../etc/passwd", "--dir", "adr"], cwd);
    expect(run.stdout).toBe("adr/0001-etc-passwd.md\n");
    expect(await adrFiles(join(cwd, "adr"))).toEqual(["0001-etc-passwd.md"]);
  });

  it("supersedes an ADR and links another, updating both in their own format", async () => {
    await adrkit(["init", "--template", "nygard"], cwd);
    await adrkit(["new", "Use RabbitMQ"], cwd);
    const run = await adrkit(["new", "Use Kafka", "--supersedes", "2", "--link", "1:Amends:Amended by"], cwd);
    expect(run.code).toBe(0);
    const dir = join(cwd, "docs/adr");
    const old = await readFile(join(dir, "0002-use-rabbitmq.md"), "utf8");
    expect(old).toContain("## Status\n\nSuperseded\n\nSuperseded by [3. Use Kafka](0003-use-kafka.md)\n\n## Context");
    const first = await readFile(join(dir, "0001-record-architecture-decisions.md"), "utf8");
    expect(first).toContain("Accepted\n\nAmended by [3. Use Kafka](0003-use-kafka.md)\n");
    const created = parseDecision(await readFile(join(dir, "0003-use-kafka.md"), "utf8"), "0003-use-kafka.md");
    expect(created.links.map((l) => [l.relation, l.number])).toEqual([["supersedes", 2], ["amends", 1]]);
  });

  it("fails with exit code 2 and writes nothing when the superseded ADR does not exist", async () => {
    await adrkit(["init"], cwd);
    const before = await snapshot(cwd);
    const run = await adrkit(["new", "Use Kafka", "--supersedes", "7"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^adrkit: docs\/adr: no ADR numbered 7; .*\n$/);
    expect(await snapshot(cwd)).toEqual(before);
  });

  it("reports a broken config by file and line, with exit code 2", async () => {
    await writeFile(join(cwd, "adrkit.config.json"), '{\n  "dir": "adr",\n  "statuses": "x"\n}\n');
    const run = await adrkit(["new", "X"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`adrkit: ${join(cwd, "adrkit.config.json")}:3: "statuses" must be a list of strings\n`);
    expect(await readdir(cwd)).toEqual(["adrkit.config.json"]);
  });

  it("matches the format of an existing log when no template is configured", async () => {
    await mkdir(join(cwd, "doc/adr"), { recursive: true });
    await writeFile(join(cwd, "doc/adr/0001-a.md"), "# A\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Context and Problem Statement\n\nx\n");
    const run = await adrkit(["new", "B"], cwd);
    expect(run.stdout).toBe("doc/adr/0002-b.md\n");
    expect(await readFile(join(cwd, "doc/adr/0002-b.md"), "utf8")).toMatch(/^---\nstatus: proposed\n[\s\S]*# B\n\n## Context and Problem Statement/);
  });

  it("uses a custom template named in the config, relative to the config file", async () => {
    await mkdir(join(cwd, "sub"));
    await writeFile(join(cwd, "adrkit.config.json"), '{ "dir": "adr", "template": "tpl/team.md", "statuses": ["parked"] }');
    await mkdir(join(cwd, "tpl"));
    await writeFile(join(cwd, "tpl/team.md"), "# ADR-{{number4}}: {{title}}\n\nStatus: {{status|capitalize}}\nDeciders: {{deciders}}\n{{unknown}}\n");
    const run = await adrkit(["new", "Team style", "--status", "parked", "--decider", "A", "--decider", "B"], join(cwd, "sub"));
    expect(run.stdout).toBe(`${join(cwd, "adr/0001-team-style.md")}\n`);
    expect(await readFile(join(cwd, "adr/0001-team-style.md"), "utf8")).toBe("# ADR-0001: Team style\n\nStatus: Parked\nDeciders: A, B\n{{unknown}}\n");
    const missing = await adrkit(["new", "X", "--template", "nope.md"], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`adrkit: ${join(cwd, "nope.md")}: cannot read the template (ENOENT); use adrkit, nygard, madr or the path of a template file\n`);
  });

  it("opens $EDITOR only with --edit", async () => {
    await mkdir(join(cwd, "adr"));
    const marker = join(cwd, "edited.txt");
    const script = join(cwd, "editor.cjs");
    await writeFile(script, `require("fs").writeFileSync(${JSON.stringify(marker)}, process.argv[2]);\n`);
    const editor = `${process.execPath} ${script}`;
    await adrkit(["new", "No editor", "--dir", "adr"], cwd, { EDITOR: editor });
    expect(await readdir(cwd)).not.toContain("edited.txt");
    const run = await adrkit(["new", "With editor", "--dir", "adr", "--edit"], cwd, { EDITOR: editor });
    expect(run.code).toBe(0);
    expect(await readFile(marker, "utf8")).toBe(join(cwd, "adr/0002-with-editor.md"));
  });

  it.each([8, 32])("%i runs started at once make that many files with distinct numbers", { timeout: 180_000 }, async (count) => {
    await adrkit(["init", "adr"], cwd);
    const runs = await Promise.all(
      Array.from({ length: count }, (_, i) => adrkit(["new", `Decision number ${i}`], cwd)),
    );
    expect(runs.filter((r) => r.code !== 0).map((r) => `${r.code} ${r.stderr}`)).toEqual([]);
    const files = (await readdir(join(cwd, "adr"))).filter((f) => f !== "0001-record-architecture-decisions.md");
    expect(files.filter((f) => f.startsWith("."))).toEqual([]);
    const numbers = files.map((f) => Number(f.slice(0, 4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 2));
    const printed = runs.map((r) => r.stdout.trim()).sort();
    expect(printed).toEqual(files.map((f) => `adr/${f}`).sort());
  });
});
