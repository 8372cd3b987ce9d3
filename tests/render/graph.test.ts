// The supersede / amend / relates graph in Mermaid and DOT: the right edges, and labels that cannot break out.
import { describe, it, expect } from "vitest";
import { renderMermaid, renderDot, escapeMermaidLabel, escapeDotLabel, indexLog } from "../../src/render/index.js";
import { makeDecision, sampleLog } from "./make-decision.js";

describe("edges", () => {
  it("reads both directions of a link once: 2 superseded-by 4 and 4 supersedes 2 are one edge", () => {
    const edges = indexLog(sampleLog()).edges.map((e) => `${e.from.number} ${e.relation} ${e.to.number}`);
    expect(edges.sort()).toEqual(["1 relates 5", "4 supersedes 2", "5 amends 4"]);
  });

  it("ignores links to decisions that are not in the log and links of a decision to itself", () => {
    const log = indexLog([
      makeDecision({ number: 1, title: "A", links: [{ relation: "supersedes", number: 99 }, { relation: "amends", number: 1 }] }),
    ]);
    expect(log.edges).toEqual([]);
  });
});

describe("mermaid", () => {
  it("draws supersedes solid, amends dotted and relates as a plain line", () => {
    const out = renderMermaid(sampleLog());
    expect(out.split("\n")[0]).toBe("flowchart LR");
    expect(out).toContain('adr_4["4. Use Postgres"]');
    expect(out).toContain("adr_4 -->|supersedes| adr_2");
    expect(out).toContain("adr_5 -.->|amends| adr_4");
    expect(out).toContain("adr_1 ---|relates to| adr_5");
    expect(out).not.toContain("adr_3");
    expect(renderMermaid(sampleLog(), { all: true })).toContain('adr_3["3. Deploy on Fridays"]');
  });

  it("escapes every character that could end a label or start markup", () => {
    const label = escapeMermaidLabel('x"]; click adr_1 call alert(1); y["<img src=x onerror=alert(1)>#\n');
    expect(label.replace(/#\d+;/g, "")).not.toMatch(/["<>[\]();#\n]/);
    expect(label).toContain("#34;");
    const out = renderMermaid([
      makeDecision({ number: 1, title: 'Evil"]\nclick adr_1 href "javascript:alert(1)"', links: [{ relation: "supersedes", number: 2 }] }),
      makeDecision({ number: 2, title: "<script>alert(1)</script>" }),
    ]);
    const nodeLines = out.split("\n").filter((l) => l.includes("[\""));
    expect(nodeLines).toHaveLength(2);
    for (const line of nodeLines) expect(line).toMatch(/^ {2}adr_\d+\["[^"[\]<>]*"\]$/);
    expect(out.split("\n").some((l) => l.trimStart().startsWith("click"))).toBe(false);
  });
});

describe("dot", () => {
  it("writes a digraph with labelled, styled edges", () => {
    const out = renderDot(sampleLog());
    expect(out.startsWith("digraph decisions {\n")).toBe(true);
    expect(out).toContain('adr_4 -> adr_2 [label="supersedes", style=solid];');
    expect(out).toContain('adr_5 -> adr_4 [label="amends", style=dashed];');
    expect(out).toContain('adr_1 -> adr_5 [label="relates to", style=dotted, dir=none];');
    expect(out.trimEnd().endsWith("}")).toBe(true);
  });

  it("escapes quotes and backslashes so a title cannot close its string", () => {
    expect(escapeDotLabel('a"b\\c\nd')).toBe('a\\"b\\\\c d');
    const out = renderDot([
      makeDecision({ number: 1, title: 'x"]; evil [shape=none label="pwned', links: [{ relation: "relates", number: 2 }] }),
      makeDecision({ number: 2, title: "ends in backslash \\" }),
    ]);
    for (const line of out.split("\n").filter((l) => l.includes("label=") && !l.includes("->"))) {
      expect(line).toMatch(/^ {2}adr_\d+ \[label="(?:[^"\\]|\\.)*", tooltip="(?:[^"\\]|\\.)*"\];$/);
    }
  });
});
