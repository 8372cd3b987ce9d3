// The stakeholder summary, read back as mdast: the sections a reader looks for, filled from the reasoning.
import { describe, it, expect } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import type { Root, RootContent, List } from "mdast";
import { renderSummaryMarkdown, plainSummary, costsOf } from "../../src/render/index.js";
import { makeDecision, sampleLog } from "./make-decision.js";

const TODAY = "2026-04-01";

function readBack(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

/** The text of each list item under a heading, up to the next heading of the same or a higher level. */
function itemsUnder(tree: Root, heading: string): string[] {
  const start = tree.children.findIndex((n) => n.type === "heading" && toString(n) === heading);
  if (start === -1) throw new Error(`no heading "${heading}"`);
  const depth = (tree.children[start] as { depth: number }).depth;
  const out: string[] = [];
  for (const node of tree.children.slice(start + 1) as RootContent[]) {
    if (node.type === "heading" && node.depth <= depth) break;
    if (node.type === "heading") break;
    if (node.type === "list") out.push(...(node as List).children.map((li) => toString(li.children[0])));
  }
  return out;
}

describe("summary", () => {
  const tree = readBack(renderSummaryMarkdown(sampleLog(), { today: TODAY }));

  it("has the sections a stakeholder reads, in order", () => {
    const headings = tree.children.filter((n) => n.type === "heading").map((n) => toString(n));
    expect(headings).toEqual([
      "Decision summary", "What was decided", "What it costs", "Risk and reversibility",
      "One-way doors (hard to undo)", "Failure modes without a mitigation", "What needs attention",
      "Proposals awaiting a decision", "Assumptions and reviews due", "Superseded in this period",
      "Who decided, who was consulted, who was informed",
    ]);
  });

  it("says what was decided from the Summary section, else from the decision and its reason", () => {
    const decided = itemsUnder(tree, "What was decided");
    expect(decided).toContain("4. Use Postgres (accepted, 2026-02-10): Orders move to Postgres. It is the database the team already runs.");
    expect(decided).toContain("1. Record architecture decisions (accepted, 2025-11-02): We will keep ADRs because memory fades.");
    expect(decided.some((d) => d.startsWith("3. Deploy on Fridays"))).toBe(false);
  });

  it("lists what each decision gives up, from trade-offs and the chosen option's cons", () => {
    expect(itemsUnder(tree, "What it costs")).toEqual(["4. Use Postgres", "5. Partition the orders table"]);
    expect(costsOf(sampleLog()[3])).toEqual(["MySQL's replication tooling."]);
    expect(costsOf(sampleLog()[4])).toEqual(["More tables to vacuum"]);
  });

  it("calls out one-way doors and unmitigated failure modes before anything else about risk", () => {
    expect(itemsUnder(tree, "One-way doors (hard to undo)")).toEqual(["4. Use Postgres: Migrating data back costs a quarter."]);
    expect(itemsUnder(tree, "Failure modes without a mitigation")).toEqual(["4. Use Postgres: Primary fails over slowly"]);
  });

  it("shows what needs attention: waiting proposals with their age, due dates, and what was superseded", () => {
    expect(itemsUnder(tree, "Proposals awaiting a decision")).toEqual(["3. Deploy on Fridays (proposed): waiting 2 months, since 2026-01-20"]);
    expect(itemsUnder(tree, "Assumptions and reviews due")).toEqual([
      "4. Use Postgres — assumption: Write load stays under 5k/s. Check: dashboard. — 40 days overdue (due 2026-02-20)",
      "4. Use Postgres — review the decision — 31 days overdue (due 2026-03-01)",
    ]);
    expect(itemsUnder(tree, "Superseded in this period")).toEqual(["2. Use MySQL by 4. Use Postgres on 2026-02-10"]);
  });

  it("counts who decided, was consulted and informed", () => {
    const table = tree.children.find((n) => n.type === "table")!;
    const rows = (table as { children: RootContent[] }).children.map((r) => (r as { children: RootContent[] }).children.map((c) => toString(c)));
    expect(rows[0]).toEqual(["Person", "Decided", "Consulted", "Informed"]);
    expect(rows).toContainEqual(["Ana", "3", "0", "0"]);
    expect(rows).toContainEqual(["Support", "0", "0", "1"]);
  });

  it("narrows to a period and a tag", () => {
    const narrowed = readBack(renderSummaryMarkdown(sampleLog(), { today: TODAY, since: "2026-02-01", until: "2026-02-28", tags: ["storage"] }));
    expect(itemsUnder(narrowed, "What was decided").map((d) => d.split(" (")[0])).toEqual(["4. Use Postgres"]);
    expect(toString(narrowed.children[1])).toBe("Period: 2026-02-01 to 2026-02-28 · tags: storage · as of 2026-04-01");
    expect(itemsUnder(narrowed, "Proposals awaiting a decision")).toEqual([]);
    expect(itemsUnder(narrowed, "Superseded in this period")).toEqual(["2. Use MySQL by 4. Use Postgres on 2026-02-10"]);
    const march = readBack(renderSummaryMarkdown(sampleLog(), { today: TODAY, since: "2026-03-01" }));
    expect(itemsUnder(march, "Superseded in this period")).toEqual([]);
  });

  it("derives a summary without one: chosen option and reason, else the decision's first sentences", () => {
    expect(plainSummary(sampleLog()[4]).text).toBe('Chosen option: "Monthly partitions", because queries are by month.');
    const madr = makeDecision({
      number: 8, title: "MADR", body: '## Decision Outcome\n\nChosen option: "Kafka".\n',
      reasoning: { chosen: [{ name: "Kafka", rationale: "because replay matters" }] },
    });
    expect(plainSummary(madr).text).toBe('Chose "Kafka", because replay matters.');
    expect(plainSummary(makeDecision({ number: 9, title: "Empty" })).text).toBe("The record does not say what was decided.");
    const long = makeDecision({ number: 9, title: "Long", body: `## Decision\n\n${"word ".repeat(200)}.\n` });
    expect([...plainSummary(long).text].length).toBeLessThanOrEqual(320);
  });
});
