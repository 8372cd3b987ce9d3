// Runs in a parse worker: lints the Decision just parsed there and keeps only what whole-log rules read of it.
import type { Decision } from "../model/index.js";
import { resolveLintConfig, type LintConfig, type ResolvedLintConfig, type RuleSettings } from "./config.js";
import { lintDecision } from "./engine.js";
import { store, type StoredMessage } from "./cache.js";
import { factsOf, type RepositoryFacts } from "./facts.js";
import { parseDecision } from "../parse/index.js";

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

/** A short ADR in adrkit's format with something for most rules to look at (and to find). */
const WARM_UP_ADR = `---
status: accepted
date: 2026-01-31
decision-makers: [Ana]
---
# 7. Use a message queue

## Context

Three services exchange 2k events/s. The current setup is industry standard and scalable.

## Options considered

### Kafka

- Pro: keeps ordering per key.
- Con: another cluster to run.

### RabbitMQ

- Pro: simpler to operate.

## Decision

We will use Kafka because ordering per key is required. See [ADR 3](0003-use-postgres.md).

## Trade-offs

- Gain: ordered events.
- Give up: two weeks to migrate.

## Assumptions

- Load stays under 5k events/s. Validate: the broker dashboard. By: 2027-01-31

## Failure modes

- At 10x load consumers lag; we alert on lag and add partitions.

## Reversibility

Two-way door: moving back takes a sprint.
`;

const WARM_UP_INPUT: WorkerLintInput = { lint: {}, source: "warm-up", today: "2026-11-01" };

/** Lints the ADR above once: a worker waiting for its first files runs this (pool option `warmUp`). */
export function warmUp(): void {
  lintInWorker(parseDecision(WARM_UP_ADR, "docs/adr/0007-use-a-message-queue.md"), WARM_UP_INPUT);
}
