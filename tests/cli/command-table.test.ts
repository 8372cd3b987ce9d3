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
  // The CLI is bundled: a command's code lives in a chunk of dist/cli, found here by the example only that
  // command's help prints. NODE_DEBUG=esm names every module file a process loads.
  const chunkOf = (example: string): string => {
    const dir = path.dirname(bin);
    const found = readdirSync(dir).filter((f) => f.endsWith(".js") && readFileSync(path.join(dir, f), "utf8").includes(example));
    expect(found, `one chunk of ${dir} holds "${example}"`).toHaveLength(1);
    return found[0];
  };
  const loaded = async (...args: string[]) => (await exec(process.execPath, [bin, ...args], { env: { ...process.env, NODE_DEBUG: "esm" } })).stderr;

  it("loads no command module", async () => {
    const chunks = ["$ adrkit supersede 3 6", "$ adrkit lint docs/adr --format sarif"].map(chunkOf);
    const help = await loaded("--help");
    // The debug log must name the modules loaded (bin.js among them), or this test proves nothing.
    expect(help).toContain(path.basename(bin));
    for (const chunk of chunks) expect(help).not.toContain(chunk);
    // The same chunks do load when their command runs.
    expect(await loaded("supersede", "--help")).toContain(chunks[0]);
    expect(await loaded("lint", "--help")).toContain(chunks[1]);
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
