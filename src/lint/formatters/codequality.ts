// GitLab Code Quality report: findings with fingerprints that stay put when lines move.
import { createHash } from "node:crypto";
import type { Formatter } from "./index.js";
import { rangeOf } from "../engine.js";

export const codequality: Formatter = (results) => {
  const issues = [];
  for (const result of results) {
    const filePath = result.filePath.split("\\").join("/");
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const ruleId = m.ruleId ?? "adrkit";
      // Line numbers are left out on purpose: an edit above a finding must not make it look new.
      const key = JSON.stringify([ruleId, filePath, m.reason]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const { line, endLine } = rangeOf(m);
      issues.push({
        type: "issue",
        description: m.reason,
        check_name: ruleId,
        fingerprint: createHash("md5").update(`${key}#${occurrence}`).digest("hex"),
        severity: m.fatal === true ? "major" : "minor",
        location: { path: filePath, lines: { begin: line, end: endLine } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
};
