// vague-claims: unmeasured claims in prose, not in code, quotes, negations or measured sentences.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/vague-claims.js";
import { good, goodInEveryFormat } from "./rule-runs.js";

const inNygard = (sentence: string) => good("nygard").replace("We will publish domain events", `${sentence} We will publish domain events`);

ruleTester(rule, {
  valid: [
    ...goodInEveryFormat(),
    { name: "negated", code: inNygard("The current design is not scalable.") },
    { name: "in inline code", code: inNygard("We tried the `fast` flag.") },
    { name: "in quotes", code: inNygard('Vendors call it "seamless" integration.') },
    { name: "measured in the same sentence", code: inNygard("Kafka is fast: 2 ms at p99 in our trial.") },
    { name: "compared in the same sentence", code: inNygard("It is more robust than our HTTP retries.") },
    { name: "in a blockquote", code: inNygard("\n\n> Kafka is scalable.\n\n") },
    { name: "in a code block", code: good("nygard") + "\n```\nfast robust scalable\n```\n" },
    { name: "a heading is a label", code: good("nygard").replace("## Consequences", "## Consequences for fast paths") },
    { name: "idiom: fail fast", code: inNygard("Consumers fail fast on bad input.") },
    { name: "a risk, not a claim: easy to miss", code: inNygard("Lag is easy to miss without alerts.") },
    { name: "a comparison with the status quo", code: inNygard("Delivery becomes more robust.") },
    { name: "a claim that cites its source", code: inNygard("Partitioning is a Kafka [best practice](https://example.com/kafka).") },
    { name: "a category, not a claim", code: inNygard("Some teams have high-performance requirements.") },
    { name: "a claim wrapped over two lines is one sentence with its measure", code: inNygard("Kafka is fast\nat 2 ms p99.") },
    { name: "words can be configured", code: inNygard("It is robust."), options: { words: ["elegant"] } },
  ],
  invalid: [
    { name: "Nygard, one finding per sentence", code: inNygard("Kafka is scalable and robust."), errors: [{ messageId: "vague", line: 16, column: 10, data: { word: "scalable" } }] },
    { name: "Nygard, two sentences", code: inNygard("It is easy to run. It is industry standard."), errors: [{ messageId: "vague", line: 16, column: 7, data: { word: "easy" } }, { messageId: "vague", line: 16, column: 26, data: { word: "industry standard" } }] },
    { name: "adrkit pro", code: good("adrkit").replace("- Pro: no migration.", "- Pro: seamless to adopt."), errors: [{ messageId: "vague", line: 31, column: 8, data: { word: "seamless" } }] },
    { name: "MADR 3 consequence", code: good("madr3").replace("the suite runs five times faster.", "the suite becomes future-proof."), errors: [{ messageId: "vague", line: 29, column: 35, data: { word: "future-proof" } }] },
    { name: "MADR 2 hyphenated phrase", code: good("madr2").replace("it covers both of our cloud providers", "it is high-performance"), errors: [{ messageId: "vague", line: 19, column: 43, data: { word: "high-performance" } }] },
  ],
});
