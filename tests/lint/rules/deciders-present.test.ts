// deciders-present: accepted decisions name their decision-makers, whatever the format.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/deciders-present.js";
import { good } from "./rule-runs.js";

ruleTester(rule, {
  valid: [
    { name: "adrkit", code: good("adrkit") },
    { name: "MADR 3", code: good("madr3") },
    { name: "MADR 2", code: good("madr2") },
    { name: "Nygard, proposed", code: good("nygard").replace("Accepted", "Proposed") },
    { name: "adrkit, draft without deciders", code: good("adrkit").replace("status: accepted", "status: draft").replace("decision-makers: [Ana Ruiz, Tom Berg]\n", "") },
  ],
  invalid: [
    { name: "Nygard, accepted", code: good("nygard"), errors: [{ messageId: "missing", line: 7, column: 1, data: { where: "a `Deciders: name, name` line under the date" } }] },
    { name: "adrkit without decision-makers", code: good("adrkit").replace("decision-makers: [Ana Ruiz, Tom Berg]\n", ""), errors: [{ messageId: "missing", line: 2, data: { where: "`decision-makers: [name, name]` to the front matter" } }] },
    { name: "adrkit with an empty list", code: good("adrkit").replace("[Ana Ruiz, Tom Berg]", "[]"), errors: [{ messageId: "missing", line: 2 }] },
    { name: "MADR 2 without the Deciders bullet", code: good("madr2").replace("* Deciders: Priya Nair, Jonas Weber\n", ""), errors: [{ messageId: "missing", line: 3, data: { where: "a `* Deciders: name, name` bullet under the title" } }] },
  ],
});
