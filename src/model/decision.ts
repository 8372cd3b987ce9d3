// The canonical decision model: every parser output and every consumer input.
import type { Root, RootContent, Heading } from "mdast";
import type { Position, Point } from "unist";
import type { VFile } from "vfile";
import type { Status } from "./status.js";
import type { SectionId } from "./sections.js";

export type { Position, Point };

/** The template family a file was written in, detected from its shape. */
export type Format = "adrkit" | "nygard" | "madr2" | "madr3" | "madr4" | "log4brains" | "unknown";

export const FORMATS: readonly Format[] = ["adrkit", "nygard", "madr2", "madr3", "madr4", "log4brains", "unknown"];

/** How one decision points at another. `superseded-by` is the reverse of `supersedes`. */
export type LinkRelation = "supersedes" | "superseded-by" | "amends" | "amended-by" | "relates";

export interface Link {
  relation: LinkRelation;
  /** The label as written ("Superseded by", "Amends", "Relates to"). */
  label: string;
  /** The ADR number the link names, when one can be read from the target or text. */
  number: number | null;
  /** The link target as written (a file name or URL), when the link is a Markdown link. */
  target: string | null;
  /** Link text as written ("2. Use Postgres"). */
  text: string;
  position?: Position;
}

export interface ListItem {
  text: string;
  position?: Position;
}

/** One canonical section: its heading, the mdast nodes under it, and their plain text. */
export interface Section {
  /** The canonical section, or null for a heading that maps onto none (kept in `otherSections`). */
  id: SectionId | null;
  /** The heading text as written, with emphasis and trailing comments removed. */
  heading: string;
  depth: number;
  /** Position of the heading (or of the metadata line for sections taken from bullets). */
  position?: Position;
  headingNode?: Heading;
  /** Content nodes up to the next heading of the same or a higher level. */
  nodes: RootContent[];
  /** Plain text of the content, paragraphs separated by blank lines. */
  text: string;
  /** Top-level list items of the content. */
  items: ListItem[];
  /** Sub-headings inside this section (e.g. one `###` per option), with their own content. */
  subsections: Subsection[];
}

export interface Subsection {
  heading: string;
  depth: number;
  position?: Position;
  nodes: RootContent[];
  text: string;
  items: ListItem[];
}

/** A considered option with the arguments recorded for and against it. */
export interface ConsideredOption {
  name: string;
  position?: Position;
  pros: ListItem[];
  cons: ListItem[];
  /** Other prose written about the option. */
  text: string;
  /** True when the decision names this option as chosen. */
  chosen: boolean;
}

/** What the decision says it chose, e.g. MADR's `Chosen option: "X", because ...`. */
export interface ChosenOption {
  name: string;
  /** The reason given after "because", if any. */
  rationale: string | null;
  position?: Position;
}

export interface Assumption {
  text: string;
  position?: Position;
  /** How the assumption will be checked, when stated. */
  validation: string | null;
  /** When it will be checked: an ISO date or a trigger phrase ("after the first 10k users"). */
  due: string | null;
  /** `due` as an ISO date when it is a date. */
  dueDate: string | null;
}

export interface FailureMode {
  text: string;
  position?: Position;
  detection: string | null;
  mitigation: string | null;
}

export type Door = "one-way" | "two-way";

export interface Reversibility {
  /** One-way (hard to undo) or two-way (cheap to undo), or null when the text does not say. */
  door: Door | null;
  text: string;
  position?: Position;
}

/** The reasoning read out of the sections, whatever the format. */
export interface Reasoning {
  options: ConsideredOption[];
  chosen: ChosenOption[];
  assumptions: Assumption[];
  failureModes: FailureMode[];
  reversibility: Reversibility | null;
}

export interface DecisionStatus {
  value: Status | null;
  /** The status as written ("✅ Accepted", "Superseded by [ADR-0062](...)"). */
  raw: string | null;
  position?: Position;
}

export interface DecisionDate {
  /** ISO 8601 (YYYY-MM-DD) when the written date is unambiguous. */
  iso: string | null;
  raw: string | null;
  /** True when a date was written but could not be read unambiguously. */
  ambiguous: boolean;
  position?: Position;
}

export interface People {
  deciders: string[];
  consulted: string[];
  informed: string[];
}

/** Where a metadata field was found, so that edits and messages can point at it. */
export type FieldSource = "front-matter" | "bullet" | "line" | "section" | "file-name" | "title";

export interface Decision {
  /** Path as given to the parser (relative to the repository root when loaded from a log). */
  path: string;
  number: number | null;
  title: string;
  titlePosition?: Position;
  status: DecisionStatus;
  /** ISO 8601 date, or null. The raw form is in `dateInfo`. */
  date: string | null;
  dateInfo: DecisionDate;
  format: Format;
  people: People;
  tags: string[];
  links: Link[];
  /** Date by which the decision (or its assumptions) must be revisited. */
  reviewBy: string | null;
  sections: Partial<Record<SectionId, Section>>;
  /** Headings that did not map onto a canonical section. */
  otherSections: Section[];
  reasoning: Reasoning;
  /** Front matter as written (YAML only). */
  meta: Record<string, unknown>;
  /** Where each metadata field came from. */
  sources: Partial<Record<"status" | "date" | "deciders" | "tags" | "number" | "title", FieldSource>>;
  /** Span of the front matter block in the file, if any (offsets into `file.value`). */
  frontMatter: { start: number; end: number; bodyStart: number } | null;
  /** Source text; messages (parse problems, lint findings) attach here. */
  file: VFile;
  tree: Root;
  /** Word count of the body prose (outside code); -1 when the parse was asked not to count (ParseOptions). */
  wordCount: number;
}
