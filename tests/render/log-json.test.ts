// The JSON log: versioned shape, every decision with metadata, sections as text, links, and findings on request.
import { describe, it, expect } from "vitest";
import { logJson, renderLogJson, LOG_SCHEMA_VERSION } from "../../src/render/index.js";
import { sampleLog } from "./make-decision.js";

describe("JSON log", () => {
  it("is versioned and lists every decision with its metadata, reasoning and links", () => {
    const parsed = JSON.parse(renderLogJson(sampleLog()));
    expect(parsed.schemaVersion).toBe(1);
    expect(LOG_SCHEMA_VERSION).toBe(1);
    expect(parsed.decisions.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5]);
    const four = parsed.decisions[3];
    expect(Object.keys(four).sort()).toEqual([
      "assumptions", "consulted", "date", "dateText", "deciders", "failureModes", "format", "informed", "links", "number",
      "options", "path", "reversibility", "reviewBy", "sections", "status", "statusText", "supersededBy", "tags", "title",
    ]);
    expect(four).toMatchObject({
      title: "Use Postgres", status: "accepted", date: "2026-02-10", reversibility: "one-way", reviewBy: "2026-03-01",
      deciders: ["Ana"], consulted: ["Dev team"], informed: ["Support"], tags: ["storage", "data"],
      links: [{ relation: "supersedes", number: 2, target: "0002-use-mysql.md", text: "" }],
    });
    expect(four.sections.summary).toBe("Orders move to Postgres. It is the database the team already runs.");
    expect(four.failureModes[0]).toEqual({ text: "Primary fails over slowly", detection: "alerts", mitigation: null });
    expect(parsed.decisions[1].supersededBy).toEqual([4]);
    expect(four.findings).toBeUndefined();
  });

  it("adds each decision's findings when given, with severity from the message", () => {
    const json = logJson(sampleLog(), {
      findings: (d) => d.number === 3
        ? [{ ruleId: "reasoning/tradeoffs", reason: "No trade-offs recorded", fatal: true, line: 1, column: 1 },
          { ruleId: "meta/tags", reason: "Add a tag", fatal: false, line: 2, column: 3 }]
        : [],
    });
    expect(json.decisions[2].findings).toEqual([
      { ruleId: "reasoning/tradeoffs", severity: "error", message: "No trade-offs recorded", line: 1, column: 1 },
      { ruleId: "meta/tags", severity: "warning", message: "Add a tag", line: 2, column: 3 },
    ]);
    expect(json.decisions[0].findings).toEqual([]);
  });
});
