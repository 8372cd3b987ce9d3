// SARIF 2.1.0 for GitHub code scanning: one run, the rule catalogue, results located relative to the repository root.
import { createHash } from "node:crypto";
import type { Formatter } from "./index.js";
import { rangeOf } from "../engine.js";
import type { Rule } from "../types.js";

const INFORMATION_URI = "https://github.com/adrkit/adrkit";

interface RuleDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: "error" | "warning" };
  properties: { tags: string[] };
}

function describeRule(rule: Rule): RuleDescriptor {
  const { meta } = rule;
  const messages = Object.values(meta.messages);
  const full = `${meta.description}.${meta.fixable ? " `adrkit lint --fix` can repair some findings." : ""}`;
  const help = messages.length ? `${full}\n\nWhat this rule reports:\n${messages.map((m) => `- ${m}`).join("\n")}` : full;
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    help: { text: help, markdown: `${help}\n\n[Rule documentation](${meta.url})` },
    helpUri: meta.url,
    defaultConfiguration: { level: meta.severity === "error" ? "error" : "warning" },
    properties: { tags: ["adr", meta.type] },
  };
}

function parseRule(id: string): RuleDescriptor {
  const text = "The ADR file could not be read or parsed as written";
  return {
    id,
    shortDescription: { text },
    fullDescription: { text: `${text}; the message says what to change.` },
    help: { text, markdown: text },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["adr", "problem"] },
  };
}

export const sarif: Formatter = (results, { rules, version }) => {
  const descriptors: RuleDescriptor[] = [...rules.values()].map(describeRule);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const sarifResults = [];
  for (const result of results) {
    const uri = result.filePath.split("\\").join("/").replace(/^\.\//, "");
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const ruleId = m.ruleId ?? "parse/error";
      if (!index.has(ruleId)) {
        index.set(ruleId, descriptors.length);
        descriptors.push(parseRule(ruleId));
      }
      const key = JSON.stringify([ruleId, uri, m.reason]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const { line, column, endLine, endColumn } = rangeOf(m);
      sarifResults.push({
        ruleId,
        ruleIndex: index.get(ruleId)!,
        level: m.fatal === true ? "error" : "warning",
        message: { text: m.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(uri), uriBaseId: "%SRCROOT%" },
              region: { startLine: line, startColumn: column, endLine, endColumn: Math.max(endColumn, endLine === line ? column : 1) },
            },
          },
        ],
        partialFingerprints: { "adrkitFindingHash/v1": createHash("sha256").update(`${key}#${occurrence}`).digest("hex") },
      });
    }
  }
  return JSON.stringify(
    {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "adrkit", informationUri: INFORMATION_URI, version, semanticVersion: version, rules: descriptors } },
          columnKind: "utf16CodeUnits",
          results: sarifResults,
        },
      ],
    },
    null,
    2,
  );
};
