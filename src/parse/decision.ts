// parseDecision: the text of one ADR, in any supported format, to the canonical Decision.
import { VFile } from "vfile";
import type { Root, RootContent } from "mdast";
import type { Position } from "unist";
import type { Decision, DecisionDate, Link, People, Section } from "../model/index.js";
import { normalizeDate, normalizeStatus, STATUSES, type Status } from "../model/index.js";
import { readFrontMatter, valueRange } from "./front-matter.js";
import { DEFAULT_LIMITS, type Limits, type ParseOptions } from "./limits.js";
import { LineIndex } from "./line-index.js";
import { maskRange, parseMarkdown } from "./markdown.js";
import { numberFrom, readBodyLinks, readFields, splitNames, statusText, type Field } from "./metadata.js";
import { extractReasoning } from "./reasoning.js";
import { headingText, readStructure } from "./structure.js";
import { cleanText, countWords, nodeText } from "./text.js";
import { detectFormat } from "./format.js";
import { checkFrontMatterTypes } from "./front-matter-types.js";

const EMPTY_ROOT = (): Root => ({ type: "root", children: [] });

/** Parses one ADR. Never throws on content: problems become messages on `decision.file`. */
export function parseDecision(text: string, path: string, options: ParseOptions = {}): Decision {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const file = new VFile({ path, value: text });
  const index = new LineIndex(text);
  const fail = (reason: string, ruleId: string, offset = 0, fatal = true) => {
    const message = file.message(reason, { place: index.point(offset), ruleId, source: "adrkit" });
    message.fatal = fatal;
  };

  if (text.length > limits.maxFileBytes) {
    fail(`File is ${text.length} characters, over the limit of ${limits.maxFileBytes} (raise limits.maxFileBytes in the config if this is intended)`, "parse/limit");
    return emptyDecision(file, path, EMPTY_ROOT());
  }
  if (text.includes("\u0000")) {
    fail("File looks binary (it contains NUL bytes): an ADR must be Markdown text", "parse/encoding");
    return emptyDecision(file, path, EMPTY_ROOT());
  }

  const { frontMatter, problems } = readFrontMatter(text, limits);
  for (const p of problems) fail(p.reason, p.ruleId, p.offset, p.fatal);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const masked = maskRange(text, 0, frontMatter ? frontMatter.bodyStart : bom);

  let tree: Root;
  try {
    tree = parseMarkdown(masked);
  } catch (error) {
    // micromark recurses on some nesting; a hostile file must cost an error for that file, not the run.
    fail(`Markdown could not be parsed: ${error instanceof RangeError ? "nesting is too deep" : String(error)}`, "parse/markdown");
    return emptyDecision(file, path, EMPTY_ROOT());
  }

  const data = frontMatter?.data ?? {};
  if (tree.children.length === 0 && !problems.some((p) => p.fatal)) {
    // One clear message instead of a finding per missing section.
    fail(frontMatter ? "File holds front matter but no Markdown: add the title and sections below the closing '---'" : "File is empty: an ADR needs at least a title, a status and its sections", "parse/empty", frontMatter ? frontMatter.bodyStart : 0);
  }
  if (frontMatter) for (const p of checkFrontMatterTypes(frontMatter)) fail(p.reason, "parse/front-matter-type", p.offset);

  const structure = readStructure(tree);
  const metadataNodes: RootContent[] = [...structure.preamble, ...[...structure.metadata.values()].flatMap((s) => s.nodes)];
  const fields = readFields(metadataNodes, text, index);
  const field = (key: string): Field | undefined => fields.find((f) => f.key === key);
  const sources: Decision["sources"] = {};
  const fmPosition = (key: string): Position | undefined => {
    const range = frontMatter ? valueRange(frontMatter, key) : null;
    return range ? index.position(range.start, range.end) : undefined;
  };

  // Title and number.
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const titleNode = structure.titleNode;
  let title = titleNode ? headingText(titleNode) : "";
  let number: number | null = null;
  const nameNumber = numberFromName(fileName);
  if (nameNumber !== undefined) {
    number = nameNumber;
    sources.number = "file-name";
  }
  for (const key of ["number", "id", "adr"]) {
    const raw = data[key];
    if (number === null && (typeof raw === "number" || (typeof raw === "string" && /^\s*(?:adr-?)?\d+\s*$/i.test(raw)))) {
      number = Number(String(raw).replace(/\D/g, ""));
      sources.number = "front-matter";
    }
  }
  if (titleNode) sources.title = "title";
  if (!title && typeof data.title === "string") {
    title = cleanText(data.title).trim();
    sources.title = "front-matter";
  }
  const titleNumber = /^(?:adr[-\s#]?)?0*(\d{1,6})\s*(?:[.:)\-–—]\s*|\s+(?=\p{L}))/iu.exec(title);
  if (titleNumber && title.length > titleNumber[0].length) {
    title = title.slice(titleNumber[0].length).trim();
    if (number === null) {
      number = Number(titleNumber[1]);
      sources.number = "title";
    }
  }

  // Status: front matter, then a `Status:` line or bullet, then a `## Status` section.
  let statusRaw: string | null = null;
  let statusPosition: Position | undefined;
  if (typeof data.status === "string") {
    statusRaw = data.status;
    statusPosition = fmPosition("status");
    sources.status = "front-matter";
  } else if (field("status")) {
    const f = field("status")!;
    statusRaw = f.value;
    statusPosition = f.position;
    sources.status = f.bullet ? "bullet" : "line";
  } else if (structure.metadata.has("status")) {
    const section = structure.metadata.get("status")!;
    const found = statusText(section);
    // A shields.io badge stands in for the status where the words (often just the alt text) do not name one.
    const useBadge = found.badges !== "" && (found.text === "" || normalizeStatus(found.text, options.statuses ?? []) === null);
    const raw = useBadge ? found.badges : found.text;
    if (raw) {
      statusRaw = raw;
      statusPosition = found.node?.position;
      sources.status = "section";
    }
  }
  const normalized = statusRaw === null ? null : normalizeStatus(statusRaw, options.statuses ?? []);
  const statusValue = normalized !== null && (STATUSES as readonly string[]).includes(normalized) ? (normalized as Status) : null;

  // Date.
  const dateField = field("date") ?? sectionField(structure.metadata.get("date"), "date");
  const dateInfo = readDate(data, dateField, fmPosition("date"), fileName, sources);

  // People and tags.
  const people: People = {
    deciders: splitNames(data["decision-makers"] ?? data.deciders ?? data.decision_makers ?? field("deciders")?.value),
    consulted: splitNames(data.consulted ?? field("consulted")?.value),
    informed: splitNames(data.informed ?? field("informed")?.value),
  };
  if (people.deciders.length > 0) sources.deciders = data["decision-makers"] !== undefined || data.deciders !== undefined ? "front-matter" : "bullet";
  const tags = splitNames(data.tags ?? field("tags")?.value).map((t) => t.replace(/^#/, ""));
  if (tags.length > 0) sources.tags = data.tags !== undefined ? "front-matter" : "bullet";

  // Links: front matter keys, then link lines in the preamble, the status area and a Links section.
  const links: Link[] = [...frontMatterLinks(data, fmPosition)];
  if (sources.status === "front-matter" && statusRaw) links.push(...statusLinks(statusRaw, statusPosition));
  links.push(...readBodyLinks(metadataNodes, false));
  const linksSection = structure.sections.links;
  if (linksSection) links.push(...readBodyLinks(linksSection.nodes, true));

  const reviewRaw = data["review-by"] ?? data.review_by ?? data.reviewBy ?? data["review-date"] ?? field("reviewBy")?.value;
  const reviewBy = typeof reviewRaw === "string" ? normalizeDate(reviewRaw).iso : null;

  const format = detectFormat({ frontMatter, data, structure, fields, fileName, status: statusValue });
  const sections = structure.sections;
  const reasoning = extractReasoning({ sections, otherSections: structure.otherSections, tree, format }, options.reasoning);

  return {
    path,
    number,
    title,
    titlePosition: titleNode?.position,
    status: { value: statusValue, raw: statusRaw, position: statusPosition },
    date: dateInfo.iso,
    dateInfo,
    format,
    people,
    tags,
    links: dedupeLinks(links),
    reviewBy,
    sections,
    otherSections: structure.otherSections,
    reasoning,
    meta: data,
    sources,
    frontMatter: frontMatter ? { start: frontMatter.start, end: frontMatter.end, bodyStart: frontMatter.bodyStart } : null,
    file,
    tree,
    wordCount: options.wordCount === false ? -1 : countWords(tree.children),
  };
}

/** A metadata heading's first line as a field (`## Date` followed by `2022-11-01`). */
function sectionField(section: Section | undefined, key: string): Field | undefined {
  const node = section?.nodes.find((n) => n.type === "paragraph");
  if (!section || !node || !node.position) return undefined;
  const value = nodeText(node).split("\n")[0].trim();
  return value ? { key, value, position: node.position, node, bullet: false } : undefined;
}

function readDate(
  data: Record<string, unknown>,
  field: Field | undefined,
  fmPosition: Position | undefined,
  fileName: string,
  sources: Decision["sources"],
): DecisionDate {
  let raw: string | null = null;
  let position: Position | undefined;
  if (typeof data.date === "string") {
    raw = data.date;
    position = fmPosition;
    sources.date = "front-matter";
  } else if (data.date instanceof Date && !Number.isNaN(data.date.getTime())) {
    raw = data.date.toISOString().slice(0, 10);
    position = fmPosition;
    sources.date = "front-matter";
  } else if (field) {
    raw = field.value;
    position = field.position;
    sources.date = field.bullet ? "bullet" : "line";
  } else {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})[-_]/.exec(fileName);
    if (m) {
      raw = `${m[1]}-${m[2]}-${m[3]}`;
      sources.date = "file-name";
    }
  }
  if (raw === null) return { iso: null, raw: null, ambiguous: false };
  const { iso, ambiguous } = normalizeDate(raw);
  return { iso, raw, ambiguous, position };
}

const LINK_KEYS: Array<[string, Link["relation"]]> = [
  ["supersedes", "supersedes"], ["superseded-by", "superseded-by"], ["superseded_by", "superseded-by"],
  ["amends", "amends"], ["amended-by", "amended-by"], ["amended_by", "amended-by"],
  ["relates-to", "relates"], ["relates_to", "relates"], ["related", "relates"],
];

function frontMatterLinks(data: Record<string, unknown>, position: (key: string) => Position | undefined): Link[] {
  const links: Link[] = [];
  for (const [key, relation] of LINK_KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (typeof v !== "number" && typeof v !== "string") continue;
      const text = String(v).trim();
      if (!text) continue;
      const isFile = /\.md$/i.test(text);
      links.push({ relation, label: key, number: numberFrom(isFile ? text : null, text), target: isFile ? text : null, text, position: position(key) });
    }
  }
  return links;
}

/** Links written inside a front matter status: `status: "superseded by [ADR-0004](0004-x.md)"`. */
function statusLinks(raw: string, position: Position | undefined): Link[] {
  const m = /^\W*((?:superseded|superceded|replaced|amended)\s+by)\s+(?:\[([^\]]*)\]\(([^)\s]*)\)|(?:adr[-\s#]?)?#?0*(\d{1,6})\b)/i.exec(raw);
  if (!m) return [];
  const relation = /amended/i.test(m[1]) ? "amended-by" : "superseded-by";
  const target = m[3] ?? null;
  const text = m[2] ?? m[4] ?? "";
  return [{ relation, label: m[1], number: numberFrom(target, text), target, text, position }];
}

function dedupeLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.relation}|${l.number ?? ""}|${l.target ?? l.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The number a file name gives ("0007-use-x.md", "adr-12.md"), which wins over front matter and title; undefined
 * for a date-prefixed name or one without a leading number.
 */
export function numberFromName(path: string): number | undefined {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  if (/^\d{8}[-_]|^\d{4}-\d{2}-\d{2}[-_]/.test(fileName)) return undefined;
  const m = /^(?:adr[-_ ]?)?0*(\d{1,6})(?=[-_. ]|$)/i.exec(fileName);
  return m ? Number(m[1]) : undefined;
}

/** A Decision with nothing read into it: for a file that could not be parsed, or a stand-in built from facts. */
export function emptyDecision(file: VFile, path: string, tree: Root): Decision {
  return {
    path,
    number: null,
    title: "",
    status: { value: null, raw: null },
    date: null,
    dateInfo: { iso: null, raw: null, ambiguous: false },
    format: "unknown",
    people: { deciders: [], consulted: [], informed: [] },
    tags: [],
    links: [],
    reviewBy: null,
    sections: {},
    otherSections: [] as Section[],
    reasoning: { options: [], chosen: [], assumptions: [], failureModes: [], reversibility: null },
    meta: {},
    sources: {},
    frontMatter: null,
    file,
    tree,
    wordCount: 0,
  };
}
