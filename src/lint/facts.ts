// The few facts of a Decision that whole-log rules read, so a file need not be parsed again to take part in them.
import { createHash } from "node:crypto";
import type { Html, Root, RootContent } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import type { Decision, DecisionStatus, FieldSource, Format, Link } from "../model/index.js";
import { emptyDecision } from "../parse/index.js";

/**
 * What links-resolve, number-unique and supersede-consistent read of a decision (plus `format` and `path` for
 * config overrides, and the inline comments that can silence their findings). Plain data: it goes into the cache.
 */
export interface RepositoryFacts {
  number: number | null;
  title: string;
  titlePosition?: Position;
  status: DecisionStatus;
  format: Format;
  links: Link[];
  frontMatter: Decision["frontMatter"];
  statusSource?: FieldSource;
  /** HTML nodes holding `adrkit-` directives, in document order (nested ones too). */
  directives: Html[];
  /** Line of the first top-level content node: a bare `adrkit-disable` above it covers the whole file. */
  firstContentLine: number | null;
}

export function factsOf(decision: Decision): RepositoryFacts {
  const directives: Html[] = [];
  const stack: RootContent[] = [...decision.tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "html" && node.value.includes("adrkit-")) directives.push({ type: "html", value: node.value, position: node.position });
    if ("children" in node && Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  // Same test as inline.ts's leadingLine: the first top-level node that is not a comment or front matter.
  const first = decision.tree.children.find((n) => n.type !== "html" && n.type !== ("yaml" as string) && n.type !== ("toml" as string));
  const facts: RepositoryFacts = {
    number: decision.number,
    title: decision.title,
    status: decision.status,
    format: decision.format,
    links: decision.links,
    frontMatter: decision.frontMatter,
    directives,
    firstContentLine: first?.position?.start.line ?? null,
  };
  if (decision.titlePosition) facts.titlePosition = decision.titlePosition;
  if (decision.sources.status) facts.statusSource = decision.sources.status;
  return facts;
}

/**
 * What whole-log findings depend on in one file, as a hash: its facts, and the text of its front matter block,
 * the one part of the text a whole-log rule reads (supersede-consistent's fix). An edit that changes neither
 * leaves every whole-log finding as it was.
 */
export function factsKey(facts: RepositoryFacts, text: string): string {
  const block = facts.frontMatter ? text.slice(facts.frontMatter.start, facts.frontMatter.bodyStart) : "";
  return createHash("sha256").update(JSON.stringify(facts)).update("\0").update(block).digest("hex");
}

/** A Decision carrying only the repository facts (and the text, for fixes): enough for every whole-log rule. */
export function decisionFromFacts(path: string, text: string | (() => string), facts: RepositoryFacts): Decision {
  const children: RootContent[] = [...facts.directives];
  if (facts.firstContentLine !== null) {
    const at = { line: facts.firstContentLine, column: 1 };
    children.push({ type: "thematicBreak", position: { start: at, end: at } });
  }
  const tree: Root = { type: "root", children };
  const decision = bareDecision(path, text, tree);
  decision.number = facts.number;
  decision.title = facts.title;
  if (facts.titlePosition) decision.titlePosition = facts.titlePosition;
  decision.status = facts.status;
  decision.format = facts.format;
  decision.links = facts.links;
  decision.frontMatter = facts.frontMatter;
  if (facts.statusSource) decision.sources = { status: facts.statusSource };
  return decision;
}

/**
 * A sibling known only by its path and the number its file name gives: it takes part in number-unique and
 * links-resolve exactly, and in supersede-consistent as a file with no supersede links (the caller parses
 * every sibling that might have one).
 */
export function decisionFromName(path: string, text: string, number: number | null): Decision {
  const decision = bareDecision(path, text, { type: "root", children: [] });
  decision.number = number;
  return decision;
}

const fromFacts = new WeakSet<Decision>();

/**
 * True for a Decision made here from facts or a name. Its tree holds only its inline directives, so the inline
 * comments that apply to it are found without its text (which may not have been read).
 */
export function madeFromFacts(decision: Decision): boolean {
  return fromFacts.has(decision);
}

/** `text` may be a function: the file is then read only if a rule asks for its text (see run.ts SourceFile.text). */
function bareDecision(path: string, text: string | (() => string), tree: Root): Decision {
  // Rules read only `file.value` (for fixes); a full VFile per sibling would cost more than the rest together.
  let value = typeof text === "string" ? text : undefined;
  const file = {
    path,
    get value() {
      return (value ??= (text as () => string)());
    },
    messages: [],
  } as unknown as VFile;
  const decision = emptyDecision(file, path, tree);
  fromFacts.add(decision);
  return decision;
}

