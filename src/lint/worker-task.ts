// Runs in a parse worker: lints the Decision just parsed there and keeps only what whole-log rules read of it.
import type { Decision } from "../model/index.js";
import { resolveLintConfig, type LintConfig, type ResolvedLintConfig, type RuleSettings } from "./config.js";
import { lintDecision } from "./engine.js";
import { store, type StoredMessage } from "./cache.js";
import { factsOf, type RepositoryFacts } from "./facts.js";

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

/** A file's own findings, and what whole-log rules read of it (see facts.ts), for the main thread. */
export interface WorkerLintResult {
  messages: StoredMessage[];
  facts: RepositoryFacts;
}

export function lintInWorker(decision: Decision, input: WorkerLintInput): WorkerLintResult {
  const key = JSON.stringify([input.lint, input.source, input.baseDir, input.cliRules]);
  if (resolved?.key !== key) {
    resolved = { key, config: resolveLintConfig(input.lint, { source: input.source, baseDir: input.baseDir, cliRules: input.cliRules }) };
  }
  const result = lintDecision(decision, resolved.config, { today: input.today, inlineConfig: input.inlineConfig });
  return { messages: result.messages.map(store), facts: factsOf(decision) };
}
