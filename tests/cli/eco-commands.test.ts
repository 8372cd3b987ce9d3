// The ecosystem commands as a user runs them: migrate, export/import, init's questions and CI workflow, new without a title.
import { describe, it, expect, afterEach } from "vitest";
import { spawn, execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { adrkit, bin } from "../ecosystem/run-cli.js";

const repoRoot = resolve(import.meta.dirname, "../..");
const temps: string[] = [];

afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "adrkit-eco-"));
  temps.push(dir);
  return dir;
}


async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(join(dir, name), "utf8");
  return out;
}

describe("adrkit migrate", () => {
  it("prints a diff and writes nothing with --dry-run, converts in place without it, and is then a no-op", async () => {
    const cwd = await temp();
    await cp(resolve(repoRoot, "examples/legacy-nygard"), join(cwd, "doc/architecture/decisions"), { recursive: true });
    await writeFile(join(cwd, ".adr-dir"), "doc/architecture/decisions\n");
    const dir = join(cwd, "doc/architecture/decisions");
    const before = await snapshot(dir);

    const dry = await adrkit(cwd, "migrate", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("--- a/doc/architecture/decisions/0002-use-rabbitmq-for-events.md\n+++ b/doc/architecture/decisions/0002-use-rabbitmq-for-events.md\n");
    expect(dry.stdout).toContain("+superseded-by: [4]\n");
    expect(dry.stderr).toContain("would convert 4 of 4");
    expect(await snapshot(dir)).toEqual(before);

    const real = await adrkit(cwd, "migrate");
    expect(real.code).toBe(0);
    const after = await snapshot(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before)); // file names are kept
    expect(after["0004-use-kafka-for-events.md"]).toMatch(/^---\nstatus: accepted\ndate: 2025-09-15\nsupersedes: \[2\]\n---\n\n# 4\. Use Kafka for events\n/);

    const again = await adrkit(cwd, "migrate");
    expect(again.stderr).toContain("converted 0 of 4");
    expect(await snapshot(dir)).toEqual(after);

    // The prompts added for missing sections are what lint now reports as left to write.
    const lint = await adrkit(cwd, "lint", "--format", "json");
    expect(lint.code).toBe(1);
    const ruleIds = new Set((JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(ruleIds).toContain("tradeoffs-two-sided");
    expect(ruleIds).toContain("failure-modes-stated");
  });

  it("converts what it can, names a file it cannot parse, leaves it alone and exits 1", async () => {
    const cwd = await temp();
    await cp(resolve(repoRoot, "examples/legacy-nygard"), join(cwd, "docs/decisions"), { recursive: true });
    const broken = "---\nstatus: [accepted\n---\n\n# 5. Broken\n\n## Context\n\nText.\n";
    await writeFile(join(cwd, "docs/decisions/0005-broken.md"), broken);
    const result = await adrkit(cwd, "migrate");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^adrkit: docs\/decisions\/0005-broken\.md: skipped: cannot be parsed \(.+\); fix it first$/m);
    expect(result.stderr).toContain("converted 4 of 5");
    expect(await readFile(join(cwd, "docs/decisions/0005-broken.md"), "utf8")).toBe(broken);
  });

  it("refuses a target format other than adrkit", async () => {
    const cwd = await temp();
    const result = await adrkit(cwd, "migrate", "--to", "madr");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--to: cannot migrate to "madr"');
  });
});

describe("adrkit export and import", () => {
  it("round-trips a log through json-adr into an empty directory", async () => {
    const cwd = await temp();
    await cp(resolve(repoRoot, "examples/decisions"), join(cwd, "docs/adr"), { recursive: true });
    const first = await adrkit(cwd, "export", "--format", "json-adr", "-o", "decisions.json");
    expect(first.code, first.stderr).toBe(0);
    const imported = await adrkit(cwd, "import", "decisions.json", "--dir", "imported");
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("imported 10 decision(s) into imported");
    const second = await adrkit(cwd, "export", "--dir", "imported");
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(await readFile(join(cwd, "decisions.json"), "utf8")));
  });

  it("writes nothing when any file would be overwritten", async () => {
    const cwd = await temp();
    await cp(resolve(repoRoot, "examples/decisions"), join(cwd, "docs/adr"), { recursive: true });
    await adrkit(cwd, "export", "-o", "decisions.json");
    await mkdir(join(cwd, "target"));
    await writeFile(join(cwd, "target/0003-publish-tracking-events-through-rabbitmq.md"), "mine\n");
    const result = await adrkit(cwd, "import", "decisions.json", "--dir", "target");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("0003-publish-tracking-events-through-rabbitmq.md already exist; nothing was written");
    expect(await readdir(join(cwd, "target"))).toEqual(["0003-publish-tracking-events-through-rabbitmq.md"]);
  });

  it("names the file and the record for a broken document", async () => {
    const cwd = await temp();
    await writeFile(join(cwd, "bad.json"), JSON.stringify({ format: "json-adr", decisions: [{ title: 3, body: "" }] }));
    const result = await adrkit(cwd, "import", "bad.json", "--dir", "out");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("adrkit: bad.json: decisions[0].title must be a string\n");
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });
});

describe("adrkit init and new without a terminal", () => {
  it("never asks in a pipe or CI: takes flags and defaults, and adds the GitHub workflow", async () => {
    const cwd = await temp();
    const result = await adrkit(cwd, "init", "--ci", "github");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("docs/adr/0001-record-architecture-decisions.md\n");
    const workflow = parse(await readFile(join(cwd, ".github/workflows/adrkit.yml"), "utf8"));
    expect(workflow.jobs.adrkit.steps.map((s: { uses?: string }) => s.uses)).toContain("github/codeql-action/upload-sarif@v3");
  });

  it("adds the GitLab job beside an existing pipeline instead of rewriting it", async () => {
    const cwd = await temp();
    await writeFile(join(cwd, ".gitlab-ci.yml"), "build:\n  script: [make]\n");
    const result = await adrkit(cwd, "init", "--dir", "docs/decisions", "--ci", "gitlab");
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(join(cwd, ".gitlab-ci.yml"), "utf8")).toBe("build:\n  script: [make]\n");
    expect(parse(await readFile(join(cwd, ".gitlab/adrkit.gitlab-ci.yml"), "utf8")).adrkit.artifacts.reports.codequality).toBe("gl-code-quality-report.json");
    expect(result.stderr).toContain("include");
  });

  it("rejects an unknown --ci with exit code 2", async () => {
    const cwd = await temp();
    const result = await adrkit(cwd, "init", "--ci", "jenkins");
    expect(result.code).toBe(2);
    expect(existsSync(join(cwd, "docs"))).toBe(false);
  });

  it("`new` without a title says how to give one", async () => {
    const cwd = await temp();
    await adrkit(cwd, "init");
    const result = await adrkit(cwd, "new");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("adrkit: new: give the decision's title, e.g. adrkit new \"Use PostgreSQL for orders\"\n");
  });
});

const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Runs adrkit on a real pseudo-terminal (util-linux `script`), typing each answer once its question shows. */
function onTerminal(cwd: string, args: string, answers: Array<[RegExp, string]>): Promise<string> {
  const env = { ...process.env };
  delete env.CI;
  return new Promise((resolvePromise, reject) => {
    const child = spawn("script", ["-qec", `"${process.execPath}" "${bin}" ${args}`, "/dev/null"], { cwd, env });
    let seen = "";
    let next = 0;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no answer to a question; output so far:\n${seen}`));
    }, 60_000);
    child.stdout.on("data", (chunk) => {
      seen += String(chunk);
      while (next < answers.length && answers[next][0].test(seen)) child.stdin.write(`${answers[next++][1]}\r`);
    });
    child.on("close", () => {
      clearTimeout(timer);
      resolvePromise(seen);
    });
  });
}

describe.skipIf(!hasScript)("on a terminal", () => {
  it("init asks for the directory, the template and the CI workflow", async () => {
    const cwd = await temp();
    await onTerminal(cwd, "init", [
      [/Where should ADRs live\? \[docs\/adr\]/, "docs/decisions"],
      [/Which template\?/, "madr"],
      [/Add a CI workflow/, "github"],
    ]);
    expect(JSON.parse(await readFile(join(cwd, "adrkit.config.json"), "utf8"))).toMatchObject({ dir: "docs/decisions", template: "madr" });
    expect(existsSync(join(cwd, ".github/workflows/adrkit.yml"))).toBe(true);
  }, 70_000);

  it("new asks for a title when none is typed", async () => {
    const cwd = await temp();
    await adrkit(cwd, "init");
    await onTerminal(cwd, "new", [[/Title of the decision/, "Use PostgreSQL for orders"]]);
    expect(await readdir(join(cwd, "docs/adr"))).toContain("0002-use-postgresql-for-orders.md");
  }, 70_000);
});
