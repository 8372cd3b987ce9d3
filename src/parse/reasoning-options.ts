// Considered options and the chosen one, from option sections (adrkit, MADR) or from prose (Nygard).
import type { RootContent, ListItem as MdListItem } from "mdast";
import type { ChosenOption, ConsideredOption, ListItem, Position } from "../model/index.js";
import { headingKey, sectionForHeading } from "../model/index.js";
import { nodeText, nodesText } from "./text.js";
import { allParts, blocksOf, cleanOptionName, listAfter, nameKey, looselySameOption, partsFor, sameOption, sentences, type Part, type ReasoningInput } from "./reasoning-text.js";

type Polarity = "pro" | "con" | null;

const PRO_ITEM = /^(?:pros?|good|positive|advantages?|benefits?|upsides?|strengths?|gain|\+)\s*(?:[,:\-–]|\bbecause\b|$)/i;
const CON_ITEM = /^(?:cons?|bad|negative|disadvantages?|drawbacks?|downsides?|weakness(?:es)?|risks?|costs?|give up|−|-)\s*(?:[,:\-–]|\bbecause\b|$)/i;
const PRO_LABEL = /^(?:pros?|good|positives?|advantages?|benefits?|upsides?|strengths?)\s*:?$/i;
const CON_LABEL = /^(?:cons?|bad|negatives?|disadvantages?|drawbacks?|downsides?|weakness(?:es)?|risks?|costs?)\s*:?$/i;
const OPTION_HEADING = /^(?:option|alternative|approach|choice|solution|variant)\s*(?:\d+|[a-z]|[ivx]+)?\b\s*[:.)\-–—]/i;
const OPTIONS_HEADING = /^(?:(?:options|alternatives|approaches|solutions|choices)(?: considered| evaluated)?|(?:considered|possible|evaluated) (?:options|alternatives|approaches|solutions))$/;
const LIST_INTRO = /\b(options?|alternatives?|approaches|choices|candidates|solutions|tools)\b[^.]*:\s*$|\b(?:considered|evaluated|compared|looked at|assessed)\b[^.]*:\s*$/i;
const CONSIDERED_INLINE = /\b(?:considered|evaluated|compared|looked at|assessed)\s+(?:(?:using|adopting)\s+)?(.+?)(?:\.|;|$)/i;
const INSTEAD = /\b(?:use|adopt|choose|chose|pick|go with|move to|switch to|keep|stay with|build|write|implement)\s+(.{2,60}?)\s+(?:instead of|rather than|as opposed to|over)\s+(.{2,60}?)(?:[.,;:]|$)/i;

// Prose arguments: "The positive of this approach was ...", "The main drawback is ...".
const PRO_PROSE = /^(?:the |one |another |a |its )?(?:main |key |big |biggest |only )?(?:positives?|advantages?|benefits?|upsides?|pros?|strengths?)\b/i;
const CON_PROSE = /^(?:the |one |another |a |its )?(?:main |key |big |biggest |only )?(?:negatives?|disadvantages?|downsides?|drawbacks?|cons?|weakness(?:es)?|risks?|costs?)\b/i;

function classify(text: string, prose = false): Polarity {
  if (PRO_ITEM.test(text) || (prose && PRO_PROSE.test(text))) return "pro";
  if (CON_ITEM.test(text) || (prose && CON_PROSE.test(text))) return "con";
  return null;
}

function item(node: MdListItem): ListItem {
  return { text: nodeText(node).trim(), position: node.position };
}

/** The item's own first line, without its nested list. */
function ownText(node: MdListItem): string {
  return node.children.filter((c) => c.type !== "list").map((c) => nodeText(c)).join(" ").trim();
}

class OptionList {
  readonly options: ConsideredOption[] = [];
  readonly marked = new Set<ConsideredOption>();
  /** Extra names an option answers to, e.g. "Multi-packages, monorepo" with nested "with Yarn and Lerna". */
  readonly variants = new Map<ConsideredOption, string[]>();

  readonly origin = new Map<ConsideredOption, "item" | "heading">();

  /**
   * Adds an option, or returns the one already listed under that name. A name that only starts like another
   * is the same option when it comes from elsewhere (MADR's bullet list, then its `###`), a new one otherwise.
   */
  add(rawName: string, position: Position | undefined, origin: "item" | "heading"): ConsideredOption | null {
    const { name, marked } = cleanOptionName(rawName);
    if (!name || name.length > 200) return null;
    let option = this.options.find((o) => nameKey(o.name) === nameKey(name)) ??
      this.options.find((o) => this.origin.get(o) !== origin && sameOption(o.name, name));
    if (!option) {
      option = { name, position, pros: [], cons: [], text: "", chosen: false };
      this.options.push(option);
      this.origin.set(option, origin);
    }
    if (marked) this.marked.add(option);
    return option;
  }
}

interface ReadState {
  current: ConsideredOption | null;
  /** True when the current option came from a heading, so unlabelled bullets below it are about it. */
  fromHeading: boolean;
  polarity: Polarity;
  depth: number | null;
  /** Paragraphs outside any option: each one an option when a section holds nothing else. */
  loose: Array<{ text: string; position?: Position }>;
}

/** Reads the options parts in order: `###` per option with pro/con bullets, or a bullet list of option names. */
function readOptionParts(parts: readonly Part[], list: OptionList): void {
  const state: ReadState = { current: null, fromHeading: false, polarity: null, depth: null, loose: [] };
  for (const part of parts) {
    const key = headingKey(part.heading);
    if (sectionForHeading(part.heading) === "options") {
      Object.assign(state, { current: null, fromHeading: false, polarity: null, depth: null });
    } else if (state.current && (PRO_LABEL.test(key) || CON_LABEL.test(key))) {
      state.polarity = PRO_LABEL.test(key) ? "pro" : "con";
    } else if (!(state.current && state.depth !== null && part.depth > state.depth)) {
      // A deeper heading that is no pro/con label ("#### Examples") stays with its option.
      Object.assign(state, { current: list.add(part.heading, part.position, "heading"), fromHeading: true, polarity: null, depth: part.depth });
    }
    readOptionNodes(part.nodes, list, state);
  }
  // An "Alternatives" section written as one paragraph per alternative.
  if (list.options.length === 0) for (const p of state.loose) list.add(sentences(p.text)[0] ?? p.text, p.position, "item");
}

function readOptionNodes(nodes: readonly RootContent[], list: OptionList, state: ReadState): void {
  for (const node of nodes) {
    if (node.type === "paragraph") {
      const text = nodeText(node).trim();
      if (PRO_LABEL.test(text)) { state.polarity = "pro"; continue; }
      if (CON_LABEL.test(text)) { state.polarity = "con"; continue; }
      const wholeEmphasis = node.children.length === 1 && (node.children[0].type === "strong" || node.children[0].type === "emphasis");
      if ((wholeEmphasis || OPTION_HEADING.test(text)) && text.length <= 150) {
        Object.assign(state, { current: list.add(text, node.position, "heading"), fromHeading: true, polarity: null });
        continue;
      }
      // "**Option 1:** Release once a sprint" lines, one option a line, each followed by its prose.
      const lines = text.split("\n");
      if (lines.length > 1 && OPTION_HEADING.test(lines[0])) {
        for (const line of lines) {
          if (OPTION_HEADING.test(line)) Object.assign(state, { current: list.add(line, node.position, "heading"), fromHeading: true, polarity: null });
          else if (state.current) state.current.text = [state.current.text, line].filter(Boolean).join("\n");
        }
        continue;
      }
      if (!state.current && !state.fromHeading && text.length > 0 && !LIST_INTRO.test(text)) state.loose.push({ text, position: node.position });
      const side = classify(text, true);
      const current = state.current;
      if (current && side) (side === "pro" ? current.pros : current.cons).push({ text, position: node.position });
      else if (current) current.text = [current.text, text].filter(Boolean).join("\n\n");
      continue;
    }
    if (node.type === "list") readOptionList(node.children, list, state.current, state.fromHeading, state.polarity);
  }
}

function readOptionList(items: MdListItem[], list: OptionList, current: ConsideredOption | null, underHeading: boolean, polarity: Polarity): void {
  for (const node of items) {
    const own = ownText(node);
    const side = classify(own) ?? (PRO_LABEL.test(own) ? "pro" : CON_LABEL.test(own) ? "con" : null);
    const nested = node.children.filter((c): c is import("mdast").List => c.type === "list").flatMap((l) => l.children);
    if (current && (side || polarity || underHeading)) {
      // An argument about the option above, or a "Pros:" item with the arguments nested under it.
      const label = PRO_LABEL.test(own) || CON_LABEL.test(own);
      const target = (side ?? polarity) === "pro" ? current.pros : (side ?? polarity) === "con" ? current.cons : null;
      if (label && target) target.push(...nested.map(item));
      else if (target) target.push(item(node));
      else current.text = [current.text, nodeText(node).trim()].filter(Boolean).join("\n");
      continue;
    }
    const option = list.add(own, node.position, "item");
    if (!option) continue;
    for (const child of nested) {
      const childText = ownText(child);
      const childSide = classify(childText) ?? (PRO_LABEL.test(childText) ? "pro" : CON_LABEL.test(childText) ? "con" : null);
      const grand = child.children.filter((c): c is import("mdast").List => c.type === "list").flatMap((l) => l.children);
      if (childSide && (PRO_LABEL.test(childText) || CON_LABEL.test(childText)) && grand.length) {
        (childSide === "pro" ? option.pros : option.cons).push(...grand.map(item));
      } else if (childSide) {
        (childSide === "pro" ? option.pros : option.cons).push(item(child));
      } else {
        option.text = [option.text, childText].filter(Boolean).join("\n");
        list.variants.set(option, [...(list.variants.get(option) ?? []), childText]);
      }
    }
  }
}

/** Options written as prose: "We considered A, B and C", an "Alternatives:" list, "use X instead of Y". */
function readProseOptions(parts: readonly Part[], decisionParts: readonly Part[], list: OptionList): void {
  let optionsDepth: number | null = null;
  for (const part of parts) {
    // "### Approaches considered" followed by "#### 1. Correct the data": each deeper heading is an option.
    if (optionsDepth !== null && part.depth <= optionsDepth) optionsDepth = null;
    if (OPTION_HEADING.test(part.heading) || (optionsDepth !== null && part.depth > optionsDepth)) {
      // The option's own prose may weigh it: "The positive of this approach was ...".
      const option = list.add(part.heading, part.position, "heading");
      if (option) readOptionNodes(part.nodes, list, { current: option, fromHeading: true, polarity: null, depth: part.depth, loose: [] });
      continue;
    }
    else if (OPTIONS_HEADING.test(headingKey(part.heading)) && part.depth > 1) optionsDepth = part.depth;
    // "There were 3 options considered:" closing a part introduces the sub-headings after it.
    const last = part.nodes[part.nodes.length - 1];
    if (last?.type === "paragraph" && LIST_INTRO.test(nodeText(last).trim())) optionsDepth = part.depth;
    for (const node of part.nodes) {
      if (node.type !== "paragraph") continue;
      const text = nodeText(node).trim();
      const follower = listAfter(part.nodes, node);
      if (follower && LIST_INTRO.test(text)) {
        for (const li of follower.children) list.add(ownText(li), li.position, "item");
        continue;
      }
      for (const sentence of sentences(text)) {
        const m = CONSIDERED_INLINE.exec(sentence);
        if (!m || /:\s*$/.test(sentence)) continue;
        const names = m[1].split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|versus|vs\.?)\s+/i).filter((n) => n.trim().length > 1);
        if (names.length >= 2) for (const name of names) list.add(name, node.position, "item");
      }
    }
  }
  if (list.options.length >= 2) return;
  for (const part of decisionParts) {
    for (const block of blocksOf(part.nodes)) {
      const m = INSTEAD.exec(block.text);
      if (!m) continue;
      list.add(m[1], block.position, "item");
      list.add(m[2], block.position, "item");
      return;
    }
  }
}

// At the start of a line, so prose like "the recommended approach for X" is not read as a choice.
const CHOSEN = /(?:^|\n)\s*(?:chosen|selected|preferred)\s+(?:option|alternative|solution|approach)(s?)\s*(?::|is|was)?\s*/i;

/** Reads `Chosen option: "X", because ...` (and `Chosen option 2, since ...`) from a block of text. */
function readChosen(text: string, options: readonly ConsideredOption[]): { names: string[]; rationale: string | null; restEmpty: boolean } | null {
  const m = CHOSEN.exec(text);
  if (!m) return null;
  const plural = m[1] === "s";
  let rest = text.slice(m.index + m[0].length).trim();
  let name: string;
  const open = rest[0];
  const close: Record<string, string> = { '"': '"', "“": "”", "'": "'", "‘": "’", "`": "`" };
  const index = /^(?:options?\s*)?#?(\d+)\b/i.exec(rest);
  const indices = /^(?:options?\s*)?#?(\d+(?:\s*(?:,|&|and|\+)\s*(?:option\s*)?#?\d+)*)\b/i.exec(rest);
  if (open && close[open]) {
    // A single-quoted name may hold double quotes (MADR's own ADR 17), so look for the quote before a comma or end.
    const end = open === "'" ? rest.search(/'(?=\s*[,.;]|\s*$|\s+because\b)/) : rest.indexOf(close[open], 1);
    name = end > 0 ? rest.slice(1, end) : rest.slice(1);
    rest = end > 0 ? rest.slice(end + 1) : "";
  } else if (plural && indices) {
    const names = indices[1].split(/\D+/).map((n) => options[+n - 1]?.name ?? `Option ${n}`);
    rest = rest.slice(indices[0].length);
    const because = /^[\s,]*(?:because|since|as|so that)\b[:\s,]*(.*)$/is.exec(rest);
    return { names, rationale: because?.[1].trim() || null, restEmpty: !!because && !because[1].trim() };
  } else if (index) {
    name = options[+index[1] - 1]?.name ?? `Option ${index[1]}`;
    rest = rest.slice(index[0].length);
  } else if (plural) {
    return null; // "Chosen options:" followed by prose: no names to check
  } else {
    const cut = rest.search(/,|\s(?:because|since|as|so that)\b|\.(\s|$)|\n/i);
    name = cut >= 0 ? rest.slice(0, cut) : rest;
    rest = cut >= 0 ? rest.slice(cut) : "";
  }
  const because = /^[\s,]*(?:because|since|as|so that|given that|due to)\b[:\s,]*(.*)$/is.exec(rest);
  const rationale = because ? because[1].trim() : null;
  // "Option 2" in quotes still names the second option.
  const numbered = /^option\s*#?(\d+)$/i.exec(name.trim());
  if (numbered && options[+numbered[1] - 1]) return { names: [options[+numbered[1] - 1].name], rationale: rationale || null, restEmpty: !!because && !rationale };
  return { names: [cleanOptionName(name.replace(/\s+/g, " ")).name], rationale: rationale || null, restEmpty: !!because && !rationale };
}

export function extractOptions(input: ReasoningInput): { options: ConsideredOption[]; chosen: ChosenOption[] } {
  const list = new OptionList();
  readOptionParts(partsFor(input, "options"), list);
  const decisionParts = partsFor(input, "decision");
  if (list.options.length < 2) {
    const optionParts = new Set<Part>(partsFor(input, "options"));
    readProseOptions(allParts(input).filter((p) => !optionParts.has(p)), decisionParts, list);
  }
  const chosen: ChosenOption[] = [];
  const chosenParts = decisionParts.length > 0 ? decisionParts : allParts(input);
  for (const part of chosenParts) {
    for (const node of part.nodes) {
      if (node.type !== "paragraph" && node.type !== "list") continue;
      const units: Array<{ text: string; node: RootContent | MdListItem }> =
        node.type === "list" ? node.children.map((li) => ({ text: ownText(li), node: li })) : [{ text: nodeText(node).trim(), node }];
      for (const unit of units) {
        const found = readChosen(unit.text, list.options);
        if (!found) continue;
        let rationale = found.rationale;
        const follower = node.type === "paragraph" ? listAfter(part.nodes, node) : null;
        if (found.restEmpty && follower) rationale = nodeText(follower).trim() || null;
        for (const name of found.names) {
          if (name && !chosen.some((c) => c.name === name)) chosen.push({ name, rationale, position: unit.node.position });
        }
      }
    }
  }
  markChosen(list, chosen, decisionParts);
  addImplicitChoice(input, list, decisionParts);
  return { options: list.options, chosen };
}

/** Whether a chosen name is one of the options, allowing for nested variants ("monorepo, with Yarn and Lerna"). */
export function matchOption(options: readonly ConsideredOption[], name: string, variants?: Map<ConsideredOption, string[]>): ConsideredOption | null {
  for (const option of options) {
    if (sameOption(option.name, name)) return option;
    for (const variant of variants?.get(option) ?? option.text.split("\n").filter(Boolean)) {
      if (sameOption(`${option.name} ${variant}`, name)) return option;
    }
  }
  return options.find((o) => looselySameOption(o.name, name)) ?? null;
}

function markChosen(list: OptionList, chosen: readonly ChosenOption[], decisionParts: readonly Part[]): void {
  for (const option of list.marked) option.chosen = true;
  for (const c of chosen) {
    const option = matchOption(list.options, c.name, list.variants);
    if (option) option.chosen = true;
  }
  if (list.options.some((o) => o.chosen) || decisionParts.length === 0) return;
  // Without an explicit mark, an option is chosen when the decision names it and no other.
  const decisionText = decisionParts.map((p) => nodesText(p.nodes).toLowerCase()).join("\n");
  const named = list.options.filter((o) => o.name.length >= 3 && decisionText.includes(o.name.toLowerCase()));
  if (named.length === 1) named[0].chosen = true;
}

const ALTERNATIVES_ONLY = /\b(?:alternatives?|rejected|other options?|options not chosen)\b/;

/**
 * A section that lists only the losers ("## Alternatives considered") leaves the decision itself as the
 * other option; it takes the title's name, so a record of one decision and one alternative counts two.
 */
function addImplicitChoice(input: ReasoningInput, list: OptionList, decisionParts: readonly Part[]): void {
  if (list.options.length === 0 || list.options.some((o) => o.chosen) || decisionParts.length === 0) return;
  const optionParts = partsFor(input, "options");
  if (!optionParts.some((p) => p.section === "options" && ALTERNATIVES_ONLY.test(headingKey(p.heading)))) return;
  const title = input.tree.children.find((n) => n.type === "heading" && n.depth === 1);
  const name = title ? nodeText(title).trim() : decisionParts[0].heading;
  const option = list.add(name, decisionParts[0].position, "heading");
  if (option) option.chosen = true;
}
