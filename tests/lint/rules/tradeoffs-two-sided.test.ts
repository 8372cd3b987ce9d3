// tradeoffs-two-sided: at least one downside of the decision itself is stated.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/tradeoffs-two-sided.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: a Give up item",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres because we need joins.\n\n## Trade-offs\n\n- Gain: joins\n- Give up: 1,100 EUR a month\n",
    },
    {
      name: "adrkit: a con of the chosen option",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### Postgres\n\n- Pro: joins\n- Con: single writer\n\n### DynamoDB\n\n- Pro: scale\n\n## Decision\n\nChosen option: \"Postgres\"\n",
    },
    {
      name: "Nygard: a cost in the consequences' prose",
      code: "# 2. Shell scripts\n\n## Status\n\nAccepted\n\n## Decision\n\nWe write the tool as shell scripts.\n\n## Consequences\n\nThe tool won't support Windows.\n",
    },
    {
      name: "MADR: a Negative Consequences heading with content",
      code: "# Use bats\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n\n### Positive Consequences\n\n- Standard tool\n\n### Negative Consequences\n\n- One more tool to learn\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: trade-offs list only gains",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres because we need joins.\n\n## Trade-offs\n\n- Gain: joins\n- Gain: backups\n",
      errors: [{ messageId: "oneSided", line: 7, column: 1 }],
    },
    {
      name: "Nygard: only good news, and \"no downside\" does not count",
      code: "# 6. One JVM per port\n\n## Status\n\nAccepted\n\n## Decision\n\nUse a JVM per airport.\n\n## Consequences\n\nShorter deployments, and no real downside.\n",
      errors: [{ messageId: "oneSided", line: 11, column: 1 }],
    },
    {
      name: "MADR: the cons belong to the losing option only",
      code: "# Use bats\n\n## Considered Options\n\n* bats\n* diff\n\n## Decision Outcome\n\nChosen option: \"bats\", because it is standard.\n\n## Pros and Cons of the Options\n\n### bats\n\n* Good, because it is standard\n\n### diff\n\n* Bad, because it is home-grown\n",
      errors: [{ messageId: "oneSided", line: 8, column: 1 }],
    },
  ],
});
