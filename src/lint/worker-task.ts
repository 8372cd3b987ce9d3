// Runs in a parse worker: lints the Decision just parsed there, then slims it to what whole-log rules read.
import type { Root, RootContent } from "mdast";
import type { Decision } from "../model/index.js";
import { resolveLintConfig, type LintConfig, type ResolvedLintConfig, type RuleSettings } from "./config.js";
import { lintDecision } from "./engine.js";
import { store, type StoredMessage } from "./cache.js";

/** Everything a worker needs to resolve the same lint config as the main thread (structured-cloneable). */
export interface WorkerLintInput {
  lint: LintConfig;
  source: string;
  baseDir?: string;
  cliRules?: RuleSettings;
  today: string;
  inlineConfig?: boolean;
}

let resolved: { key: string; config: ResolvedLintConfig } | null = null;

export function lintInWorker(decision: Decision, input: WorkerLintInput): StoredMessage[] {
  const key = JSON.stringify([input.lint, input.source, input.baseDir, input.cliRules]);
  if (resolved?.key !== key) {
    resolved = { key, config: resolveLintConfig(input.lint, { source: input.source, baseDir: input.baseDir, cliRules: input.cliRules }) };
  }
  const result = lintDecision(decision, resolved.config, { today: input.today, inlineConfig: input.inlineConfig });
  slim(decision);
  return result.messages.map(store);
}

/**
 * Whole-log rules read numbers, links, status and titles, and inline comments for suppression; the tree, the
 * sections and the reasoning are the bulk of a Decision and are not sent back. HTML comment nodes stay (in document
 * order), with the first other top-level node's place, so `<!-- adrkit-disable -->` keeps its meaning of "whole
 * file" or "from here".
 */
function slim(decision: Decision): void {
  const kept: RootContent[] = [];
  const firstContent = decision.tree.children.find((n) => n.type !== "html");
  // Without an `adrkit-` directive in the text there is nothing for suppression to read.
  const stack: RootContent[] = String(decision.file.value ?? "").includes("adrkit-") ? [...decision.tree.children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === firstContent) kept.push({ type: "thematicBreak", position: node.position });
    if (node.type === "html") kept.push(node);
    if ("children" in node && Array.isArray(node.children)) stack.push(...([...node.children] as RootContent[]).reverse());
  }
  const tree: Root = { type: "root", children: kept, position: decision.tree.position };
  decision.tree = tree;
  decision.sections = {};
  decision.otherSections = [];
  decision.reasoning = { options: [], chosen: [], assumptions: [], failureModes: [], reversibility: null };
}
