// Assumptions, failure modes and reversibility: from their own sections, or from the prose of any section.
import type { Assumption, Door, FailureMode, Position, Reversibility, SectionId } from "../model/index.js";
import { normalizeDate } from "../model/index.js";
import { allParts, blocksOf, partsFor, partsText, sentences, type Block, type Part, type ReasoningInput } from "./reasoning-text.js";

const VALIDATE_LABEL = /\b(?:validate|validation|verify|verification|check|how to check|test|measure|signal|evidence)\s*:\s*/i;
const DUE_LABEL = /\b(?:by|when|due|review|revisit|deadline|until|check by|review by)\s*:\s*/i;
const VALIDATE_PROSE =
  /\b(?:we(?:'ll| will)|will be|to be|is|are|being)\s+(?:\w+\s+)?(?:check|verif|validat|measur|monitor|test|track|confirm|review|re-?evaluat|revisit)\w*|\b(?:validated|verified|measured|monitored|confirmed|checked|tested|tracked)\s+(?:by|via|through|with|in|against|using)\b|\b(?:load tests?|benchmarks?|dashboards?|surveys?|spikes?|prototypes?|experiments?|metrics?|alerts?)\b/i;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const DATE = new RegExp(`\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}\\b|\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, "i");
const TRIGGER =
  /\b(?:every|each)\s+(?:\d+\s+)?(?:days?|weeks?|months?|quarters?|years?|sprints?|releases?)\b|\b(?:by|before|after|within|once|when|at|in|every|each)\s+(?:the\s+)?(?:end of\s+)?(?:q[1-4]\b(?:\s+\d{4})?|h[12]\b|\d+\s*(?:days?|weeks?|months?|years?|sprints?|releases?|quarters?)\b|next\s+(?:quarter|release|review|year|month|sprint|planning)\b|\d{4}\b|launch|go-?live|release|beta|ga\b|the first\s+\S+|we (?:reach|hit|exceed|pass)\b|(?:traffic|load|usage|users|volume)\s+(?:reach|exceed|pass|grow)\w*)/i;

const ASSUME =
  /\b(?:we|i|they|this|it)\s+(?:\w+\s+)?assum(?:e|es|ed|ing)\b|\bassuming\b|\b(?:the|our|an|one|key|main|underlying|working)\s+assumptions?\s+(?:is|are|here|being|that)\b|\bassumptions?\s*:|\b(?:it is|is|are) assumed\b|\b(?:this|it|that|which|decision|approach|plan)\s+(?:\w+\s+)?rel(?:ies|y|ying)\s+on\b|\brelies on\b|\bpresum(?:e|es|ing)\b|\bon the premise\b|\bprovided that\b|\bwe expect\b|\bwe bet\b/i;

/** How and when an assumption will be checked, labelled (`Validate: ... By: ...`) or in plain words. */
function readAssumption(text: string, position?: Position, context = text): Assumption {
  const labels = [VALIDATE_LABEL, DUE_LABEL].map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null);
  const first = labels.reduce((min, m) => Math.min(min, m.index), text.length);
  const labelled = (re: RegExp): string | null => {
    const m = re.exec(text);
    if (!m) return null;
    const start = m.index + m[0].length;
    const others = labels.map((l) => l.index).filter((i) => i > m.index);
    const end = others.length ? Math.min(...others) : text.length;
    return text.slice(start, end).trim().replace(/[.;]\s*$/, "") || null;
  };
  let validation = labelled(VALIDATE_LABEL);
  let due = labelled(DUE_LABEL);
  if (!validation) validation = sentences(context).find((s) => VALIDATE_PROSE.test(s)) ?? null;
  if (!due) due = DATE.exec(context)?.[0] ?? TRIGGER.exec(context)?.[0] ?? null;
  const dateText = due ? (DATE.exec(due)?.[0] ?? due) : null;
  const dueDate = dateText ? normalizeDate(dateText).iso : null;
  return { text: text.slice(0, first).trim().replace(/[\s.;:]+$/, "") || text, position, validation, due, dueDate };
}

/** Blocks of a part, or the part itself when it has sub-parts with text (one `###` per assumption). */
function itemsOf(parts: readonly Part[]): Block[] {
  return parts.flatMap((part) => blocksOf(part.nodes));
}

function proseBlocks(input: ReasoningInput, skip: ReadonlySet<Part>, elsewhere: readonly (SectionId | null)[] = []): Block[] {
  // The options' own arguments describe alternatives, links describe other documents: neither is this decision's prose.
  return allParts(input)
    .filter((p) => !skip.has(p) && p.section !== "options" && p.section !== "links" && !elsewhere.includes(p.section))
    .flatMap((p) => blocksOf(p.nodes));
}

function unique<T extends { text: string }>(found: T[]): T[] {
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

export function extractAssumptions(input: ReasoningInput): Assumption[] {
  const parts = partsFor(input, "assumptions", /^(?:key )?assumptions?\b/);
  const fromSections = itemsOf(parts).map((b) => readAssumption(b.text, b.position));
  if (fromSections.length > 0) return unique(fromSections);
  const found: Assumption[] = [];
  for (const block of proseBlocks(input, new Set(parts))) {
    // A sentence is a part of its block: a block with no match has no sentence with one (and most have none).
    if (!ASSUME.test(block.text)) continue;
    for (const sentence of sentences(block.text)) {
      if (ASSUME.test(sentence) && !/\bno (?:assumptions?|longer)\b/i.test(sentence)) found.push(readAssumption(sentence, block.position, block.text));
    }
  }
  return unique(found);
}

const FAILURE_LABELS: Record<"impact" | "detection" | "mitigation", RegExp> = {
  impact: /\b(?:impact|effect|blast radius)\s*:\s*/i,
  detection: /\b(?:detection|detect|detected by|monitoring|alerting|alert|signal|how we know)\s*:\s*/i,
  mitigation: /\b(?:mitigation|mitigations|mitigate|mitigated by|fallback|recovery|response|contingency|plan|remedy|workaround)\s*:\s*/i,
};
const DETECT_PROSE = /\b(?:alert|alarm|monitor|detect|dashboard|metrics?|health[- ]?checks?|paged?|on-?call|observab|notic|synthetic|probe|slo|error rate|logs? (?:show|will)|logged)\w*/i;
const MITIGATE_PROSE =
  /\b(?:mitigat|fall ?back|retr(?:y|ies)|fail ?over|circuit[- ]?breaker|roll ?back|revert|graceful|degrad|cach|queue|redundan|standby|read replicas?\b|backup|restor|workaround|throttl|rate[- ]?limit|scal(?:e|ing)|autoscal|timeout|runbook|playbook|restart|multi-?(?:az|region)|reduc|avoid|prevent|manual(?:ly)?|buffer|spare|isolat|recover)\w*/i;
const FAILURE =
  /\b(?:if|when|should|once|in case)\b[^.;]{0,80}?\b(?:fails?|failing|goes down|go down|is down|are down|unavailable|unreachable|outages?|breaks?|crash\w*|times? out|overload\w*|is lost|corrupt\w*|runs? out)\b|\bsingle point of failure\b|\b(?:under|at)\s+(?:heavy|high|peak|\d+x)\s+(?:load|traffic)\b|\b\d+x\s+(?:load|traffic|growth)\b|\bfailure modes?\b|\boutages?\b|\bbottleneck\w*\b|\brisk (?:of|that|is)\b/i;

function readFailureMode(text: string, position?: Position): FailureMode {
  const hits = Object.values(FAILURE_LABELS).map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null);
  const first = hits.reduce((min, m) => Math.min(min, m.index), text.length);
  const labelled = (re: RegExp): string | null => {
    const m = re.exec(text);
    if (!m) return null;
    const later = hits.map((h) => h.index).filter((i) => i > m.index);
    return text.slice(m.index + m[0].length, later.length ? Math.min(...later) : text.length).trim().replace(/[.;]\s*$/, "") || null;
  };
  const prose = (re: RegExp): string | null => sentences(text).find((s) => re.test(s)) ?? null;
  return {
    text: text.slice(0, first).trim().replace(/[\s.;:]+$/, "") || text,
    position,
    detection: labelled(FAILURE_LABELS.detection) ?? prose(DETECT_PROSE),
    mitigation: labelled(FAILURE_LABELS.mitigation) ?? prose(MITIGATE_PROSE),
  };
}

const NOT_THIS_DECISION: readonly (SectionId | null)[] = ["context", "drivers", "summary", "options", "links"];

export function extractFailureModes(input: ReasoningInput): FailureMode[] {
  // The context's risks and outages are the problem being solved, not what this decision can break.
  const parts = partsFor(input, "failureModes", /\b(?:risks?|failure|failures|what could go wrong)\b/).filter((p) => !NOT_THIS_DECISION.includes(p.section));
  const fromSections: FailureMode[] = [];
  for (const part of parts) {
    if (part.section === "failureModes") {
      fromSections.push(...itemsOf([part]).map((b) => readFailureMode(b.text, b.position)));
    } else if (part.nodes.length > 0 || part.heading) {
      // "### Risks of concurrent editing" under Consequences: one failure mode, argued in its own prose.
      const mode = readFailureMode(partsText([part]), part.position);
      fromSections.push({ ...mode, text: part.heading });
    }
  }
  if (fromSections.length > 0) return unique(fromSections);
  const found: FailureMode[] = [];
  for (const block of proseBlocks(input, new Set(parts), NOT_THIS_DECISION)) {
    if (FAILURE.test(block.text) && sentences(block.text).some((s) => FAILURE.test(s))) found.push(readFailureMode(block.text, block.position));
  }
  return unique(found);
}

// A door is named as such: "One way to do it" and "two-way sync" say nothing about undoing a decision.
const DOOR_LABEL = /\bdoor\s*:\s*\**\s*(one|two)[- ]way\b/i;
const ONE_WAY =
  /\bone[- ]way[- ](?:door|decision|change|migration)s?\b|\birreversibl[ey]\b|\b(?:hard|difficult|costly|expensive|impossible|painful|very hard)\s+to\s+(?:undo|revert|reverse|roll back|back out|migrate away|move away)\b|\b(?:cannot|can't|can not|won't be able to)\s+(?:easily\s+)?(?:be\s+)?(?:undo(?:ne)?|revert(?:ed)?|reverse[d]?|roll(?:ed)? back)\b|\bnot\s+(?:easily\s+)?reversible\b|\bpoint of no return\b/i;
const TWO_WAY =
  /\btwo[- ]way[- ](?:door|decision|change)s?\b|\breversible\b|\beas(?:y|ily|ier)\s+(?:to\s+)?(?:undo|undone|revert|reverse|roll(?:ed)? back|change|changed|switch|replace|replaced|back out|migrate away|swap)\w*\b|\bcan\s+(?:easily\s+|always\s+|simply\s+|still\s+|quickly\s+)?(?:be\s+)?(?:undone|undo|reverted|revert|reversed|rolled back|roll back|switch back|changed later|replaced later|revisited)\b|\b(?:rollback|roll-back|exit) (?:plan|strategy)\b|\bcheap to (?:undo|revert|change)\b/i;
const LOCK_IN = /\bvendor\s+lock[- ]in\b|\block-in\b|\blocked[- ]in\b/i;

function doorOf(text: string): Door | null | undefined {
  const label = DOOR_LABEL.exec(text);
  if (label) return label[1].toLowerCase() === "one" ? "one-way" : "two-way";
  if (ONE_WAY.test(text)) return "one-way";
  if (TWO_WAY.test(text)) return "two-way";
  if (LOCK_IN.test(text)) return null;
  return undefined;
}

export function extractReversibility(input: ReasoningInput): Reversibility | null {
  const parts = partsFor(input, "reversibility", /\b(?:reversibility|rollback|roll back|reversal|exit strategy)\b/);
  const text = partsText(parts).trim();
  if (text) {
    const block = itemsOf(parts).find((b) => doorOf(b.text) !== undefined);
    return { door: doorOf(text) ?? null, text, position: block?.position ?? parts[0].position };
  }
  for (const block of proseBlocks(input, new Set(parts))) {
    if (doorOf(block.text) === undefined) continue; // no sentence of it names a door either
    for (const sentence of sentences(block.text)) {
      const door = doorOf(sentence);
      if (door !== undefined) return { door, text: sentence, position: block.position };
    }
  }
  return null;
}
