// Mistyped commands name the nearest real one and exit 2 before anything runs.
import { describe, it, expect } from "vitest";
import { adrkit as run } from "../ecosystem/run-cli.js";
import { editDistance, suggestions } from "../../src/cli/suggest.js";

const adrkit = (...args: string[]) => run(process.cwd(), ...args);

const COMMANDS = ["init", "new", "list", "show", "status", "supersede", "link", "renumber", "lint", "rules", "log", "graph", "summary", "review", "migrate", "export", "import", "completion"];


describe("suggestions", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("sueprsede", "supersede")).toBe(1);
    expect(editDistance("lint", "lint")).toBe(0);
  });

  it.each([
    ["supresede", ["supersede"]],
    ["supercede", ["supersede"]],
    ["sup", ["supersede"]],
    ["lnt", ["lint"]],
    ["migrat", ["migrate"]],
    ["exprot", ["export"]],
    ["xyzzy", []],
  ])("%s → %j", (typed, expected) => {
    expect(suggestions(typed, COMMANDS)).toEqual(expected);
  });
});

describe("the CLI on an unknown command", () => {
  it("says which command was meant and exits 2", async () => {
    const { code, stdout, stderr } = await adrkit("supresede", "3", "4");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("adrkit: unknown command 'supresede'. Did you mean `supersede`? Run `adrkit --help` to see every command.\n");
  });

  it("names no command when none is close", async () => {
    const { code, stderr } = await adrkit("frobnicate");
    expect(code).toBe(2);
    expect(stderr).not.toContain("Did you mean");
  });

  it("leaves real commands and options alone", async () => {
    const { code, stdout } = await adrkit("completion", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("completion");
  });
});
