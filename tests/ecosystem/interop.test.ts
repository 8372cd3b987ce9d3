// json-adr: export → import into an empty directory → export again gives the same records.
import { describe, it, expect } from "vitest";
import { mkdtemp, rm, writeFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadLog } from "../../src/repo/index.js";
import { adrkitPrompts } from "../../src/migrate/index.js";
import { planImport, readJsonAdr, toJsonAdr, ImportError, type JsonAdrDocument } from "../../src/interop/index.js";
import { parseDecision } from "../../src/parse/index.js";

const repoRoot = resolve(import.meta.dirname, "../..");

async function exportDir(dir: string): Promise<JsonAdrDocument> {
  const log = await loadLog(dir, { root: dir });
  expect(log.failures).toEqual([]);
  return toJsonAdr(log.decisions.map((decision) => ({ decision, file: decision.path })), "adrkit test");
}

async function importInto(doc: JsonAdrDocument, dir: string): Promise<string[]> {
  const planned = planImport(readJsonAdr(JSON.stringify(doc), "decisions.json"), await adrkitPrompts(), "decisions.json");
  for (const p of planned) await writeFile(join(dir, p.name), p.text, { flag: "wx" });
  return planned.map((p) => p.name);
}

describe("json-adr", () => {
  it("round-trips the adrkit example log record for record", async () => {
    const first = await exportDir(resolve(repoRoot, "examples/decisions"));
    expect(first.decisions).toHaveLength(10);
    const dir = await mkdtemp(join(tmpdir(), "adrkit-import-"));
    try {
      const names = await importInto(first, dir);
      expect(names.sort()).toEqual((await readdir(resolve(repoRoot, "examples/decisions"))).filter((n) => n.endsWith(".md")).sort());
      const second = await exportDir(dir);
      expect(second).toEqual(first);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exports the fields other tools read", async () => {
    const doc = await exportDir(resolve(repoRoot, "examples/decisions"));
    const six = doc.decisions.find((d) => d.number === 6)!;
    expect(doc.format).toBe("json-adr");
    expect(six).toMatchObject({
      id: "0006-move-tracking-events-to-kafka-on-amazon-msk",
      slug: "move-tracking-events-to-kafka-on-amazon-msk",
      title: "Move tracking events to Kafka on Amazon MSK",
      status: "accepted",
      date: "2026-01-19",
      deciders: ["Tomás Ribeiro", "Marek Nowak"],
      tags: ["tracking", "messaging", "infrastructure"],
      reviewBy: "2027-01-29",
      sourceFormat: "adrkit",
    });
    expect(six.links).toContainEqual({ relation: "supersedes", number: 3, target: null });
    expect(six.sections.decision).toMatch(/^We will move tracking events/);
    expect(six.body.startsWith("\n# 6. Move tracking events to Kafka on Amazon MSK\n")).toBe(true);
  });

  it("imports a legacy log's records as adrkit-format files", async () => {
    const doc = await exportDir(resolve(repoRoot, "examples/legacy-nygard"));
    const dir = await mkdtemp(join(tmpdir(), "adrkit-import-"));
    try {
      await importInto(doc, dir);
      const log = await loadLog(dir, { root: dir });
      expect(log.decisions.map((d) => d.format)).toEqual(log.decisions.map(() => "adrkit"));
      const two = log.decisions.find((d) => d.number === 2)!;
      expect(two.status.value).toBe("superseded");
      expect(two.links.map((l) => [l.relation, l.number])).toContainEqual(["superseded-by", 4]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses documents it cannot import, naming the file and the record", async () => {
    expect(() => readJsonAdr("{", "x.json")).toThrow(/^x\.json: not valid JSON/);
    expect(() => readJsonAdr('{"decisions": []}', "x.json")).toThrow(/not a json-adr document/);
    expect(() => readJsonAdr('{"format":"json-adr","decisions":[{"title":"A","body":"# A","date":"May 2"}]}', "x.json")).toThrow(
      "x.json: decisions[0].date must be a YYYY-MM-DD date or null",
    );
    const twice = { format: "json-adr", version: 1, generator: "t", decisions: [{ title: "A", body: "# A\n", file: "0001-a.md" }, { title: "B", body: "# B\n", file: "0001-a.md" }] };
    expect(() => planImport(readJsonAdr(JSON.stringify(twice), "x.json"), new Map(), "x.json")).toThrow(ImportError);
  });

  it("never writes outside the directory, whatever a record's file name says", async () => {
    const doc = { format: "json-adr", version: 1, generator: "t", decisions: [{ title: "Evil", number: 3, body: "# 3. Evil\n", file: "../../etc/passwd.md", slug: "../x" }] };
    const [planned] = planImport(readJsonAdr(JSON.stringify(doc), "x.json"), await adrkitPrompts(), "x.json");
    expect(planned.name).toBe("passwd.md");
    const noName = { ...doc, decisions: [{ title: "Evil", number: 3, body: "# 3. Evil\n", file: "..", slug: "../../x" }] };
    expect(planImport(readJsonAdr(JSON.stringify(noName), "x.json"), await adrkitPrompts(), "x.json")[0].name).toBe("0003-x.md");
    expect(parseDecision(planned.text, planned.name).format).toBe("adrkit");
  });
});
