// Hand-made Decision objects for renderer tests: the body is real Markdown parsed by remark, metadata is given.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import { VFile } from "vfile";
import type { Root, RootContent } from "mdast";
import type { Decision, Section, Reasoning, Link, SectionId } from "../../src/model/index.js";
import { sectionForHeading } from "../../src/model/index.js";

export interface DecisionSpec {
  number: number | null;
  title: string;
  status?: Decision["status"]["value"];
  date?: string | null;
  tags?: string[];
  deciders?: string[];
  consulted?: string[];
  informed?: string[];
  links?: Array<Partial<Link> & Pick<Link, "relation">>;
  reviewBy?: string | null;
  body?: string;
  reasoning?: Partial<Reasoning>;
  path?: string;
}

export function makeDecision(spec: DecisionSpec): Decision {
  const slug = spec.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "untitled";
  const path = spec.path ?? `docs/adr/${String(spec.number ?? 0).padStart(4, "0")}-${slug}.md`;
  const text = `# ${spec.number ?? ""}. ${spec.title}\n\n${spec.body ?? ""}`;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const sections: Partial<Record<SectionId, Section>> = {};
  let current: { id: SectionId; heading: string; nodes: RootContent[] } | null = null;
  const flush = () => {
    if (!current) return;
    const nodes = current.nodes;
    sections[current.id] = {
      id: current.id, heading: current.heading, depth: 2, nodes,
      text: nodes.map((n) => toString(n)).join("\n\n"),
      items: nodes.flatMap((n) => (n.type === "list" ? n.children.map((li) => ({ text: toString(li) })) : [])),
      subsections: [],
    };
  };
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      flush();
      const id = sectionForHeading(toString(node));
      current = id ? { id, heading: toString(node), nodes: [] } : null;
    } else if (current && !(node.type === "heading" && node.depth === 1)) current.nodes.push(node);
  }
  flush();
  return {
    path,
    number: spec.number,
    title: spec.title,
    status: { value: spec.status ?? "accepted", raw: spec.status ?? "accepted" },
    date: spec.date === undefined ? "2026-01-15" : spec.date,
    dateInfo: { iso: spec.date ?? null, raw: spec.date ?? null, ambiguous: false },
    format: "adrkit",
    people: { deciders: spec.deciders ?? [], consulted: spec.consulted ?? [], informed: spec.informed ?? [] },
    tags: spec.tags ?? [],
    links: (spec.links ?? []).map((l) => ({ label: l.relation, number: null, target: null, text: "", ...l })),
    reviewBy: spec.reviewBy ?? null,
    sections,
    otherSections: [],
    reasoning: { options: [], chosen: [], assumptions: [], failureModes: [], reversibility: null, ...spec.reasoning },
    meta: {},
    sources: {},
    frontMatter: null,
    file: new VFile({ path, value: text }),
    tree,
    wordCount: text.split(/\s+/).length,
  };
}

/** A small log with a supersede chain, an amendment, a proposal, one-way doors and due assumptions. */
export function sampleLog(): Decision[] {
  return [
    makeDecision({
      number: 1, title: "Record architecture decisions", date: "2025-11-02", tags: ["process"], deciders: ["Ana"],
      body: "## Context\n\nWe need a memory.\n\n## Decision\n\nWe will keep ADRs because memory fades.\n",
      reasoning: { reversibility: { door: "two-way", text: "Door: two-way" } },
    }),
    makeDecision({
      number: 2, title: "Use MySQL", date: "2025-12-01", status: "superseded", tags: ["storage"], deciders: ["Ana", "Ben"],
      links: [{ relation: "superseded-by", number: 4, target: "0004-use-postgres.md" }],
      body: "## Decision\n\nWe will use MySQL.\n",
    }),
    makeDecision({
      number: 3, title: "Deploy on Fridays", date: "2026-01-20", status: "proposed", tags: ["ops"], deciders: ["Cleo"],
      body: "## Decision\n\nWe will deploy on Fridays.\n",
    }),
    makeDecision({
      number: 4, title: "Use Postgres", date: "2026-02-10", tags: ["storage", "data"], deciders: ["Ana"], consulted: ["Dev team"], informed: ["Support"],
      reviewBy: "2026-03-01",
      links: [{ relation: "supersedes", number: 2, target: "0002-use-mysql.md" }],
      body: [
        "## Summary\n\nOrders move to Postgres. It is the database the team already runs.\n",
        "## Decision\n\nWe will use Postgres because the team knows it. See [the old choice](0002-use-mysql.md).\n",
        "## Trade-offs\n\n- Gain: one database to run.\n- Give up: MySQL's replication tooling.\n",
        "## Reversibility\n\nDoor: one-way. Migrating data back costs a quarter.\n",
      ].join("\n"),
      reasoning: {
        reversibility: { door: "one-way", text: "Door: one-way. Migrating data back costs a quarter." },
        assumptions: [{ text: "Write load stays under 5k/s", validation: "dashboard", due: "2026-02-20", dueDate: "2026-02-20" }],
        failureModes: [
          { text: "Primary fails over slowly", detection: "alerts", mitigation: null },
          { text: "Disk fills", detection: "alerts", mitigation: "autoscaling volumes" },
        ],
      },
    }),
    makeDecision({
      number: 5, title: "Partition the orders table", date: "2026-03-05", tags: ["storage"], deciders: ["Ben"],
      links: [{ relation: "amends", number: 4, target: "0004-use-postgres.md" }, { relation: "relates", number: 1, target: null }],
      body: "## Decision\n\nChosen option: \"Monthly partitions\", because queries are by month.\n",
      reasoning: {
        chosen: [{ name: "Monthly partitions", rationale: "queries are by month" }],
        reversibility: { door: "two-way", text: "Door: two-way" },
        options: [{ name: "Monthly partitions", pros: [], cons: [{ text: "More tables to vacuum" }], text: "", chosen: true }],
      },
    }),
  ];
}
