// Builds the config JSON Schema from the rule registry, so the shipped schema cannot drift from the rules.
import type { Rule } from "../../src/lint/types.js";

const SEVERITY = {
  description: "\"off\", \"warn\" or \"error\" (or 0, 1, 2 as in ESLint)",
  enum: ["off", "warn", "error", 0, 1, 2],
};

/** The `rules` property: one entry per rule id, a severity or [severity, options]. */
export function rulesSchema(rules: ReadonlyMap<string, Rule>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const id of [...rules.keys()].sort()) {
    const meta = rules.get(id)!.meta;
    const options = meta.schema ?? { type: "object", additionalProperties: false };
    properties[id] = {
      description: `${meta.description.split(/(?<=\.)\s/)[0]} Default: ${meta.severity}. ${meta.url}`,
      oneOf: [
        { $ref: "#/definitions/severity" },
        { type: "array", items: [{ $ref: "#/definitions/severity" }], minItems: 1, maxItems: 1 },
        { type: "array", items: [{ $ref: "#/definitions/severity" }, options], minItems: 2, maxItems: 2 },
      ],
    };
  }
  return {
    description: "Rule severities, each \"off\" | \"warn\" | \"error\" or [severity, { options }]. `adrkit rules` lists them.",
    type: "object",
    properties,
    additionalProperties: false,
  };
}

export { SEVERITY };
