// `adrkit --help` lists commands from a table without loading them: the table must say what the commands say.
import { describe, it, expect } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Help } from "commander";
import { buildProgram } from "../../src/cli/program.js";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { adrkit as run, bin } from "../ecosystem/run-cli.js";

const exec = promisify(execFile);
const adrkit = (...args: string[]) => run(process.cwd(), ...args);

describe("the command table", () => {
  it("lists every command in the order, with the usage and description, that the command modules register", async () => {
    const full = await buildProgram();
    const help = new Help();
    const registered = full.commands.map((c) => ({
      name: c.name(),
      term: help.subcommandTerm(c),
      description: c.description(),
      hidden: (c as unknown as { _hidden: boolean })._hidden,
    }));
    const table = COMMANDS.map((c) => ({ name: c.name, term: c.term, description: c.description, hidden: c.hidden ?? false }));
    expect(table).toEqual(registered);
  });

  it("gives the root help word for word as when every command is loaded", async () => {
    const full = (await buildProgram()).helpInformation();
    for (const args of [["--help"], [], ["help"], ["-h"]]) {
      expect((await buildProgram(args)).helpInformation()).toBe(full);
    }
    expect(full).toContain("link [options] <from> <relation> <to> [reverse]");
  });

  it("gives a command's help word for word as when every command is loaded", async () => {
    for (const name of ["log", "new", "completion", "lint"]) {
      const full = (await buildProgram()).commands.find((c) => c.name() === name)!.helpInformation();
      const lazy = (await buildProgram([name, "--help"])).commands.find((c) => c.name() === name)!.helpInformation();
      expect(lazy).toBe(full);
      expect(lazy).toContain(`Usage: adrkit ${name}`);
    }
  });
});

describe("adrkit --help as a process", () => {
  // NODE_DEBUG=esm names every ES module file a process loads. The root help imports the program's ES modules,
  // bundled by esbuild: a command's code lives in a chunk of dist/cli, found here by the example only that
  // command's help prints. Every other run takes the one-file bundle (program.cjs) instead, which the ES module
  // loader never sees.
  const dir = path.dirname(bin);
  const chunkOf = (example: string): string => {
    const found = readdirSync(dir).filter((f) => f.endsWith(".js") && readFileSync(path.join(dir, f), "utf8").includes(example));
    expect(found, `one chunk of ${dir} holds "${example}"`).toHaveLength(1);
    return found[0];
  };
  const loaded = async (...args: string[]): Promise<string> => {
    try {
      return (await exec(process.execPath, [bin, ...args], { env: { ...process.env, NODE_DEBUG: "esm" } })).stderr;
    } catch (error) {
      return (error as { stderr: string }).stderr; // `adrkit` alone prints the help and exits 1
    }
  };

  it("loads no command module", async () => {
    const chunks = ["$ adrkit supersede 3 6", "$ adrkit lint docs/adr --format sarif"].map(chunkOf);
    for (const args of [["--help"], ["-h"], ["help"], []]) {
      const debug = await loaded(...args);
      // The debug log must name the modules loaded (the program among them), or this test proves nothing.
      expect(debug).toContain(path.join(dir, "program.js"));
      for (const chunk of chunks) expect(debug).not.toContain(chunk);
    }
    // A command's own help runs from the one-file bundle: none of the ES module chunks load.
    const lintHelp = await loaded("lint", "--help");
    expect(lintHelp).toContain(path.basename(bin));
    expect(lintHelp).not.toContain(path.join(dir, "program.js"));
    for (const chunk of chunks) expect(lintHelp).not.toContain(chunk);
  });

  it("runs the named command, and `help <command>` prints that command's help", async () => {
    const viaHelp = await adrkit("help", "supersede");
    const viaFlag = await adrkit("supersede", "--help");
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toContain("Usage: adrkit supersede [options] <old> <new>");
    expect(viaHelp.stdout).toContain("$ adrkit supersede 3 6");
  });
});
