// consequences-present: consequences in a section, MADR's Good/Bad lists, positive/negative headings, pros/cons.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/consequences-present.js";
import { good } from "./rule-runs.js";

const adrkitNoTradeoffs = good("adrkit").replace(/## Trade-offs\n\n[\s\S]*?\n\n## Assumptions/, "## Assumptions");
const adrkitNothingElse = adrkitNoTradeoffs.replace('Chosen option: "PostgreSQL"\n', "");

ruleTester(rule, {
  valid: [
    { name: "adrkit", code: good("adrkit") },
    { name: "Nygard", code: good("nygard") },
    { name: "MADR 3 consequences under the outcome", code: good("madr3") },
    { name: "MADR 2 positive and negative consequences", code: good("madr2") },
    { name: "adrkit trade-offs without a consequences section", code: good("adrkit").replace(/## Consequences\n\n.*\n/, "") },
    { name: "adrkit pros and cons of the chosen option", code: adrkitNoTradeoffs.replace(/## Consequences\n\n.*\n/, "") },
    {
      name: "MADR pros and cons of the chosen option",
      code: good("madr3").replace(/\n### Consequences[\s\S]*$/, "\n## Pros and Cons of the Options\n\n### Playwright\n\n* Good, because it is 5x faster.\n* Bad, because tests must be rewritten.\n"),
    },
    { name: "MADR 2 with only negative consequences", code: good("madr2").replace(/### Positive Consequences\n\n.*\n\n/, "") },
  ],
  invalid: [
    { name: "Nygard without consequences", code: good("nygard").replace(/## Consequences[\s\S]*$/, ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
    { name: "Nygard with an empty consequences section", code: good("nygard").replace(/(## Consequences\n)[\s\S]*$/, "$1"), errors: [{ messageId: "empty", line: 18, column: 1 }] },
    { name: "adrkit with an empty consequences section and nothing else that says what follows", code: adrkitNothingElse.replace(/## Options considered[\s\S]*?## Decision/, "## Decision").replace(/(## Consequences\n)\n.*\n/, "$1"), errors: [{ messageId: "empty", line: 40, column: 1 }] },
    { name: "MADR 3 without consequences", code: good("madr3").replace(/\n### Consequences[\s\S]*$/, ""), errors: [{ messageId: "missing", line: 6, column: 1 }] },
    { name: "MADR 2 without consequences", code: good("madr2").replace(/\n### Positive Consequences[\s\S]*$/, ""), errors: [{ messageId: "missing", line: 1, column: 1 }] },
  ],
});
