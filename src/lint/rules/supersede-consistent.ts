// supersede-consistent: supersede links agree in both directions, name a replacement, and never form a cycle.
import { posix } from "node:path";
import { ruleDocsUrl, type Fix, type RepositoryRule } from "../types.js";
import type { Decision } from "../../model/index.js";
import { indexLog, resolveLink } from "./links-resolve.js";

type Relation = "supersedes" | "superseded-by";

function label(d: Decision): string {
  return d.number !== null ? `ADR ${d.number} (${d.path})` : d.path;
}

/**
 * The missing link as a text patch on `decision`'s own file: a front matter key (adrkit, MADR 3/4) or an
 * adr-tools line in the `## Status` section (Nygard). Other layouts get no fix rather than a guess.
 */
export function backLinkFix(decision: Decision, relation: Relation, other: Decision): Fix | undefined {
  const text = String(decision.file.value);
  const fm = decision.frontMatter;
  if (fm) {
    if (other.number === null) return undefined;
    const block = text.slice(fm.start, fm.bodyStart);
    const key = new RegExp(`^${relation}[ \\t]*:[ \\t]*(.*)$`, "m").exec(block);
    if (key) {
      const flow = /^\[(.*)\][ \t]*$/.exec(key[1]);
      if (!flow) return undefined; // a block list or a scalar: leave it to the writer
      const close = fm.start + key.index + key[0].lastIndexOf("]");
      return { start: close, end: close, text: flow[1].trim() ? `, ${other.number}` : String(other.number) };
    }
    const closing = [...block.matchAll(/^---[ \t]*\r?$/gm)].pop();
    if (!closing || closing.index === 0) return undefined;
    const at = fm.start + closing.index!;
    return { start: at, end: at, text: `${relation}: [${other.number}]\n` };
  }
  const end = decision.status.position?.end.offset;
  if (decision.sources.status !== "section" || end === undefined) return undefined;
  const target = posix.relative(posix.dirname(decision.path), other.path);
  const name = other.number !== null ? `${other.number}. ${other.title}` : other.title;
  const words = relation === "supersedes" ? "Supersedes" : "Superseded by";
  return { start: end, end, text: `\n\n${words} [${name}](${target})` };
}

const rule: RepositoryRule = {
  meta: {
    id: "supersede-consistent",
    type: "problem",
    description:
      "A supersedes B but B does not say it is superseded by A (or the reverse), a superseded status with no replacement, or a supersede loop. Fix: the missing link, added to the file that lacks it (a front matter key, or adr-tools' line in `## Status`).",
    severity: "error",
    url: ruleDocsUrl("supersede-consistent"),
    messages: {
      missingBackLink:
        "{{other}} says it supersedes this ADR, but this ADR does not say it is superseded by it: add the \"superseded by\" link so readers landing here find the decision that holds now.",
      missingForwardLink:
        "{{other}} says it is superseded by this ADR, but this ADR does not say it supersedes {{other}}: add the \"supersedes\" link here so both records tell the same story.",
      noReplacement:
        "Status is superseded but no ADR replaces this one: link the ADR that supersedes it (e.g. `Superseded by [12. Use Kafka](0012-use-kafka.md)`), or use \"deprecated\" if nothing replaces it.",
      cycle:
        "Supersede links form a loop ({{cycle}}): one of these ADRs must be the current decision — remove the link that points back.",
    },
    fixable: true,
    schema: null,
    scope: "repository",
  },
  check({ decisions, report }) {
    const log = indexLog(decisions);
    // Pairs "newer supersedes older", as claimed by the newer (forward) and by the older (back).
    const forward = new Map<Decision, Set<Decision>>();
    const back = new Map<Decision, Set<Decision>>();
    const add = (map: Map<Decision, Set<Decision>>, newer: Decision, older: Decision) =>
      map.set(newer, (map.get(newer) ?? new Set()).add(older));
    for (const d of decisions) {
      for (const link of d.links) {
        if (link.relation !== "supersedes" && link.relation !== "superseded-by") continue;
        const r = resolveLink(link, d, log);
        if (r.kind !== "found") continue;
        if (link.relation === "supersedes") add(forward, d, r.decision);
        else add(back, r.decision, d);
      }
    }
    for (const [newer, olders] of forward) {
      for (const older of olders) {
        if (older === newer || back.get(newer)?.has(older)) continue;
        report(older, { messageId: "missingBackLink", data: { other: label(newer) }, place: older.status.position ?? older.titlePosition, fix: backLinkFix(older, "superseded-by", newer) });
      }
    }
    for (const [newer, olders] of back) {
      for (const older of olders) {
        if (older === newer || forward.get(newer)?.has(older)) continue;
        report(newer, { messageId: "missingForwardLink", data: { other: label(older) }, place: newer.titlePosition, fix: backLinkFix(newer, "supersedes", older) });
      }
    }
    const replaced = new Set([...forward.values(), ...back.values()].flatMap((s) => [...s]));
    for (const d of decisions) {
      // "Superseded by 12" or "Superseded [0019](...)" names a replacement even where no link could be read.
      const named = /super[sc]eded\s*(?:by\b)?\s*:?\s*[\[(]?\s*(?:adr[-\s#]*)?\d/i.test(d.status.raw ?? "");
      if (d.status.value === "superseded" && !replaced.has(d) && !named) {
        report(d, { messageId: "noReplacement", place: d.status.position ?? d.titlePosition });
      }
    }
    reportCycles(decisions, forward, back, (d, cycle) => report(d, { messageId: "cycle", data: { cycle }, place: d.titlePosition }));
  },
};

/** Every ADR on a supersede loop, reported once, with the loop spelled out. Iterative: a long chain is no risk. */
function reportCycles(
  decisions: readonly Decision[],
  forward: Map<Decision, Set<Decision>>,
  back: Map<Decision, Set<Decision>>,
  found: (d: Decision, cycle: string) => void,
): void {
  const next = (d: Decision) => [...new Set([...(forward.get(d) ?? []), ...(back.get(d) ?? [])])];
  const state = new Map<Decision, "open" | "done">();
  const reported = new Set<Decision>();
  const name = (d: Decision) => (d.number !== null ? String(d.number) : d.path);
  for (const root of decisions) {
    if (state.has(root)) continue;
    const path: Decision[] = [root];
    const pending: Decision[][] = [next(root)];
    state.set(root, "open");
    while (path.length > 0) {
      const n = pending[pending.length - 1].shift();
      if (n === undefined) {
        state.set(path.pop()!, "done");
        pending.pop();
        continue;
      }
      if (state.get(n) === "open") {
        const loop = path.slice(path.indexOf(n));
        const text = [...loop, n].map(name).join(" → ");
        for (const member of loop) if (!reported.has(member)) (reported.add(member), found(member, text));
      } else if (!state.has(n)) {
        state.set(n, "open");
        path.push(n);
        pending.push(next(n));
      }
    }
  }
}

export default rule;
