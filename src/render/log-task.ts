// Runs where each ADR is parsed (a parse worker): renders what the log page needs of it and slims it for the trip back.
import type { Decision } from "../model/index.js";
import type { BodyParts } from "./log-body.js";

export interface LogTaskInput {
  /** Render the HTML body too (`log --format html`), with this run's placeholder nonce. */
  bodyNonce?: string;
}

export interface LogTaskResult {
  body?: BodyParts;
}

/**
 * The Markdown and HTML logs read a decision's metadata, links and reversibility, never its tree or sections:
 * those are most of a Decision's size, so they are dropped here instead of being copied between threads.
 * What is left is a Decision whose `tree` is empty and whose `sections`, `otherSections` and reasoning lists
 * are empty; only log renderers may be given it.
 */
export async function prepareLogEntry(decision: Decision, input: LogTaskInput): Promise<LogTaskResult> {
  // The HTML libraries load only for the HTML log.
  const body = input.bodyNonce === undefined ? undefined : (await import("./log-body.js")).bodyParts(decision, input.bodyNonce);
  decision.tree = { type: "root", children: [] };
  decision.sections = {};
  decision.otherSections = [];
  const { reversibility } = decision.reasoning;
  decision.reasoning = { options: [], chosen: [], assumptions: [], failureModes: [], reversibility };
  return { body };
}
