// date-valid: missing and non-ISO dates, and the fix for dates that read one way only.
import { describe, it, expect } from "vitest";
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/date-valid.js";
import { applyFixes, good, reportsOf, goodInEveryFormat } from "./rule-runs.js";

ruleTester(rule, {
  valid: [
    ...goodInEveryFormat(),
    { name: "an ISO date with a note", code: good("madr2").replace("2021-06-14", "2021-06-14 (updated 2022-01-10)") },
  ],
  invalid: [
    { name: "adrkit without date", code: good("adrkit").replace("date: 2026-03-18\n", ""), errors: [{ messageId: "missing", line: 10, column: 1 }] },
    { name: "Nygard with a written-out date", code: good("nygard").replace("2019-04-02", "2 April 2019"), errors: [{ messageId: "notIso", line: 3, column: 7, data: { date: "2 April 2019", expected: '"2019-04-02"' } }] },
    { name: "Nygard with an ambiguous date", code: good("nygard").replace("2019-04-02", "02/04/2019"), errors: [{ messageId: "notIso", line: 3, data: { date: "02/04/2019", expected: "YYYY-MM-DD (the written date can be read more than one way)" } }] },
    { name: "Nygard without date", code: good("nygard").replace("Date: 2019-04-02\n\n", ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
    { name: "MADR 2 with a dotted date", code: good("madr2").replace("2021-06-14", "14.06.2021"), errors: [{ messageId: "notIso", line: 5, column: 9, data: { date: "14.06.2021", expected: '"2021-06-14"' } }] },
    { name: "MADR 3 with slashes", code: good("madr3").replace("2022-11-02", "2022/11/02"), errors: [{ messageId: "notIso", line: 3, column: 7 }] },
  ],
});

describe("date-valid fixes", () => {
  it.each([
    ["Nygard", good("nygard"), "2019-04-02", "2 April 2019"],
    ["MADR 2", good("madr2"), "2021-06-14", "14.06.2021"],
    ["MADR 3", good("madr3"), "2022-11-02", "2022/11/02"],
  ])("rewrites an unambiguous %s date into ISO in place", (_, original, iso, written) => {
    const text = original.replace(iso, written);
    const reports = reportsOf(rule, { "docs/adr/0003-x.md": text });
    expect(applyFixes(text, reports.map((r) => r.fix))).toBe(original);
  });

  it("offers no fix for a date that could be read two ways", () => {
    const reports = reportsOf(rule, { "a.md": good("nygard").replace("2019-04-02", "02/04/2019") });
    expect(reports.map((r) => r.fix)).toEqual([undefined]);
  });
});
