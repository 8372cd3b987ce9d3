// decision-assertive: hedging words in the decision itself, outside code, quotes, reasons and conditions.
import { ruleTester } from "../../helpers/rule-tester.js";
import rule from "../../../src/lint/rules/decision-assertive.js";

ruleTester(rule, {
  valid: [
    {
      name: "adrkit: a committed decision; hedges only in code, quotes, conditions and reasons",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will use Postgres because it might be cheaper later. The flag is `maybe_enable`. The vendor's \"should work\" claim was tested. If the primary fails we could fail over.\n",
    },
    {
      name: "Nygard: \"should\" stating a norm, not hedging the choice",
      code: "# 8. Index files\n\n## Status\n\nAccepted\n\n## Decision\n\nIndex files should only re-export from their own directory. We could not find a linter that checks this.\n",
    },
    {
      name: "MADR: hedges in consequences sub-headings and in the bullets after \"because\" are not the decision",
      code: "# Monorepo\n\n## Decision Outcome\n\nChosen option: \"Monorepo\", because\n\n- Lerna is probably the most used tool.\n\n### Positive Consequences\n\n- We might ship faster.\n",
    },
  ],
  invalid: [
    {
      name: "adrkit: \"probably\" and \"TBD\" in the decision",
      code: "# 7. Use Postgres\n\n## Decision\n\nWe will probably use Postgres. Hosting is TBD.\n",
      errors: [
        { messageId: "hedged", line: 5, column: 9, data: { word: "probably" } },
        { messageId: "hedged", line: 5, column: 43, data: { word: "TBD" } },
      ],
    },
    {
      name: "adrkit with front matter: lines count from the top of the file",
      code: "---\nstatus: proposed\ndate: 2026-01-10\n---\n\n# 7. Use Postgres\n\n## Decision\n\nWe will perhaps use Postgres.\n",
      errors: [{ messageId: "hedged", line: 10, column: 9, data: { word: "perhaps" } }],
    },
    {
      name: "Nygard: \"we should\" on the second line of a paragraph",
      code: "# 20. Merge databases\n\n## Status\n\nAccepted\n\n## Decision\n\nTo cut costs\nwe should merge the API database into the main one.\n",
      errors: [{ messageId: "hedged", line: 10, column: 4, data: { word: "should" } }],
    },
    {
      name: "MADR: \"maybe\" in the outcome line",
      code: "# Alerting\n\n## Decision Outcome\n\nChosen option: \"Opsgenie\", maybe with PagerDuty later.\n",
      errors: [{ messageId: "hedged", line: 5, column: 28, data: { word: "maybe" } }],
    },
  ],
});
