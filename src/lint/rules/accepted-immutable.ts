// accepted-immutable: with --since, an ADR already accepted at that ref changes only in status and links.
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import type { Decision, Position, Section } from "../../model/index.js";
import { parseDecision } from "../../parse/index.js";

// Status and links may change after acceptance (that is how an ADR is superseded); nothing else may.
const MUTABLE_SECTIONS = new Set(["links"]);

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Section texts keyed by canonical id, or by heading for sections outside the canonical set. */
function sectionTexts(decision: Decision): Map<string, { name: string; text: string; position?: Position }> {
  const out = new Map<string, { name: string; text: string; position?: Position }>();
  const add = (key: string, s: Section) => {
    const text = squash([s.text, ...s.subsections.map((sub) => `${sub.heading}\n${sub.text}`)].join("\n"));
    const prior = out.get(key);
    out.set(key, { name: s.heading, text: prior ? `${prior.text} ${text}` : text, position: prior?.position ?? s.position });
  };
  for (const [id, s] of Object.entries(decision.sections)) if (s && !MUTABLE_SECTIONS.has(id)) add(id, s);
  for (const s of decision.otherSections) add(`other:${s.heading.toLowerCase()}`, s);
  return out;
}

const rule: DecisionRule = {
  meta: {
    id: "accepted-immutable",
    type: "problem",
    description:
      "With `--since <ref>`: an ADR that was accepted at that ref had its title or section text changed (status and links may change). Old and new texts are parsed and compared section by section.",
    severity: "warn",
    url: ruleDocsUrl("accepted-immutable"),
    messages: {
      titleChanged:
        "The title changed since {{ref}}, when this ADR was already accepted: an accepted decision is a record — write a new ADR that supersedes it instead of rewriting this one.",
      sectionChanged:
        "\"{{section}}\" changed since {{ref}}, when this ADR was already accepted: keep the record as decided, and write a new ADR that supersedes or amends it.",
      sectionRemoved:
        "\"{{section}}\" was removed since {{ref}}, when this ADR was already accepted: restore it, and record the change of mind in a new ADR that supersedes this one.",
    },
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check({ decision, since, statuses, report }) {
    if (!since) return;
    const oldText = since.textAt(decision.path);
    if (oldText === null) return;
    let before: Decision;
    try {
      before = parseDecision(oldText, decision.path, { statuses });
    } catch {
      return; // an old version the parser refuses cannot be compared; the current file is linted as usual
    }
    if (before.status.value !== "accepted") return;
    const data = { ref: since.ref };
    if (squash(before.title) !== squash(decision.title)) report({ messageId: "titleChanged", data, place: decision.titlePosition });
    const now = sectionTexts(decision);
    const then = sectionTexts(before);
    for (const [key, old] of then) {
      const current = now.get(key);
      if (!current) report({ messageId: "sectionRemoved", data: { ...data, section: old.name }, place: decision.titlePosition });
      else if (current.text !== old.text) report({ messageId: "sectionChanged", data: { ...data, section: current.name }, place: current.position });
    }
    for (const [key, current] of now) {
      if (!then.has(key)) report({ messageId: "sectionChanged", data: { ...data, section: current.name }, place: current.position });
    }
  },
};

export default rule;
