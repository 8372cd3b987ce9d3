// The config JSON Schema accepts every example config (and what `adrkit init` writes), rejects mistakes, and lists every rule.
import { describe, it, expect } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv } from "ajv";
import { RULES } from "../../src/lint/index.js";
import { rulesSchema, SEVERITY } from "./config-schema.js";

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");
const schemaFile = resolve(repoRoot, "schema/adrkit.config.schema.json");
const bin = resolve(repoRoot, "dist/cli/bin.js");

async function loadSchema(): Promise<Record<string, any>> {
  return JSON.parse(await readFile(schemaFile, "utf8"));
}

async function validator() {
  // strictTuples off: draft-07 tuples ([severity, options]) are bounded by minItems/maxItems instead of additionalItems.
  const ajv = new Ajv({ allErrors: true, strictTuples: false });
  return ajv.compile(await loadSchema());
}

/** Config files in the repository and JSON blocks in the README that are configs (they name the schema or a config key). */
async function exampleConfigs(): Promise<Array<[string, unknown]>> {
  const found: Array<[string, unknown]> = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (["node_modules", "dist", ".git"].includes(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/^(adrkit\.config\.json|\.adrkitrc\.json)$/.test(entry.name)) found.push([full, JSON.parse(await readFile(full, "utf8"))]);
    }
  };
  await walk(repoRoot);
  const readme = await readFile(resolve(repoRoot, "README.md"), "utf8");
  for (const [, block] of readme.matchAll(/```jsonc?\n([\s\S]*?)```/g)) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    if (data && typeof data === "object" && !Array.isArray(data) && ["$schema", "rules", "extends", "dir", "overrides"].some((k) => k in data)) {
      found.push([`README.md: ${block.split("\n")[1]?.trim() ?? ""}`, data]);
    }
  }
  return found;
}

describe("schema/adrkit.config.schema.json", () => {
  it("lists every rule with its options, as the rule registry defines them", async () => {
    const schema = await loadSchema();
    const expected = rulesSchema(RULES);
    if (process.env.UPDATE_SCHEMA) {
      schema.definitions.rules = expected;
      schema.definitions.severity = SEVERITY;
      await writeFile(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
    }
    const stale = "schema is stale: run UPDATE_SCHEMA=1 npx vitest run --config tests/vitest.config.ts tests/ecosystem/schema.test.ts";
    expect(schema.definitions.severity, stale).toEqual(SEVERITY);
    expect(Object.keys(schema.definitions.rules.properties), stale).toEqual([...RULES.keys()].sort());
    expect(schema.definitions.rules, stale).toEqual(expected);
  });

  it("accepts every example config in the repository and the README", async () => {
    const validate = await validator();
    const configs = await exampleConfigs();
    for (const [where, config] of configs) {
      expect(validate(config) ? [] : validate.errors, where).toEqual([]);
    }
  });

  it("accepts the config `adrkit init` writes, which points editors at the schema", async () => {
    const dir = await mkdtemp(join(tmpdir(), "adrkit-schema-"));
    try {
      await run(process.execPath, [bin, "init", "--dir", "docs/decisions", "--template", "madr", "--ci", "none"], { cwd: dir, env: { ...process.env, CI: "1" } });
      const config = JSON.parse(await readFile(join(dir, "adrkit.config.json"), "utf8"));
      expect(config.$schema).toMatch(/schema\/adrkit\.config\.schema\.json$/);
      const validate = await validator();
      expect(validate(config) ? [] : validate.errors).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("accepts a config using every key", async () => {
    const validate = await validator();
    const [firstRule] = [...RULES.keys()];
    const full = {
      $schema: "./node_modules/adrkit/schema/adrkit.config.schema.json",
      dir: "docs/decisions",
      template: "templates/our-adr.md",
      statuses: ["postponed"],
      extends: ["strict", "./shared/adrkit.json"],
      rules: { [firstRule]: "off" },
      ignores: ["0001-*.md"],
      overrides: [{ files: ["legacy/**"], formats: ["nygard"], rules: { [firstRule]: ["warn"] } }],
      limits: { maxFileBytes: 1048576, maxFrontMatterBytes: 65536, maxYamlAliases: 50, maxFrontMatterDepth: 8, parseTimeoutMs: 2000 },
      concurrency: 4,
      parseTimeoutMs: 3000,
    };
    expect(validate(full) ? [] : validate.errors).toEqual([]);
  });

  it.each([
    ["a misspelt key", { rule: {} }],
    ["an unknown rule", { rules: { "no-such-rule": "warn" } }],
    ["a severity that is not one", { rules: { [[...RULES.keys()][0]]: "loud" } }],
    ["options that are not an object", { rules: { [[...RULES.keys()][0]]: ["warn", 3] } }],
    ["an unknown preset", { extends: "relaxed" }],
    ["a zero limit", { limits: { maxFileBytes: 0 } }],
    ["an unknown limit", { limits: { maxLines: 10 } }],
    ["a format no parser knows", { overrides: [{ formats: ["rst"] }] }],
  ])("rejects %s", async (_name, config) => {
    const validate = await validator();
    expect(validate(config)).toBe(false);
  });
});
