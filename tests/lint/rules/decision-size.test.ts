// decision-size: word limit and one chosen option per ADR.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/decision-size.js";
import { good, goodInEveryFormat } from "./rule-runs.js";

const long = good("nygard").replace("## Consequences", `${"Kafka keeps every event for seven days. ".repeat(300)}\n\n## Consequences`);

ruleTester(rule, {
  valid: [
    ...goodInEveryFormat(),
    { name: "a long ADR under a raised limit", code: long, options: { maxWords: 5000 } },
  ],
  invalid: [
    { name: "Nygard over the default limit", code: long, errors: [{ messageId: "tooLong", line: 1, column: 1 }] },
    { name: "adrkit over a configured limit", code: good("adrkit"), options: { maxWords: 50 }, errors: [{ messageId: "tooLong", line: 11, column: 1 }] },
    { name: "MADR 3 over a configured limit", code: good("madr3"), options: { maxWords: 20 }, errors: [{ messageId: "tooLong", line: 6 }] },
  ],
});
