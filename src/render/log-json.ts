// `adrkit log --format json`: every decision with its metadata, sections as text, links and (optionally) findings.
import type { Decision, LinkRelation, SectionId } from "../model/index.js";
import { SECTION_IDS } from "../model/index.js";
import { indexLog, doorOf, type DoorOrUnknown } from "./relations.js";

/** Bumped whenever a field changes meaning or disappears; new optional fields do not bump it. */
export const LOG_SCHEMA_VERSION = 1;

export interface LogJsonFinding {
  ruleId: string | null;
  severity: "error" | "warning" | "info";
  message: string;
  line: number | null;
  column: number | null;
}

export interface LogJsonDecision {
  number: number | null;
  title: string;
  path: string;
  status: string | null;
  statusText: string | null;
  date: string | null;
  dateText: string | null;
  format: string;
  deciders: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  reviewBy: string | null;
  reversibility: DoorOrUnknown;
  supersededBy: Array<number | null>;
  links: Array<{ relation: LinkRelation; number: number | null; target: string | null; text: string }>;
  sections: Partial<Record<SectionId, string>>;
  options: Array<{ name: string; chosen: boolean; pros: string[]; cons: string[] }>;
  assumptions: Array<{ text: string; validation: string | null; due: string | null; dueDate: string | null }>;
  failureModes: Array<{ text: string; detection: string | null; mitigation: string | null }>;
  findings?: LogJsonFinding[];
}

export interface LogJson {
  schemaVersion: typeof LOG_SCHEMA_VERSION;
  decisions: LogJsonDecision[];
}

/** A message as vfile writes it (parse problems, lint findings). */
export interface FindingMessage {
  ruleId?: string | null;
  reason: string;
  fatal?: boolean | null;
  line?: number | null;
  column?: number | null;
}

export interface LogJsonOptions {
  /** Each decision's findings (e.g. from the lint engine); when given, every entry gets a `findings` list. */
  findings?: (decision: Decision) => readonly FindingMessage[];
}

export function logJson(decisions: readonly Decision[], options: LogJsonOptions = {}): LogJson {
  const log = indexLog(decisions);
  return {
    schemaVersion: LOG_SCHEMA_VERSION,
    decisions: log.decisions.map((d) => {
      const entry: LogJsonDecision = {
        number: d.number,
        title: d.title,
        path: d.path,
        status: d.status.value,
        statusText: d.status.raw,
        date: d.date,
        dateText: d.dateInfo.raw,
        format: d.format,
        deciders: [...d.people.deciders],
        consulted: [...d.people.consulted],
        informed: [...d.people.informed],
        tags: [...d.tags],
        reviewBy: d.reviewBy,
        reversibility: doorOf(d),
        supersededBy: log.supersededBy(d).map((r) => r.number),
        links: d.links.map((l) => ({ relation: l.relation, number: l.number, target: l.target, text: l.text })),
        sections: sectionTexts(d),
        options: d.reasoning.options.map((o) => ({
          name: o.name, chosen: o.chosen, pros: o.pros.map((p) => p.text), cons: o.cons.map((c) => c.text),
        })),
        assumptions: d.reasoning.assumptions.map((a) => ({ text: a.text, validation: a.validation, due: a.due, dueDate: a.dueDate })),
        failureModes: d.reasoning.failureModes.map((f) => ({ text: f.text, detection: f.detection, mitigation: f.mitigation })),
      };
      if (options.findings) entry.findings = options.findings(d).map(toFinding);
      return entry;
    }),
  };
}

function sectionTexts(decision: Decision): Partial<Record<SectionId, string>> {
  const out: Partial<Record<SectionId, string>> = {};
  for (const id of SECTION_IDS) {
    const section = decision.sections[id];
    if (section) out[id] = section.text;
  }
  return out;
}

function toFinding(m: FindingMessage): LogJsonFinding {
  return {
    ruleId: m.ruleId ?? null,
    severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
    message: m.reason,
    line: m.line ?? null,
    column: m.column ?? null,
  };
}

export function renderLogJson(decisions: readonly Decision[], options: LogJsonOptions = {}): string {
  return `${JSON.stringify(logJson(decisions, options), null, 2)}\n`;
}
