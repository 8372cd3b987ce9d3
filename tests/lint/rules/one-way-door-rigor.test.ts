// one-way-door-rigor: an irreversible decision weighs three options and names who decided and who was consulted.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/one-way-door-rigor.js";

const OPTIONS3 = "## Options considered\n\n### Postgres\n\n- Pro: joins\n\n### DynamoDB\n\n- Pro: scale\n\n### MySQL 8\n\n- Pro: small step\n";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: one-way door with three options, decision-makers and consulted",
      code: `---\nstatus: accepted\ndecision-makers: [Ana]\nconsulted: [Ops]\n---\n\n# 7. Use Postgres\n\n${OPTIONS3}\n## Reversibility\n\nDoor: one-way. Leaving means rewriting every query.\n`,
    },
    {
      name: "adrkit: a two-way door needs none of it",
      code: "# 7. Use a feature flag\n\n## Reversibility\n\nDoor: two-way. Flip the flag back.\n",
    },
    {
      name: "Nygard: \"easy to revert\" is a two-way door",
      code: "# 3. Events\n\n## Status\n\nAccepted\n\n## Consequences\n\nThis is easy to revert.\n",
    },
    {
      name: "MADR: bullets name deciders and consulted; options as a list",
      code: "# Spanner\n\n- Deciders: Ana, Ben\n- Consulted: DBA team\n\n## Considered Options\n\n* Spanner\n* CockroachDB\n* Postgres\n\n## Decision Outcome\n\nChosen option: \"Spanner\", because it scales. This is a one-way door.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: one-way door, two options, nobody named",
      code: "# 7. Use Postgres\n\n## Options considered\n\n### Postgres\n\n- Pro: joins\n\n### DynamoDB\n\n- Pro: scale\n\n## Reversibility\n\nDoor: one-way. Leaving means rewriting every query.\n",
      errors: [
        { messageId: "fewOptions", line: 15, column: 1, data: { count: 2, min: 3 } },
        { messageId: "noDeciders", line: 15, column: 1 },
        { messageId: "noConsulted", line: 15, column: 1 },
      ],
    },
    {
      name: "Nygard: \"irreversible\" in prose, no options, no people",
      code: "# 9. Delete the archive\n\n## Status\n\nAccepted\n\n## Decision\n\nWe will delete the 2019 archive.\n\n## Consequences\n\nThis is irreversible.\n",
      errors: [
        { messageId: "fewOptions", line: 13, column: 1, data: { count: 0, min: 3 } },
        { messageId: "noDeciders", line: 13, column: 1 },
        { messageId: "noConsulted", line: 13, column: 1 },
      ],
    },
    {
      name: "MADR: deciders named but no one consulted; minOptions lowered to 2",
      options: { minOptions: 2 },
      code: "# Spanner\n\n- Deciders: Ana, Ben\n\n## Considered Options\n\n* Spanner\n* Postgres\n\n## Decision Outcome\n\nChosen option: \"Spanner\", because it scales. This is a one-way door.\n",
      errors: [{ messageId: "noConsulted", line: 12, column: 1 }],
    },
  ],
});
