// Splits the mdast tree into the title, canonical sections and other sections, via the alias table.
import type { Root, RootContent, Heading, List, Nodes } from "mdast";
import type { ListItem, Section, SectionId, Subsection } from "../model/index.js";
import { metadataHeading, sectionForHeading } from "../model/index.js";
import { cleanText, nodeText, nodesText } from "./text.js";

export interface Structure {
  titleNode: Heading | null;
  /** Top-level nodes before the first H2 (after the title): adr-tools' `Date:` line, MADR 2's bullets. */
  preamble: RootContent[];
  sections: Partial<Record<SectionId, Section>>;
  otherSections: Section[];
  /** Metadata headings (Nygard's `## Status`), keyed by field. */
  metadata: Map<string, Section>;
}

/** Heading text as a reader sees it: no HTML comments (`<!-- optional -->`), no emphasis marks, no invisible spaces. */
export function headingText(heading: Heading): string {
  const text = cleanText(nodeText(heading));
  // Most headings have single spaces only: the replacement would copy them as they are.
  return (SPACE_RUN.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

/** Whitespace that `replace(/\s+/g, " ")` would change: any but a single space. */
const SPACE_RUN = /[^\S ]|\s\s/;

export function listItems(nodes: readonly RootContent[]): ListItem[] {
  const items: ListItem[] = [];
  for (const node of nodes) {
    if (node.type !== "list") continue;
    for (const item of (node as List).children) {
      items.push({ text: nodesText(item.children as Nodes[]), position: item.position });
    }
  }
  return items;
}

function makeSection(id: SectionId | null, heading: Heading, text: string): Section {
  return { id, heading: text, depth: heading.depth, position: heading.position, headingNode: heading, nodes: [], text: "", items: [], subsections: [] };
}

function finish(section: Section): void {
  section.text = nodesText(section.nodes as Nodes[]);
  section.items = listItems(section.nodes);
  for (const sub of section.subsections) {
    sub.text = nodesText(sub.nodes as Nodes[]);
    sub.items = listItems(sub.nodes);
  }
}

export function readStructure(tree: Root): Structure {
  const structure: Structure = { titleNode: null, preamble: [], sections: {}, otherSections: [], metadata: new Map() };
  let current: Section | null = null;
  let currentSub: Subsection | null = null;
  const all: Section[] = [];

  for (const node of tree.children) {
    if (node.type === "heading") {
      if (node.depth === 1 && structure.titleNode === null) {
        structure.titleNode = node;
        continue;
      }
      const text = headingText(node);
      const id = sectionForHeading(text);
      const meta = id === null ? metadataHeading(text) : null;
      const nested = current !== null && node.depth > current.depth;
      if (id !== null && !(nested && current?.id === "options")) {
        const existing = structure.sections[id];
        if (existing) {
          // A second heading for the same section (MADR's Positive/Negative Consequences, Considered Options
          // then Pros and Cons of the Options) joins the first as a subsection; the first heading's own
          // content becomes a subsection too, so both sides keep their headings.
          if (existing.subsections.length === 0 && existing.nodes.length > 0) {
            existing.subsections.push({ heading: existing.heading, depth: existing.depth, position: existing.position, nodes: [...existing.nodes], text: "", items: [] });
          }
          currentSub = { heading: text, depth: node.depth, position: node.position, nodes: [], text: "", items: [] };
          existing.subsections.push(currentSub);
          current = existing;
          continue;
        }
        current = makeSection(id, node, text);
        currentSub = null;
        structure.sections[id] = current;
        all.push(current);
        continue;
      }
      if (nested && current !== null) {
        currentSub = { heading: text, depth: node.depth, position: node.position, nodes: [], text: "", items: [] };
        current.subsections.push(currentSub);
        continue;
      }
      current = makeSection(null, node, text);
      currentSub = null;
      if (meta !== null) structure.metadata.set(meta, current);
      else structure.otherSections.push(current);
      all.push(current);
      continue;
    }
    if (current === null) {
      structure.preamble.push(node);
      continue;
    }
    current.nodes.push(node);
    if (currentSub !== null) currentSub.nodes.push(node);
  }
  for (const section of all) finish(section);
  return structure;
}
