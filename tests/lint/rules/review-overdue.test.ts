// review-overdue: review-by dates and assumption check dates that have passed, for accepted decisions only.
import { describe } from "vitest";
import { ruleTester } from "../../helpers/rule-tester.js";
import { parseDecision } from "../../../src/parse/index.js";
import rule from "../../../src/lint/rules/review-overdue.js";
import { good } from "./rule-runs.js";

const nygardWithAssumption = good("nygard").replace(
  "## Consequences",
  "## Assumptions\n\n- Peak stays under 5,000 events per second. Validate: broker metrics. By: 2020-05-01\n\n## Consequences",
);

ruleTester(rule, {
  valid: [
    { name: "adrkit before its dates", code: good("adrkit"), today: "2026-11-25" },
    { name: "adrkit on its review date", code: good("adrkit"), today: "2027-01-15" },
    { name: "Nygard without dates to review", code: good("nygard") },
    { name: "MADR 3 without dates to review", code: good("madr3") },
    { name: "superseded decisions are history", code: good("adrkit").replace("status: accepted", "status: superseded"), today: "2028-01-01" },
  ],
  invalid: [
    { name: "adrkit review-by passed", code: good("adrkit").replace("review-by: 2027-03-01", "review-by: 2026-10-26"), errors: [{ messageId: "reviewOverdue", line: 8, column: 1, data: { due: "2026-10-26", days: 30 } }] },
    { name: "MADR 3 with a past review-by", code: good("madr3").replace("deciders:", "review-by: 2024-01-01\ndeciders:"), errors: [{ messageId: "reviewOverdue", line: 4, column: 1 }] },
    { name: "MADR 2 with a past review-by bullet", code: good("madr2").replace("* Date: 2021-06-14", "* Date: 2021-06-14\n* Review by: 2022-06-14"), errors: [{ messageId: "reviewOverdue" }] },
  ],
});

// Assumption dates come from the reasoning extractor (rules-reasoning branch); until it is merged they are empty.
const extractsAssumptions = parseDecision(good("adrkit"), "a.md").reasoning.assumptions.length > 0;
if (!extractsAssumptions) console.warn("review-overdue: assumption cases skipped, the parser extracts no assumptions yet");

describe.skipIf(!extractsAssumptions)("review-overdue with assumptions", () => {
  ruleTester(rule, {
    valid: [{ name: "proposed decisions are not commitments yet", code: nygardWithAssumption.replace("Accepted", "Proposed") }],
    invalid: [
      { name: "adrkit assumption overdue", code: good("adrkit"), today: "2027-02-01", errors: [{ messageId: "assumptionOverdue", line: 46, column: 1, data: { assumption: "Order volume stays under 500 writes per second", due: "2027-01-15", days: 17 } }] },
      {
        name: "adrkit review and assumption overdue",
        code: good("adrkit"),
        today: "2027-04-01",
        errors: [{ messageId: "reviewOverdue", line: 8, column: 1, data: { due: "2027-03-01", days: 31 } }, { messageId: "assumptionOverdue", line: 46 }],
      },
      {
        name: "assumptions due with the review are one finding",
        code: good("adrkit").replace("review-by: 2027-03-01", "review-by: 2027-01-15"),
        today: "2027-02-01",
        errors: [{ messageId: "reviewOverdue", line: 8, column: 1 }],
      },
      { name: "Nygard assumption overdue", code: nygardWithAssumption, errors: [{ messageId: "assumptionOverdue", line: 20, column: 1 }] },
    ],
  });
});
