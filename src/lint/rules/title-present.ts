// title-present: every ADR starts with an H1 that names the decision.
import type { Heading } from "mdast";
import { ruleDocsUrl, type DecisionRule } from "../types.js";
import { proseBlocks } from "../text.js";

const rule: DecisionRule = {
  meta: {
    id: "title-present",
    type: "problem",
    description:
      "No H1 title (a static-site front matter `title:` counts), or an H1 holding only a number.",
    severity: "error",
    url: ruleDocsUrl("title-present"),
    messages: {
      missing: "No title: start the file with an H1 that names what was decided, e.g. `# 7. Use PostgreSQL for order data`.",
      empty: "The title is empty: write what was decided after the `#`, e.g. `# 7. Use PostgreSQL for order data`.",
    },
    fixable: false,
    schema: null,
    scope: "decision",
  },
  check({ decision, report }) {
    const h1 = decision.tree.children.find((node): node is Heading => node.type === "heading" && node.depth === 1);
    // Static-site front matter (`title:`) is rendered as the page's H1, so it counts as the title.
    if (!h1 && decision.sources.title === "front-matter" && decision.title.trim()) return;
    if (!h1) {
      report({ messageId: "missing", place: { line: 1, column: 1 } });
      return;
    }
    const visible = proseBlocks(h1).map((p) => p.text).join("").replace(/^\s*(?:ADR[-\s]*)?\d+[.:)]?\s*/i, "");
    if (!/[\p{L}\p{N}]/u.test(visible)) report({ messageId: "empty", place: h1 });
  },
};

export default rule;
