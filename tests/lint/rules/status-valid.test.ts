// status-valid: missing and unknown statuses, and the safe casing/punctuation fix, across formats.
import { describe, it, expect } from "vitest";
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/status-valid.js";
import { applyFixes, good, reportsOf, goodInEveryFormat } from "./rule-runs.js";

const allowed = '"proposed", "accepted", "rejected", "deprecated", "superseded", "draft"';

ruleTester(rule, {
  valid: [
    ...goodInEveryFormat(),
    { name: "adr-tools' superceded spelling", code: good("nygard").replace("Accepted", "Superceded by [4. Use NATS](0004-use-nats.md)") },
    { name: "Nygard prose punctuation is left alone", code: good("nygard").replace("Accepted", "Accepted.") },
  ],
  invalid: [
    { name: "adrkit without status", code: good("adrkit").replace("status: accepted\n", ""), errors: [{ messageId: "missing", line: 10, column: 1, data: { allowed } }] },
    { name: "adrkit front matter with capital and period", code: good("adrkit").replace("status: accepted", "status: Accepted."), errors: [{ messageId: "notCanonical", line: 2, column: 9, data: { status: "Accepted.", expected: "accepted" } }] },
    { name: "adrkit synonym", code: good("adrkit").replace("status: accepted", "status: approved"), errors: [{ messageId: "unknown", line: 2, data: { status: "approved", allowed, suggestion: ' ("accepted")' } }] },
    { name: "Nygard without status", code: good("nygard").replace("## Status\n\nAccepted\n\n", ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
    { name: "Nygard unknown word", code: good("nygard").replace("Accepted", "On ice"), errors: [{ messageId: "unknown", line: 7, data: { status: "On ice", allowed, suggestion: "" } }] },
    { name: "MADR 2 bullet with a period", code: good("madr2").replace("Status: accepted", "Status: Accepted."), errors: [{ messageId: "notCanonical", line: 3, column: 11, data: { status: "Accepted.", expected: "Accepted" } }] },
    { name: "MADR 3 synonym", code: good("madr3").replace("status: accepted", "status: implemented"), errors: [{ messageId: "unknown", line: 2 }] },
  ],
});

describe("status-valid fixes", () => {
  it("rewrites a front matter status to the bare lowercase word and touches nothing else", () => {
    const text = good("adrkit").replace("status: accepted", "status: Accepted.");
    const reports = reportsOf(rule, { "docs/adr/0007-x.md": text });
    expect(applyFixes(text, reports.map((r) => r.fix))).toBe(good("adrkit"));
  });

  it("strips the period of a MADR 2 bullet and keeps its casing", () => {
    const text = good("madr2").replace("Status: accepted", "Status: Accepted.");
    const reports = reportsOf(rule, { "docs/adr/0001-x.md": text });
    expect(applyFixes(text, reports.map((r) => r.fix))).toBe(good("madr2").replace("Status: accepted", "Status: Accepted"));
  });

  it("accepts a team's own status from the configured vocabulary, and refuses it without", () => {
    const text = good("nygard").replace("Accepted", "Parked");
    expect(reportsOf(rule, { "a.md": text }, { statuses: ["proposed", "accepted", "parked"] })).toEqual([]);
    expect(reportsOf(rule, { "a.md": text }).map((r) => r.messageId)).toEqual(["unknown"]);
  });

  it("offers no fix for a status that is not a vocabulary word", () => {
    const reports = reportsOf(rule, { "a.md": good("adrkit").replace("status: accepted", "status: approved") });
    expect(reports.map((r) => r.fix)).toEqual([undefined]);
  });
});
