import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { FORMATTERS } from "../../src/lint/formatters/index.js";
import { RULES } from "../../src/lint/rules/index.js";
import { CONTEXT, RESULTS } from "./formatters-helpers.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The SARIF 2.1.0 JSON schema: the OASIS file if someone vendored it at tests/fixtures/sarif-schema-2.1.0.json,
 * else the copy (2.1.0-rtm.5) shipped by the dev dependency @microsoft/jest-sarif.
 */
function loadSchema(): { schema: Record<string, unknown>; from: string } | null {
  const vendored = path.join(repoRoot, "tests/fixtures/sarif-schema-2.1.0.json");
  if (existsSync(vendored)) return { schema: JSON.parse(readFileSync(vendored, "utf8")), from: vendored };
  try {
    const file = createRequire(import.meta.url).resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    return { schema: JSON.parse(readFileSync(file, "utf8")), from: file };
  } catch {
    return null;
  }
}

const loaded = loadSchema();
if (!loaded) console.warn("NOTICE: no SARIF 2.1.0 schema found (tests/fixtures/sarif-schema-2.1.0.json or @microsoft/jest-sarif): schema validation skipped");

function validator() {
  // The schema is draft-04 (`id`, not `$id`); ajv 8 reads it once the draft marker is adapted.
  const schema = { ...loaded!.schema };
  delete schema.$schema;
  if (typeof schema.id === "string") {
    schema.$id = schema.id;
    delete schema.id;
  }
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const sarif = (results = RESULTS, rules = CONTEXT.rules) => JSON.parse(FORMATTERS.sarif(results, { ...CONTEXT, rules }));

describe("sarif", () => {
  it.skipIf(!loaded)("validates against the SARIF 2.1.0 JSON schema, with the real rule catalogue too", () => {
    const validate = validator();
    for (const log of [sarif(), sarif(RESULTS, RULES), sarif([], RULES)]) {
      const ok = validate(log);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    const broken = sarif();
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[1].level = "fatal";
    expect(validate(broken)).toBe(false);
  });

  it("describes the tool and every rule: id, descriptions, help, helpUri, default level", () => {
    const log = sarif();
    expect(log.version).toBe("2.1.0");
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: "adrkit", version: "0.1.0", informationUri: expect.stringMatching(/^https:\/\//) });
    const vague = driver.rules.find((r: { id: string }) => r.id === "vague-claims");
    expect(vague).toMatchObject({
      shortDescription: { text: "Description of vague-claims" },
      fullDescription: { text: "Description of vague-claims." },
      helpUri: "https://example.test/rules#vague-claims",
      defaultConfiguration: { level: "warning" },
    });
    expect(vague.help.text).toContain("Message of vague-claims");
    expect(driver.rules.find((r: { id: string }) => r.id === "status-valid").defaultConfiguration.level).toBe("error");
  });

  it("gives each result its rule, index, level, message, repo-relative location, region and fingerprint", () => {
    const log = sarif();
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(4);
    const [first, , warning, parse] = results;
    expect(first).toEqual({
      ruleId: "status-valid",
      ruleIndex: tool.driver.rules.findIndex((r: { id: string }) => r.id === "status-valid"),
      level: "error",
      message: { text: "Status \"accepted\" is lower case" },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: "docs/adr/0001-use-postgres.md", uriBaseId: "%SRCROOT%" },
          region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 9 },
        },
      }],
      partialFingerprints: { "adrkitFindingHash/v1": expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(warning.level).toBe("warning");
    // A parse problem has no catalogue rule: it gets a descriptor of its own, so ruleIndex stays valid.
    expect(tool.driver.rules[parse.ruleIndex].id).toBe("parse/front-matter");
    expect(parse.locations[0].physicalLocation.artifactLocation.uri).toBe("docs/adr/0003-odd,%20name:x.md");
    for (const r of results) expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it("keeps fingerprints stable when findings move to other lines", () => {
    const fingerprints = (log: { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }) =>
      log.runs[0].results.map((r) => r.partialFingerprints["adrkitFindingHash/v1"]);
    const moved = RESULTS.map((r) => ({ ...r, messages: r.messages.map((m) => Object.assign(Object.create(Object.getPrototypeOf(m)), m, { place: { line: (m.line ?? 1) + 7, column: 1 } })) }));
    expect(fingerprints(sarif(moved))).toEqual(fingerprints(sarif()));
  });
});
