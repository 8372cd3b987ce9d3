// `lint --cache` and one-file lint report exactly what a cold whole-log run reports, while parsing only what changed.
import { describe, it, expect } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { hashText, resolveLintConfig, runLint, type SourceFile } from "../../src/lint/index.js";
import { supersedeBlocks } from "../../src/lint/context.js";
import { numberFromName } from "../../src/parse/index.js";
import { parseDecision } from "../../src/parse/index.js";
import { logFixture } from "./log-fixture.js";

const LOG = "docs/adr";
const today = "2026-11-25";
const config = resolveLintConfig({}, { source: "default configuration" });

type Files = Record<string, string>;
const sourcesOf = (files: Files): SourceFile[] =>
  Object.entries(files).map(([name, text]) => ({ filePath: `${LOG}/${name}`, text, log: LOG }));

/** Everything a user sees of a result: place, rule, severity, text and the offered fix. */
const view = (results: ReturnType<typeof runLint>["results"]) =>
  Object.fromEntries(
    results.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column}-${m.place && "end" in m.place ? `${m.place.end.line}:${m.place.end.column}` : ""} ${m.ruleId} ${m.fatal ? "E" : "W"} ${m.reason} ${JSON.stringify(m.fix ?? null)}`)]),
  );

const cold = (files: Files) => view(runLint({ sources: sourcesOf(files), config, today }).results);

async function cachedRunner() {
  const cacheFile = path.join(await mkdtemp(path.join(os.tmpdir(), "adrkit-facts-")), ".adrkitcache");
  return async (files: Files) => {
    const outcome = runLint({ sources: sourcesOf(files), config, today, cacheFile, version: "test" });
    if (outcome.cache) await writeFile(cacheFile, outcome.cache.text);
    return { view: view(outcome.results), parsed: outcome.parsed.map((p) => path.posix.basename(p)) };
  };
}

const repositoryRules = (v: ReturnType<typeof view>) =>
  Object.values(v).flat().filter((m) => /links-resolve|number-unique|supersede-consistent/.test(m));

describe("lint --cache: whole-log facts per file", () => {
  it("the fixture has findings of every whole-log rule, so the comparisons below can fail", () => {
    const found = repositoryRules(cold(logFixture())).join("\n");
    for (const rule of ["links-resolve", "number-unique", "supersede-consistent"]) expect(found).toContain(rule);
    expect(found).toContain("loop");
    expect(found).not.toContain("0012-missing"); // silenced by its inline comment
  });

  it("after each edit, a cached run equals a cold run and parses only the edited files", async () => {
    const run = await cachedRunner();
    let files = logFixture();
    const first = await run(files);
    expect(first.view).toEqual(cold(files));
    expect(first.parsed).toHaveLength(Object.keys(files).length);
    const again = await run(files);
    expect(again.view).toEqual(first.view);
    expect(again.parsed).toEqual([]);

    const edits: Array<[string, (f: Files) => Files, string[]]> = [
      ["a number: the title-numbered file takes number 3", (f) => ({ ...f, "decision-on-logging.md": f["decision-on-logging.md"].replace("# 10.", "# 3.") }), ["decision-on-logging.md"]],
      ["a link target: 3's broken link now points at 4", (f) => ({ ...f, "0003-use-redis.md": f["0003-use-redis.md"].replace("0009-nothing.md", "0004-use-kafka.md") }), ["0003-use-redis.md"]],
      ["a status: 2 becomes superseded with no replacement", (f) => ({ ...f, "0002-use-mysql.md": f["0002-use-mysql.md"].replace("status: accepted", "status: superseded") }), ["0002-use-mysql.md"]],
      ["a back link added: 3 says it is superseded by 4", (f) => ({ ...f, "0003-use-redis.md": f["0003-use-redis.md"].replace("Accepted", "Superseded by [4. Use Kafka](0004-use-kafka.md)") }), ["0003-use-redis.md"]],
      ["an inline disable comment silences the loop on 8", (f) => ({ ...f, "0008-use-rest.md": `<!-- adrkit-disable supersede-consistent -->\n${f["0008-use-rest.md"]}` }), ["0008-use-rest.md"]],
      ["a deleted file: 1 goes, so 2's and 4's links to it break", (f) => Object.fromEntries(Object.entries(f).filter(([name]) => name !== "0001-use-postgres.md")), []],
      ["an added file: a second ADR 6, and the missing 9 appears", (f) => ({ ...f, "0006-use-soap.md": f["0005-use-nats.md"].replace("# 5.", "# 6."), "0009-nothing.md": f["0005-use-nats.md"].replace("# 5. Use NATS", "# 9. Nothing") }), ["0006-use-soap.md", "0009-nothing.md"]],
      ["prose only: 6 gains a paragraph, whole-log findings stay as they were", (f) => ({ ...f, "0006-use-grpc.md": `${f["0006-use-grpc.md"]}\nA later note on retries.\n` }), ["0006-use-grpc.md"]],
      ["22 supersedes 21, whose empty superseded-by list gets the fix", (f) => ({
        ...f,
        "0021-use-sqs.md": f["0005-use-nats.md"].replace("# 5. Use NATS", "# 21. Use SQS").replace("---\n#", "superseded-by: []\n---\n#"),
        "0022-use-sns.md": f["0005-use-nats.md"].replace("# 5. Use NATS", "# 22. Use SNS").replace("---\n#", "supersedes: [21]\n---\n#"),
      }), ["0021-use-sqs.md", "0022-use-sns.md"]],
      ["21's front matter lines swapped: the same facts, the fix at another offset", (f) => ({ ...f, "0021-use-sqs.md": f["0021-use-sqs.md"].replace(/^(date: [\d-]+)\n(superseded-by: \[\])\n/m, "$2\n$1\n") }), ["0021-use-sqs.md"]],
      ["two files at once, and one renamed", (f) => {
        const { "0013-use-lambda.md": lambda, ...rest } = f;
        return { ...rest, "0014-use-lambda.md": lambda.replace("# 13.", "# 14."), "0004-use-kafka.md": f["0004-use-kafka.md"].replace("relates-to: [1]", "relates-to: [14]") };
      }, ["0004-use-kafka.md", "0014-use-lambda.md"]],
    ];
    for (const [what, edit, changed] of edits) {
      files = edit(files);
      const cached = await run(files);
      expect(cached.view, what).toEqual(cold(files));
      expect(cached.parsed, what).toEqual(changed);
    }
  });

  it("reads no text the cache vouches for: none when nothing changed, the edited file's after a prose edit", async () => {
    const cacheFile = path.join(await mkdtemp(path.join(os.tmpdir(), "adrkit-lazy-")), ".adrkitcache");
    const files = logFixture();
    const first = runLint({ sources: sourcesOf(files), config, today, cacheFile, version: "test" });
    await writeFile(cacheFile, first.cache!.text);
    const reads: string[] = [];
    // As `--cache-strategy metadata` hands them over: the hash known, the text read only when asked for.
    const vouched = (f: Files): SourceFile[] =>
      sourcesOf(f).map(({ filePath, log, text }) => ({
        filePath, log, hash: hashText(text),
        get text() {
          reads.push(path.posix.basename(filePath));
          return text;
        },
      }));
    const unchanged = runLint({ sources: vouched(files), config, today, cacheFile, version: "test" });
    expect(view(unchanged.results)).toEqual(cold(files));
    expect(reads).toEqual([]);
    const edited = { ...files, "0006-use-grpc.md": `${files["0006-use-grpc.md"]}\nA later note on retries.\n` };
    const outcome = runLint({ sources: vouched(edited), config, today, cacheFile, version: "test" });
    expect(view(outcome.results)).toEqual(cold(edited));
    expect([...new Set(reads)]).toEqual(["0006-use-grpc.md"]);
  });

  it("a cache written by one-file runs (context facts only) still gives whole-log results equal to a cold run", async () => {
    const run = await cachedRunner();
    const files = logFixture();
    const cacheOnly = runLint({ sources: sourcesOf(files).map((s, i) => ({ ...s, context: i !== 0 })), config, today });
    expect(cacheOnly.results).toHaveLength(1);
    expect((await run(files)).view).toEqual(cold(files));
  });
});

describe("one-file lint: the rest of the log as cheap context", () => {
  it("each file's findings equal those of a whole-log run, parsing few siblings", () => {
    const files = logFixture();
    const whole = cold(files);
    for (const name of Object.keys(files)) {
      const filePath = `${LOG}/${name}`;
      const outcome = runLint({ sources: sourcesOf(files).map((s) => ({ ...s, context: s.filePath !== filePath })), config, today });
      expect(view(outcome.results), name).toEqual({ [filePath]: whole[filePath] });
      // Siblings with no supersede word, and with a number in their name, are never parsed.
      if (name !== "0005-use-nats.md") expect(outcome.parsed, name).not.toContain(`${LOG}/0005-use-nats.md`);
      expect(outcome.parsed.length, name).toBeLessThanOrEqual(5);
    }
  });

  it("leaves a sibling that could stall the parser unparsed on this thread", () => {
    const files = logFixture();
    const named = `${LOG}/0004-use-kafka.md`;
    const sources = sourcesOf(files).map((s) => ({ ...s, context: s.filePath !== named }));
    const sibling = `${LOG}/decision-on-logging.md`; // no number in its name: normally parsed for its number
    expect(runLint({ sources, config, today }).parsed).toContain(sibling);
    const guarded = runLint({ sources, config, today, risky: (text) => text.includes("Log as JSON") });
    expect(guarded.parsed).not.toContain(sibling);
    expect(guarded.results.map((r) => r.filePath)).toEqual([named]);
  });

  it("the file-name number is the parser's number, so a sibling need not be parsed for it", () => {
    const names = ["0007-x.md", "adr-012-y.md", "ADR_3_z.md", "12.md", "0042 use x.md", "2024-01-02-x.md", "20240102-x.md", "x-0007.md", "1234567-x.md", "decision.md"];
    for (const name of names) {
      const parsed = parseDecision("---\nnumber: 99\n---\n# 98. Title\n", `docs/adr/${name}`).number;
      const cheap = numberFromName(`docs/adr/${name}`);
      if (cheap === undefined) expect(parsed, name).toBe(99);
      else expect(parsed, name).toBe(cheap);
    }
  });

  it("finds the block holding a supersede link, and nothing in a file without one", () => {
    expect(supersedeBlocks("# 1. A\n\n## Status\n\nSuperseded by\n[ADR 7](0007-x.md)\n\nOther 8.\n")).toBe("\n\nSuperseded by\n[ADR 7](0007-x.md)");
    expect(supersedeBlocks("---\nstatus: accepted\nsupersedes:\n\n  - 7\n---\n# 1. A\n")).toContain("- 7");
    expect(supersedeBlocks("# 1. A\n\nWe replace the old queue.\n")).toBe("");
  });
});
