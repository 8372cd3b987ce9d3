// context-present: a context that explains the forces, in a section or (Nygard) as prose before the decision.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/context-present.js";
import { good } from "./rule-runs.js";

const nygardWithoutHeading = good("nygard").replace("## Context\n\n", "");
const madr3Thin = good("madr3")
  .replace(/## Context and Problem Statement\n\n[\s\S]*?\n\n## Decision Drivers[\s\S]*?\n\n## Considered/, "## Context and Problem Statement\n\nTests are slow.\n\n## Considered");

ruleTester(rule, {
  valid: [
    { name: "adrkit", code: good("adrkit") },
    { name: "Nygard", code: good("nygard") },
    { name: "MADR 3 (drivers count towards the forces)", code: good("madr3").replace(/Our Selenium suite[\s\S]*?web shop\?/, "Our Selenium suite is slow and flaky.") },
    { name: "MADR 2", code: good("madr2") },
    { name: "Nygard with the context as prose under the title", code: nygardWithoutHeading },
    { name: "a lower minimum", code: madr3Thin, options: { minWords: 3 } },
  ],
  invalid: [
    { name: "adrkit with a thin context", code: good("adrkit").replace(/Orders and payments live[\s\S]*?this year\./, "Orders are slow."), errors: [{ messageId: "thin", line: 17, column: 1, data: { words: 3, minWords: 15 } }] },
    { name: "adrkit with an empty context", code: good("adrkit").replace(/Orders and payments live[\s\S]*?this year\.\n/, ""), errors: [{ messageId: "empty", line: 17, column: 1 }] },
    { name: "Nygard without any context", code: nygardWithoutHeading.replace(/Services call[\s\S]*?within a year\.\n\n/, ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
    { name: "Nygard with a one-line context under the title", code: nygardWithoutHeading.replace(/Services call[\s\S]*?within a year\./, "Producers stall."), errors: [{ messageId: "thin", line: 1, data: { words: 2, minWords: 15 } }] },
    { name: "MADR 3 with a thin problem statement and no drivers", code: madr3Thin, errors: [{ messageId: "thin", line: 8, column: 1, data: { words: 3, minWords: 15 } }] },
    { name: "MADR 2 without a context section", code: good("madr2").replace(/## Context and Problem Statement\n\n[\s\S]*?repeated\?\n\n/, ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
  ],
});
