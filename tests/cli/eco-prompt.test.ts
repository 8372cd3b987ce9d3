// Questions are asked only when a person is at a terminal; answers and defaults come back as typed.
import { describe, it, expect } from "vitest";
import { PassThrough } from "node:stream";
import { ask, canPrompt, choose, confirm, type PromptIO } from "../../src/cli/prompt.js";

/** A terminal pair: the answers are typed into `input`, questions land in `output`. */
function terminalIO(answers: string[], env: NodeJS.ProcessEnv = {}): PromptIO & { written: () => string } {
  const input = new PassThrough() as PassThrough & { isTTY: boolean };
  const output = new PassThrough() as PassThrough & { isTTY: boolean };
  input.isTTY = true;
  output.isTTY = true;
  let written = "";
  output.on("data", (chunk) => (written += String(chunk)));
  // One answer per question, typed after the question is shown.
  let next = 0;
  output.on("data", () => {
    if (next < answers.length && /[\]?)] $/.test(written)) setImmediate(() => input.write(`${answers[next++]}\n`));
  });
  return { input: input as unknown as NodeJS.ReadStream, output: output as unknown as NodeJS.WriteStream, env, written: () => written };
}

describe("canPrompt", () => {
  it("is true only with terminals on both ends and no CI", () => {
    const tty = { isTTY: true } as unknown as NodeJS.ReadStream & NodeJS.WriteStream;
    const pipe = { isTTY: false } as unknown as NodeJS.ReadStream & NodeJS.WriteStream;
    expect(canPrompt({ input: tty, output: tty, env: {} })).toBe(true);
    expect(canPrompt({ input: pipe, output: tty, env: {} })).toBe(false);
    expect(canPrompt({ input: tty, output: pipe, env: {} })).toBe(false);
    expect(canPrompt({ input: tty, output: tty, env: { CI: "true" } })).toBe(false);
  });
});

describe("questions", () => {
  it("returns the typed answer, or the default on an empty line", async () => {
    expect(await ask("ADR directory?", "doc/adr", terminalIO(["docs/decisions"]))).toBe("docs/decisions");
    expect(await ask("ADR directory?", "doc/adr", terminalIO([""]))).toBe("doc/adr");
  });

  it("asks again until the answer is one of the choices", async () => {
    const io = terminalIO(["jenkins", "GitLab"]);
    expect(await choose("Add a CI workflow?", ["github", "gitlab", "none"] as const, "none", io)).toBe("gitlab");
    expect(io.written()).toContain("Please answer one of: github, gitlab, none");
  });

  it("reads yes and no", async () => {
    expect(await confirm("Continue?", false, terminalIO(["y"]))).toBe(true);
    expect(await confirm("Continue?", true, terminalIO(["no"]))).toBe(false);
    expect(await confirm("Continue?", true, terminalIO([""]))).toBe(true);
  });
});
