// The stakeholder digest as data: what was decided, what it costs, risks, what needs attention, and who.
import type { Decision, FailureMode } from "../model/index.js";
import { HISTORICAL_STATUSES, isNegativeHeading } from "../model/index.js";
import { indexLog, doorOf, statusLabel, type LogIndex, type DoorOrUnknown } from "./relations.js";
import { daysBetween } from "./dates.js";
import { dueForReview, type ReviewItem } from "./review.js";
import { oneLine } from "./markdown.js";

export interface SummaryOptions {
  today: string;
  since?: string;
  until?: string;
  /** Keep decisions carrying any of these tags. */
  tags?: readonly string[];
  /** Keep decisions in any of these statuses. */
  statuses?: readonly string[];
  /** How far ahead assumptions and review dates count as due (default 30 days). */
  withinDays?: number;
}

export interface DecidedEntry { decision: Decision; summary: string; fromSummarySection: boolean }
export interface CostEntry { decision: Decision; costs: string[] }
export interface UnmitigatedRisk { decision: Decision; failureMode: FailureMode }
export interface Proposal { decision: Decision; waitingDays: number | null }
export interface Superseded { decision: Decision; by: Decision[]; on: string | null }
export interface PersonRoles { name: string; decided: number; consulted: number; informed: number }

export interface Digest {
  options: SummaryOptions;
  log: LogIndex;
  /** Decisions in the period and scope, oldest first. */
  inPeriod: Decision[];
  decided: DecidedEntry[];
  costs: CostEntry[];
  oneWayDoors: Decision[];
  unmitigated: UnmitigatedRisk[];
  doors: Record<DoorOrUnknown, number>;
  proposals: Proposal[];
  due: ReviewItem[];
  superseded: Superseded[];
  people: PersonRoles[];
}

const OPEN = new Set(["proposed", "draft"]);
const MAX_SUMMARY_CHARS = 320;

function inScope(d: Decision, o: SummaryOptions): boolean {
  if (o.tags?.length && !d.tags.some((t) => o.tags!.includes(t))) return false;
  if (o.statuses?.length && !o.statuses.includes(statusLabel(d))) return false;
  return true;
}

function inPeriod(date: string | null, o: SummaryOptions): boolean {
  if (!o.since && !o.until) return true;
  if (!date) return false;
  return (!o.since || date >= o.since) && (!o.until || date <= o.until);
}

function isHistory(d: Decision): boolean {
  return d.status.value !== null && (HISTORICAL_STATUSES as readonly string[]).includes(d.status.value);
}

export function sentences(text: string): string[] {
  const flat = oneLine(text);
  if (!flat) return [];
  return flat.split(/(?<=[.!?])\s+(?=["'(\p{Lu}\d])/u).filter(Boolean);
}

/** Shortens at a word boundary, so a reader never sees half a word. */
function clip(text: string): string {
  const chars = [...text];
  if (chars.length <= MAX_SUMMARY_CHARS) return text;
  const cut = chars.slice(0, MAX_SUMMARY_CHARS - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_SUMMARY_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** One or two sentences: the ADR's own Summary when it has one, else the decision and its reason. */
export function plainSummary(d: Decision): { text: string; fromSummarySection: boolean } {
  const own = sentences(d.sections.summary?.text ?? "");
  if (own.length) return { text: clip(own.slice(0, 2).join(" ")), fromSummarySection: true };
  const decided = sentences(d.sections.decision?.text ?? "");
  const chosen = d.reasoning.chosen[0];
  if (decided.length && /\bbecause\b/i.test(decided[0])) return { text: clip(decided[0]), fromSummarySection: false };
  if (chosen) {
    const reason = chosen.rationale ? `, because ${chosen.rationale.replace(/^because\s+/i, "")}` : "";
    return { text: clip(`Chose "${oneLine(chosen.name)}"${oneLine(reason)}`.replace(/[.\s]*$/, ".")), fromSummarySection: false };
  }
  if (decided.length) return { text: clip(decided.slice(0, 2).join(" ")), fromSummarySection: false };
  const context = sentences(d.sections.context?.text ?? "");
  if (context.length) return { text: clip(`Context: ${context[0]}`), fromSummarySection: false };
  return { text: "The record does not say what was decided.", fromSummarySection: false };
}

/**
 * The failure modes the ADR lists under its failure-modes heading when it has one. The extractor also reads
 * risks written elsewhere (an option's cons); for "without a mitigation" only the listed ones are fair to count.
 */
export function listedFailureModes(d: Decision): FailureMode[] {
  const all = d.reasoning.failureModes;
  const section = d.sections.failureModes;
  const start = section?.nodes[0]?.position?.start.line;
  const end = section?.nodes[section.nodes.length - 1]?.position?.end.line;
  if (start === undefined || end === undefined) return all;
  return all.filter((f) => !f.position || (f.position.start.line >= start && f.position.start.line <= end));
}

const COST_PREFIX = /^(?:give up|gives up|cost|costs|con|cons|bad|negative|downside|drawback)\b[\s,:-]*(?:because\s+)?/i;

/** What the decision costs or gives up: trade-offs it gives up, negative consequences, the chosen option's cons. */
export function costsOf(d: Decision): string[] {
  const found: string[] = [];
  const tradeoffs = d.sections.tradeoffs?.items ?? [];
  for (const item of tradeoffs) if (COST_PREFIX.test(item.text)) found.push(item.text.replace(COST_PREFIX, ""));
  const consequences = d.sections.consequences;
  if (consequences) {
    if (isNegativeHeading(consequences.heading)) found.push(...consequences.items.map((i) => i.text));
    else for (const item of consequences.items) if (COST_PREFIX.test(item.text)) found.push(item.text.replace(COST_PREFIX, ""));
    for (const sub of consequences.subsections) if (isNegativeHeading(sub.heading)) found.push(...sub.items.map((i) => i.text));
  }
  // The chosen option's cons only when the record states no cost of its own: they mostly say the same again.
  if (found.length === 0) for (const option of d.reasoning.options) if (option.chosen) found.push(...option.cons.map((c) => c.text));
  const seen = new Set<string>();
  return found
    .map((t) => oneLine(t).replace(COST_PREFIX, "").replace(/^./, (c) => c.toUpperCase()))
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
    .slice(0, 4);
}

function countPeople(decisions: readonly Decision[]): PersonRoles[] {
  const people = new Map<string, PersonRoles>();
  const bump = (name: string, role: "decided" | "consulted" | "informed"): void => {
    const key = oneLine(name);
    if (!key) return;
    const entry = people.get(key.toLowerCase()) ?? { name: key, decided: 0, consulted: 0, informed: 0 };
    entry[role]++;
    people.set(key.toLowerCase(), entry);
  };
  for (const d of decisions) {
    d.people.deciders.forEach((n) => bump(n, "decided"));
    d.people.consulted.forEach((n) => bump(n, "consulted"));
    d.people.informed.forEach((n) => bump(n, "informed"));
  }
  return [...people.values()].sort((a, b) => b.decided - a.decided || b.consulted - a.consulted || a.name.localeCompare(b.name));
}

export function buildDigest(decisions: readonly Decision[], options: SummaryOptions): Digest {
  const log = indexLog(decisions);
  const scoped = log.decisions.filter((d) => inScope(d, options));
  const period = scoped
    .filter((d) => inPeriod(d.date, options))
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || (a.number ?? 0) - (b.number ?? 0));
  const current = period.filter((d) => !isHistory(d));
  const doors: Record<DoorOrUnknown, number> = { "one-way": 0, "two-way": 0, unknown: 0 };
  for (const d of current) doors[doorOf(d)]++;
  const superseded: Superseded[] = [];
  for (const d of scoped) {
    const by = log.supersededBy(d).filter((r) => inPeriod(r.date, options));
    if (by.length) superseded.push({ decision: d, by, on: by[0].date });
  }
  return {
    options,
    log,
    inPeriod: period,
    decided: period.filter((d) => !OPEN.has(statusLabel(d))).map((d) => {
      const s = plainSummary(d);
      return { decision: d, summary: s.text, fromSummarySection: s.fromSummarySection };
    }),
    costs: current.map((d) => ({ decision: d, costs: costsOf(d) })).filter((c) => c.costs.length > 0),
    oneWayDoors: current.filter((d) => doorOf(d) === "one-way"),
    unmitigated: current.flatMap((d) =>
      listedFailureModes(d).filter((f) => !f.mitigation?.trim()).map((f) => ({ decision: d, failureMode: f }))),
    doors,
    // Waiting proposals matter now, whenever they were opened: they are not limited to the period.
    proposals: scoped.filter((d) => OPEN.has(statusLabel(d))).map((d) => ({
      decision: d, waitingDays: d.date ? Math.max(0, daysBetween(d.date, options.today)) : null,
    })).sort((a, b) => (b.waitingDays ?? -1) - (a.waitingDays ?? -1)),
    due: dueForReview(scoped, { today: options.today, withinDays: options.withinDays }),
    superseded,
    people: countPeople(period),
  };
}
