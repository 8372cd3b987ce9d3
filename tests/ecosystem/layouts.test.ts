// adrkit finds the ADRs of adr-tools, log4brains and MADR repositories with no adrkit configuration at all.
import { describe, it, expect, afterAll } from "vitest";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { adrkit } from "./run-cli.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const temps: string[] = [];

afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});


const LOG4BRAINS_ADR = `# Use Markdown Architectural Decision Records

- Status: accepted
- Date: 2020-09-24
- Tags: doc

## Context and Problem Statement

We want to record architectural decisions made in this project.

## Decision Outcome

Chosen option: "MADR 2.1.2", because it is lean and fits our needs.
`;

/** A repository laid out the way each tool leaves it, with no adrkit config; `cwd` is a sub-folder for .adr-dir. */
const LAYOUTS: Array<{ name: string; build: (root: string) => Promise<string>; dir: string; count: number }> = [
  {
    name: "adr-tools (.adr-dir)",
    dir: "architecture/records",
    count: 4,
    build: async (root) => {
      await cp(resolve(repoRoot, "examples/legacy-nygard"), join(root, "architecture/records"), { recursive: true });
      await writeFile(join(root, ".adr-dir"), "architecture/records\n");
      await mkdir(join(root, "src"));
      return join(root, "src"); // adr-tools finds .adr-dir from any sub-folder
    },
  },
  {
    name: "log4brains (.log4brains.yml)",
    dir: "docs/l4b-adr",
    count: 2,
    build: async (root) => {
      await mkdir(join(root, "docs/l4b-adr"), { recursive: true });
      await writeFile(join(root, ".log4brains.yml"), "---\nproject:\n  name: Demo\n  tz: Europe/Paris\n  adrFolder: ./docs/l4b-adr\n");
      await writeFile(join(root, "docs/l4b-adr/20200924-use-markdown-architectural-decision-records.md"), LOG4BRAINS_ADR);
      await writeFile(join(root, "docs/l4b-adr/20201016-use-typescript.md"), LOG4BRAINS_ADR.replace(/^# .*/, "# Use TypeScript").replace("2020-09-24", "2020-10-16"));
      await writeFile(join(root, "docs/l4b-adr/README.md"), "# Architecture knowledge base\n");
      return root;
    },
  },
  {
    name: "MADR (docs/decisions)",
    dir: "docs/decisions",
    count: 4,
    build: async (root) => {
      await cp(resolve(repoRoot, "examples/legacy-madr"), join(root, "docs/decisions"), { recursive: true });
      return root;
    },
  },
];

describe.each(LAYOUTS)("a $name repository", ({ build, dir, count }) => {
  it("is listed and linted without configuration", async () => {
    const root = await mkdtemp(join(tmpdir(), "adrkit-layout-"));
    temps.push(root);
    const cwd = await build(root);

    const list = await adrkit(cwd, "list", "--json");
    expect(list.code, list.stderr).toBe(0);
    const decisions = JSON.parse(list.stdout) as Array<{ title: string }>;
    expect(decisions).toHaveLength(count);
    expect(decisions.every((d) => d.title.length > 0)).toBe(true);

    const lint = await adrkit(cwd, "lint", "--format", "json");
    expect([0, 1], lint.stderr).toContain(lint.code);
    const results = JSON.parse(lint.stdout) as Array<{ filePath: string }>;
    expect(results).toHaveLength(count);
    for (const r of results) expect(r.filePath.replace(/\\/g, "/")).toContain(`${dir}/`);
  });
});
