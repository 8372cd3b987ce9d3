// One decision in any format to adrkit format: metadata to front matter, sections moved as exact source slices.
import type { Decision, SectionId } from "../model/index.js";
import { headingKey } from "../model/index.js";
import { blockContent, headingSource, splitBlocks, trimBlankLines, type Block } from "./blocks.js";
import { frontMatterValues, renderFrontMatter, type FrontMatterValues } from "./front-matter.js";
import { keepUncaptured } from "./metadata-lines.js";
import type { SectionPrompts } from "./prompts.js";

/** Sections the adrkit format does not name but other formats do: kept under their own heading, placed by meaning. */
const KEPT_AFTER: Partial<Record<SectionId, SectionId>> = { drivers: "context", confirmation: "assumptions" };
/** Sections the format marks optional: not added when missing. */
const OPTIONAL: readonly SectionId[] = ["summary"];
/** Metadata headings whose values the front matter takes over. */
const MOVED_METADATA = new Set(["status", "date", "deciders", "tags"]);
// Same shape the parser strips from titles: "ADR-0002: ", "2. ", "0002 - ".
const TITLE_NUMBER = /^(?:adr[-\s#]?)?0*(\d{1,6})\s*(?:[.:)\-–—]\s*|\s+(?=\p{L}))/iu;

/** The decision's text in adrkit format. The body's prose is carried byte for byte; only headings and metadata move. */
export function convertDecision(decision: Decision, prompts: SectionPrompts): string {
  const source = String(decision.file.value);
  const bodyStart = decision.frontMatter?.bodyStart ?? 0;
  const fm = frontMatterValues(decision);
  const { title, preamble, blocks } = splitBlocks(decision.tree, source);
  const parts: string[] = [renderFrontMatter(fm), titleLine(decision, title ? headingSource(title, source) : null)];

  const intro = keepUncaptured(preamble.filter((n) => (n.position?.start.offset ?? 0) >= bodyStart), source, fm, false);
  if (intro) parts.push(intro);

  const byId = new Map<SectionId, Block[]>();
  const others: Block[] = [];
  const linkBlocks: Block[] = [];
  for (const block of blocks) {
    if (block.id === "links") linkBlocks.push(block);
    else if (block.id !== null) byId.set(block.id, [...(byId.get(block.id) ?? []), block]);
    else others.push(block);
  }

  for (const [id, { heading, prompt }] of prompts) {
    const group = byId.get(id);
    const content = group ? groupContent(id, group, heading, source) : "";
    if (content) parts.push(`## ${heading}\n\n${content}`);
    else if (!OPTIONAL.includes(id)) parts.push(prompt ? `## ${heading}\n\n${prompt}` : `## ${heading}`);
    for (const [kept, after] of Object.entries(KEPT_AFTER) as Array<[SectionId, SectionId]>) {
      if (after === id) parts.push(...(byId.get(kept) ?? []).map((b) => ownSection(b, source)));
    }
  }
  // Canonical sections the template does not list (a custom template) keep their own headings.
  for (const [id, group] of byId) {
    if (!prompts.has(id) && !(id in KEPT_AFTER)) parts.push(...group.map((b) => ownSection(b, source)));
  }
  for (const block of others) {
    if (block.metadata !== null && MOVED_METADATA.has(block.metadata)) {
      const rest = keepUncaptured(block.nodes, source, fm, block.metadata === "status");
      if (rest) parts.push(`## ${block.headingSource}\n\n${rest}`);
      continue;
    }
    parts.push(ownSection(block, source));
  }
  parts.push(...linkBlocks.map((b) => ownSection(b, source)));

  const text = parts.map((p) => p.replace(/\s+$/, "")).filter(Boolean).join("\n\n") + "\n";
  return usesCrlf(source) ? text.replace(/\r?\n/g, "\r\n") : text;
}

function titleLine(decision: Decision, written: string | null): string {
  let title = written ?? decision.title;
  const numbered = TITLE_NUMBER.exec(title);
  if (numbered && title.length > numbered[0].length) title = title.slice(numbered[0].length).trim();
  if (!title) title = titleFromFileName(decision.path);
  return decision.number === null ? `# ${title}` : `# ${decision.number}. ${title}`;
}

function titleFromFileName(path: string): string {
  const base = (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, "").replace(/^(?:adr[-_ ]?)?\d+[-_ ]*|^\d{8}[-_]/i, "");
  const words = base.replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Untitled";
}

/**
 * The content of all blocks that map onto one section. A second heading for the same section (MADR's "Positive" and
 * "Negative Consequences") stays as a `###` sub-heading so its side is not lost; the options' second heading ("Pros and
 * Cons of the Options") is dropped because its `###` options follow directly.
 */
export function groupContent(id: SectionId, group: readonly Block[], canonical: string, source: string): string {
  const pieces: string[] = [];
  for (const block of group) {
    const content = blockContent(block, source);
    const renamed = headingKey(block.headingSource) !== headingKey(canonical);
    if (group.length > 1 && id !== "options" && renamed) pieces.push(`### ${block.headingSource}`);
    if (content) pieces.push(content);
  }
  return trimBlankLines(pieces.join("\n\n"));
}

function ownSection(block: Block, source: string): string {
  const content = blockContent(block, source);
  return content ? `## ${block.headingSource}\n\n${content}` : `## ${block.headingSource}`;
}

function usesCrlf(text: string): boolean {
  const crlf = text.split("\r\n").length - 1;
  return crlf > 0 && crlf >= text.split("\n").length - 1 - crlf;
}

/** Each canonical section's content as Markdown source, headings re-levelled under `##`, in file order. */
export function sectionMarkdown(decision: Decision): Partial<Record<SectionId, string>> {
  const source = String(decision.file.value);
  const byId = new Map<SectionId, Block[]>();
  for (const block of splitBlocks(decision.tree, source).blocks) {
    if (block.id !== null) byId.set(block.id, [...(byId.get(block.id) ?? []), block]);
  }
  const out: Partial<Record<SectionId, string>> = {};
  for (const [id, group] of byId) {
    const content = groupContent(id, group, group[0].headingSource, source);
    if (content) out[id] = content;
  }
  return out;
}

export type { FrontMatterValues };
