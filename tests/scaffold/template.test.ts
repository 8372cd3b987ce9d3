import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addYears, loadTemplate, renderTemplate, today, TEMPLATE_NAMES } from "../../src/scaffold/template.js";

const values = { number: 7, title: "Use Kafka: for events", date: "2024-02-29", status: "proposed", deciders: ["Ana", "Bo, Jr."], tags: ["#events", "infra"] };

describe("templates", () => {
  it.each(TEMPLATE_NAMES)("%s fills every placeholder and keeps valid front matter", async (name) => {
    const { text } = await loadTemplate(name);
    const out = renderTemplate(text, values);
    expect(out).not.toMatch(/\{\{/);
    expect(out).toContain("Use Kafka: for events");
    expect(out).toContain("2024-02-29");
    if (out.startsWith("---")) {
      const meta = parse(out.split(/^---$/m)[1]) as Record<string, unknown>;
      expect(meta.status).toBe("proposed");
      expect(meta["decision-makers"]).toEqual(["Ana", "Bo, Jr."]);
    }
  });

  it("adrkit's template asks questions in every reasoning section", async () => {
    const { text } = await loadTemplate("adrkit");
    for (const heading of ["Context", "Options considered", "Decision", "Trade-offs", "Assumptions", "Failure modes", "Reversibility", "Consequences"]) {
      expect(text).toMatch(new RegExp(`## ${heading}\\n\\n<!-- .*\\? .*-->`));
    }
    expect(text).toMatch(/10x load/);
    expect(renderTemplate(text, values)).toContain("tags: [\"#events\", infra]\nreview-by: 2025-02-28\n");
  });

  it("reports a missing custom template by path", async () => {
    await expect(loadTemplate("no/such/template.md", "/tmp")).rejects.toThrow("/tmp/no/such/template.md: cannot read the template");
  });

  it("takes today's date from ADRKIT_TODAY when set", () => {
    expect(today({ ADRKIT_TODAY: "2030-01-02" })).toBe("2030-01-02");
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
  });
});
