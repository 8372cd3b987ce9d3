import { describe, it, expect } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { resolveLintConfig, rulesFor, LintConfigError, pickLintConfig } from "../../src/lint/config.js";
import { RULES } from "../../src/lint/rules/index.js";
import { lint } from "../../src/lint/engine.js";
import { ADR, decision, rules, titleRule, wordRule } from "./engine-helpers.js";

const postgres = wordRule("no-postgres", "Postgres", "warn");
const known = rules(postgres, titleRule);
const severities = (config: ReturnType<typeof resolveLintConfig>) => Object.fromEntries([...config.base].map(([id, e]) => [id, e.severity]));

describe("config: presets and rules", () => {
  it("recommended (the default) uses each rule's own severity; strict makes every rule an error", () => {
    expect(severities(resolveLintConfig({}, { rules: known }))).toEqual({ "no-postgres": "warn", "has-title": "error" });
    expect(severities(resolveLintConfig({ extends: "strict" }, { rules: known }))).toEqual({ "no-postgres": "error", "has-title": "error" });
  });

  it("applies the built-in presets to the real catalogue", () => {
    const recommended = resolveLintConfig({});
    expect([...recommended.base.keys()].sort()).toEqual([...RULES.keys()].sort());
    expect(recommended.base.get("title-present")?.severity).toBe(RULES.get("title-present")!.meta.severity);
    expect([...resolveLintConfig({ extends: "strict" }).base.values()].every((e) => e.severity === "error")).toBe(true);
  });

  it("turns rules off, changes severity, and merges options over the defaults", () => {
    const config = resolveLintConfig({ rules: { "has-title": "off", "no-postgres": ["error", { word: "MySQL" }] } }, { rules: known });
    expect(severities(config)).toEqual({ "no-postgres": "error" });
    expect(config.base.get("no-postgres")?.options).toEqual({ word: "MySQL" });
  });

  it("keeps earlier options when a later setting names only a severity (ESLint's rule)", () => {
    const config = resolveLintConfig(
      { rules: { "no-postgres": ["warn", { word: "MySQL" }] } },
      { rules: known, cliRules: { "no-postgres": "error" } },
    );
    expect(config.base.get("no-postgres")).toEqual({ severity: "error", options: { word: "MySQL" } });
  });

  it("accepts ESLint's numeric severities", () => {
    expect(severities(resolveLintConfig({ rules: { "has-title": 1, "no-postgres": [0] } }, { rules: known }))).toEqual({ "has-title": "warn" });
  });
});

describe("config: errors name the file and what to do", () => {
  const bad = (config: unknown, message: string | RegExp) =>
    expect(() => resolveLintConfig(config as never, { rules: known, source: "adrkit.config.json" })).toThrow(message);

  it("rejects an unknown rule id, suggesting a close one", () => {
    bad({ rules: { "no-postgress": "warn" } }, 'adrkit.config.json: rules: unknown rule "no-postgress" (did you mean "no-postgres"?)');
    expect(() => resolveLintConfig({ rules: { zzz: "warn" } }, { rules: known })).toThrow(LintConfigError);
  });

  it("rejects a bad severity", () => {
    bad({ rules: { "has-title": "warning" } }, 'adrkit.config.json: rules["has-title"]: severity must be "off", "warn" or "error", not "warning"');
    bad({ rules: { "has-title": ["error", "x"] } }, 'rules["has-title"] must be a severity or [severity, { options }]');
  });

  it("checks options against the rule's schema", () => {
    bad({ rules: { "no-postgres": ["warn", { word: 3 }] } }, 'adrkit.config.json: rules["no-postgres"] options.word must be string, not number 3');
    bad({ rules: { "no-postgres": ["warn", { wrod: "x" }] } }, 'options has unknown property "wrod" (known: word)');
    bad({ rules: { "no-postgres": ["warn", { word: "" }] } }, "options.word must have at least 1 characters");
    bad({ rules: { "has-title": ["warn", { any: 1 }] } }, "this rule takes no options");
  });

  it("rejects malformed overrides, statuses and ignores", () => {
    bad({ overrides: [{ formats: ["madr9"], rules: {} }] }, 'overrides[0].formats: unknown format "madr9"');
    bad({ overrides: [{ file: ["x"] }] }, 'overrides[0]: unknown key "file"');
    bad({ statuses: "accepted" }, "statuses must be an array of strings");
    bad({ ignores: [1] }, "ignores must be an array of strings");
  });
});

describe("config: extends, overrides, ignores", () => {
  it("extends a JSON file relative to the config, and refuses a loop", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "adrkit-config-"));
    await writeFile(path.join(dir, "team.json"), JSON.stringify({ extends: "strict", rules: { "has-title": "off" } }));
    const config = resolveLintConfig({ extends: "./team.json", rules: { "no-postgres": "warn" } }, { rules: known, baseDir: dir });
    expect(severities(config)).toEqual({ "no-postgres": "warn" });
    await writeFile(path.join(dir, "a.json"), JSON.stringify({ extends: "./b.json" }));
    await writeFile(path.join(dir, "b.json"), JSON.stringify({ extends: "./a.json" }));
    expect(() => resolveLintConfig({ extends: "./a.json" }, { rules: known, baseDir: dir })).toThrow('"extends" loops back to ./a.json');
    expect(() => resolveLintConfig({ extends: "./missing.json" }, { rules: known, baseDir: dir })).toThrow("cannot read extended config");
  });

  it("applies overrides by path glob and by format, in order", () => {
    const config = resolveLintConfig(
      {
        overrides: [
          { files: ["legacy/**"], rules: { "no-postgres": "off" } },
          { formats: ["nygard"], rules: { "has-title": "warn" } },
        ],
      },
      { rules: known },
    );
    const nygard = decision(ADR, "legacy/0001-x.md");
    expect(nygard.format).toBe("nygard");
    expect(Object.fromEntries([...rulesFor(config, nygard)].map(([id, e]) => [id, e.severity]))).toEqual({ "has-title": "warn" });
    const other = { path: "docs/adr/0001-x.md", format: "madr3" as const };
    expect(rulesFor(config, other)).toBe(config.base);
  });

  it("lints nothing for ignored files and changes the hash when any setting changes", () => {
    const a = resolveLintConfig({ ignores: ["**/drafts/**"] }, { rules: known });
    const b = resolveLintConfig({ ignores: ["**/drafts/**"], rules: { "has-title": "warn" } }, { rules: known });
    expect(a.isIgnored("docs/adr/drafts/1.md")).toBe(true);
    expect(a.isIgnored("docs/adr/1.md")).toBe(false);
    expect(a.hash).not.toBe(b.hash);
    expect(resolveLintConfig({ ignores: ["**/drafts/**"] }, { rules: known }).hash).toBe(a.hash);
    expect(lint([decision(ADR, "docs/adr/drafts/1.md")], a)).toEqual([]);
  });

  it("picks lint keys out of a whole adrkit config, top level or under `lint`", () => {
    expect(pickLintConfig({ dir: "docs/adr", template: "madr", rules: { a: "off" }, lint: { ignores: ["x"] } })).toEqual({ rules: { a: "off" }, ignores: ["x"] });
  });
});
