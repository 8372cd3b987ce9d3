// ADR 1, "Record architecture decisions", written out in each template's shape with real reasoning.
import type { TemplateName } from "./template.js";

export const FIRST_DECISION_TITLE = "Record architecture decisions";

const ADRKIT = `---
status: accepted
date: {{date}}
decision-makers: {{deciders|yaml}}
consulted: []
informed: []
tags: [process]
review-by: {{reviewBy}}
---

# 1. Record architecture decisions

## Summary

We write down every significant architecture decision as a short Markdown file in this repository,
with the options we weighed and what we give up, so that people who join later can see why the system is shaped as it is.

## Context

Decisions about structure, dependencies and interfaces are made in meetings, chats and pull requests.
Months later nobody can say why a choice was made, which options were rejected, or what would have to change
for it to be revisited. New team members either accept past choices blindly or reopen them without knowing the reasons.

## Options considered

### Architecture decision records in the repository

- Pro: versioned and reviewed with the code they describe.
- Pro: plain Markdown; readable without any tool, checked in CI with adrkit.
- Con: one more file to write in a change that makes a decision.

### Pages in a wiki

- Pro: easy to edit for people who do not use git.
- Con: drifts away from the code; no review, no history tied to the change.

### Keep decisions in people's heads and pull request threads

- Pro: costs nothing today.
- Con: the reasoning leaves with the people who hold it.

## Decision

We will record architecture decisions as numbered ADRs in this directory, one decision per file,
because a record reviewed next to the code is the one that stays true and gets read.
Chosen option: "Architecture decision records in the repository".

## Trade-offs

- Gain: the reasons behind the system survive changes of team and time.
- Give up: some minutes per significant decision to write and review the record.

## Assumptions

- Significant decisions are made in changes that pass through code review. Validate: reviewers ask for an ADR when a change makes one. By: the first quarterly review of this log.

## Failure modes

- Records are not written under deadline pressure, so the log silently falls behind. Impact: the log misleads by omission. Detection: \`adrkit review\` and pull request review. Mitigation: a short ADR is accepted; a missing one is asked for in review.

## Reversibility

Door: two-way. Stopping costs nothing; the records already written stay useful as history.

## Consequences

Every significant decision gets an ADR, written with \`adrkit new\`, reviewed like code, and superseded rather than
edited once accepted. \`adrkit lint\` checks in CI that records carry their reasoning.
`;

const NYGARD = `# 1. Record architecture decisions

Date: {{date}}

## Status

Accepted

## Context

Decisions about structure, dependencies and interfaces are made in meetings, chats and pull requests.
Months later nobody can say why a choice was made, which options were rejected, or what would have to change
for it to be revisited.

## Decision

We will record architecture decisions as numbered, lightweight decision records in this directory, one decision
per file, because a record reviewed next to the code is the one that stays true and gets read.

## Consequences

Every significant decision gets a record, written with \`adrkit new\` and reviewed like code. Accepted records are
superseded rather than edited. Writing them costs some minutes per decision; in return the reasons behind the
system survive changes of team and time.
`;

const MADR = `---
status: accepted
date: {{date}}
decision-makers: {{deciders|yaml}}
consulted: []
informed: []
---

# Record architecture decisions

## Context and Problem Statement

Decisions about structure, dependencies and interfaces are made in meetings, chats and pull requests.
Months later nobody can say why a choice was made or which options were rejected. How do we keep the reasons?

## Decision Drivers

- The reasons must stay next to the code they explain.
- Writing a record must be cheap enough that people do it.

## Considered Options

- Architecture decision records in the repository
- Pages in a wiki
- No written record

## Decision Outcome

Chosen option: "Architecture decision records in the repository", because a record reviewed next to the code is
the one that stays true and gets read.

### Consequences

- Good, because the reasons behind the system survive changes of team and time.
- Bad, because every significant decision costs some minutes to write down and review.

### Confirmation

Reviewers ask for a record when a change makes a significant decision; \`adrkit lint\` runs in CI.

## Pros and Cons of the Options

### Pages in a wiki

- Good, because people who do not use git can edit them.
- Bad, because they drift away from the code and are not reviewed.

### No written record

- Good, because it costs nothing today.
- Bad, because the reasoning leaves with the people who hold it.
`;

/** The text of ADR 1 for a shipped template, with `{{date}}`, `{{deciders|yaml}}`, `{{reviewBy}}` to fill. */
export function firstDecisionTemplate(template: TemplateName): string {
  return template === "nygard" ? NYGARD : template === "madr" ? MADR : ADRKIT;
}
