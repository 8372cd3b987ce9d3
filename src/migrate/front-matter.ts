// The adrkit front matter for a decision, from whatever its format recorded: keys in the spec's order, then the rest.
import { stringify } from "yaml";
import type { Decision, LinkRelation } from "../model/index.js";

/** The metadata a migrated ADR carries in front matter. */
export interface FrontMatterValues {
  status: string | null;
  date: string | null;
  deciders: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  reviewBy: string | null;
  links: Partial<Record<LinkKey, number[]>>;
  /** Every ADR number a link key names, to tell which body link lines moved. */
  linkNumbers: Set<number>;
  /** Front matter keys adrkit does not define, kept as written. */
  extra: Record<string, unknown>;
}

export type LinkKey = "supersedes" | "superseded-by" | "amends" | "amended-by" | "relates-to";

const LINK_KEY: Record<LinkRelation, LinkKey> = {
  supersedes: "supersedes",
  "superseded-by": "superseded-by",
  amends: "amends",
  "amended-by": "amended-by",
  relates: "relates-to",
};

const LINK_ORDER: readonly LinkKey[] = ["supersedes", "superseded-by", "amends", "amended-by", "relates-to"];

/** Front matter keys the parser reads into the model; everything else is carried over untouched. */
const CONSUMED = new Set([
  "status", "date", "deciders", "decision-makers", "decision_makers", "consulted", "informed", "tags",
  "review-by", "review_by", "reviewBy", "review-date",
  "supersedes", "superseded-by", "superseded_by", "amends", "amended-by", "amended_by", "relates-to", "relates_to", "related",
]);

export function frontMatterValues(decision: Decision): FrontMatterValues {
  const links: FrontMatterValues["links"] = {};
  const linkNumbers = new Set<number>();
  for (const link of decision.links) {
    if (link.number === null || link.number === decision.number) continue;
    const key = LINK_KEY[link.relation];
    const list = (links[key] ??= []);
    if (!list.includes(link.number)) list.push(link.number);
    linkNumbers.add(link.number);
  }
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(decision.meta)) if (!CONSUMED.has(key)) extra[key] = value;
  return {
    status: decision.status.value ?? decision.status.raw,
    date: decision.date,
    deciders: decision.people.deciders,
    consulted: decision.people.consulted,
    informed: decision.people.informed,
    tags: decision.tags,
    reviewBy: decision.reviewBy,
    links,
    linkNumbers,
    extra,
  };
}

function scalar(value: string): string {
  return stringify(value).trimEnd();
}

function flowList(values: ReadonlyArray<string | number>): string {
  return stringify(values, { collectionStyle: "flow", flowCollectionPadding: false }).trimEnd();
}

/** A whole-day Date as YAML reads `2020-01-01`; any other value as itself. */
function plainValue(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return value;
}

/** The `---` block, keys in the order of the adrkit format; empty lists are left out rather than invented. */
export function renderFrontMatter(fm: FrontMatterValues): string {
  const lines: string[] = [];
  if (fm.status !== null) lines.push(`status: ${scalar(fm.status)}`);
  if (fm.date !== null) lines.push(`date: ${fm.date}`);
  const lists: Array<[string, string[]]> = [
    ["decision-makers", fm.deciders], ["consulted", fm.consulted], ["informed", fm.informed], ["tags", fm.tags],
  ];
  for (const [key, values] of lists) if (values.length > 0) lines.push(`${key}: ${flowList(values)}`);
  if (fm.reviewBy !== null) lines.push(`review-by: ${fm.reviewBy}`);
  for (const key of LINK_ORDER) {
    const numbers = fm.links[key];
    if (numbers && numbers.length > 0) lines.push(`${key}: ${flowList([...numbers].sort((a, b) => a - b))}`);
  }
  for (const [key, value] of Object.entries(fm.extra)) {
    lines.push(stringify({ [key]: plainValue(value) }).trimEnd());
  }
  return `---\n${lines.join("\n")}\n---\n`;
}
