// deciders-present: an accepted decision says who made it.
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import type { Format } from "../../model/index.js";

// Where each format writes its decision-makers, so the message shows the fix in the writer's own template.
const WHERE: Record<Format, string> = {
  adrkit: "`decision-makers: [name, name]` to the front matter",
  madr4: "`decision-makers: [name, name]` to the front matter",
  madr3: "`deciders: [name, name]` to the front matter",
  madr2: "a `* Deciders: name, name` bullet under the title",
  log4brains: "a `- Deciders: name, name` bullet under the title",
  nygard: "a `Deciders: name, name` line under the date",
  unknown: "a `Deciders: name, name` line under the title",
};

const rule: DecisionRule = {
  meta: {
    id: "deciders-present",
    type: "suggestion",
    description:
      "An accepted decision names no decision-makers (front matter `decision-makers` / `deciders`, or a `Deciders:` line or bullet).",
    severity: "warn",
    url: ruleDocsUrl("deciders-present"),
    messages: {
      missing:
        "This decision is accepted but names no decision-makers: add {{where}}, so readers know who owns it and whom to ask.",
    },
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check({ decision, report }) {
    if (decision.status.value !== "accepted") return;
    if (decision.people.deciders.some((name) => name.trim())) return;
    report({ messageId: "missing", data: { where: WHERE[decision.format] }, place: decision.status.position ?? decision.titlePosition });
  },
};

export default rule;
