// `adrkit log --format markdown`: the index table, built as mdast and stringified.
import type { PhrasingContent, Root } from "mdast";
import type { Decision } from "../model/index.js";
import { indexLog, numberLabel, doorOf, statusLabel, type LogIndex } from "./relations.js";
import { stringifyMarkdown, table, text, root, joinPhrasing, oneLine } from "./markdown.js";

export interface LogMarkdownOptions {
  /** The link to a decision's file from where the table will live; defaults to `decision.path`. */
  href?: (decision: Decision) => string;
}

export const LOG_TABLE_HEADER = ["Number", "Title", "Status", "Date", "Tags", "Reversibility"] as const;

/** The log as an mdast table: number (linked), title, status, date, tags, reversibility. */
export function logTableTree(decisions: readonly Decision[], options: LogMarkdownOptions = {}): Root {
  const log = indexLog(decisions);
  const href = options.href ?? ((d: Decision) => d.path);
  if (log.decisions.length === 0) return root([{ type: "paragraph", children: [text("No decisions recorded yet.")] }]);
  const rows = log.decisions.map((decision) => [
    [{ type: "link", url: href(decision), children: [text(numberLabel(decision))] } as PhrasingContent],
    titleCell(decision, log),
    statusCell(decision, log, href),
    [text(decision.date ?? "")],
    [text(decision.tags.map(oneLine).join(", "))],
    [text(doorOf(decision))],
  ]);
  return root([table([...LOG_TABLE_HEADER], rows)]);
}

function titleCell(decision: Decision, log: LogIndex): PhrasingContent[] {
  const title = text(oneLine(decision.title) || numberLabel(decision));
  // Struck through so a reader skimming the table sees at once which decisions no longer hold.
  return log.supersededBy(decision).length > 0 || decision.status.value === "superseded"
    ? [{ type: "delete", children: [title] }]
    : [title];
}

function statusCell(decision: Decision, log: LogIndex, href: (d: Decision) => string): PhrasingContent[] {
  const replacements = log.supersededBy(decision);
  if (replacements.length === 0) return [text(statusLabel(decision))];
  const links = replacements.map((r) => [{ type: "link", url: href(r), children: [text(numberLabel(r))] } as PhrasingContent]);
  return [text("superseded by "), ...joinPhrasing(links, ", ")];
}

export function renderLogMarkdown(decisions: readonly Decision[], options: LogMarkdownOptions = {}): string {
  return stringifyMarkdown(logTableTree(decisions, options));
}
