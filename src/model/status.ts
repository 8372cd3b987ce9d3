// The status vocabulary and how free-form status text maps onto it.

export type Status = "proposed" | "accepted" | "rejected" | "deprecated" | "superseded" | "draft";

export const STATUSES: readonly Status[] = ["proposed", "accepted", "rejected", "deprecated", "superseded", "draft"];

/** Statuses of decisions that are history: rules about future work skip them. */
export const HISTORICAL_STATUSES: readonly Status[] = ["superseded", "deprecated", "rejected"];

// Words seen in real logs, mapped onto the vocabulary. Order matters: the first word found wins,
// so "superseded" is tested before "accepted" ("Accepted, superseded by 12").
const SYNONYMS: ReadonlyArray<[RegExp, Status]> = [
  [/\bsuper[sc]ed(?:ed|es)?\b/, "superseded"],
  [/\breplaced\b/, "superseded"],
  [/\bdeprecated?\b/, "deprecated"],
  [/\bobsolete\b/, "deprecated"],
  [/\bretired\b/, "deprecated"],
  [/\brejected\b/, "rejected"],
  [/\bdeclined\b/, "rejected"],
  [/\babandoned\b/, "rejected"],
  [/\bwithdrawn\b/, "rejected"],
  [/\bdraft\b/, "draft"],
  [/\bwip\b/, "draft"],
  [/\bwork in progress\b/, "draft"],
  [/\bin ?progress\b/, "draft"],
  [/\bincomplete\b/, "draft"],
  [/\bproposed?\b/, "proposed"],
  [/\bpending\b/, "proposed"],
  [/\bin review\b/, "proposed"],
  [/\bunder review\b/, "proposed"],
  [/\bopen\b/, "proposed"],
  [/\bon hold\b/, "proposed"],
  [/\baccepted\b/, "accepted"],
  [/\bapproved\b/, "accepted"],
  [/\bagreed\b/, "accepted"],
  [/\badopted\b/, "accepted"],
  [/\bdecided\b/, "accepted"],
  [/\bimplemented\b/, "accepted"],
  [/\bdone\b/, "accepted"],
  [/\bcompleted?\b/, "accepted"],
];

/**
 * Reads a status out of text as written: "✅ Accepted", "Accepted.", "PROPOSED",
 * "superseded by [ADR-0062](0062-x.md)", or a shields.io badge URL ("status-accepted-green").
 * `vocabulary` lets a team add statuses of its own; they are matched as whole words first.
 */
export function normalizeStatus(raw: string, vocabulary: readonly string[] = []): string | null {
  const text = raw
    .normalize("NFKC")
    .toLowerCase()
    // shields.io badges: /badge/status-accepted-green or /badge/Status-Accepted-brightgreen
    .replace(/badge\/status-([a-z%20 _]+?)-[a-z]+/g, " $1 ")
    .replace(/%20|[_*`~]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return null;
  for (const custom of vocabulary) {
    if ((STATUSES as readonly string[]).includes(custom)) continue;
    const re = new RegExp(`(^|[^a-z])${escapeRegExp(custom.toLowerCase())}($|[^a-z])`);
    if (re.test(text)) return custom;
  }
  let best: { index: number; status: Status } | null = null;
  for (const [re, status] of SYNONYMS) {
    const m = re.exec(text);
    // The earliest status word wins ("Proposed, later accepted" reads as proposed only if it comes first);
    // superseded beats everything because it is a later state that names its replacement.
    if (m && status === "superseded") return status;
    if (m && (best === null || m.index < best.index)) best = { index: m.index, status };
  }
  return best ? best.status : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
