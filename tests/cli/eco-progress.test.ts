// Progress appears only on a terminal, never in CI, and only once a run has been going for a while.
import { describe, it, expect } from "vitest";
import { Writable } from "node:stream";
import { progressAllowed, startProgress } from "../../src/cli/progress.js";

/** A stream that records what is written to it and says whether it is a terminal. */
function terminal(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY: boolean; text: () => string };
  stream.isTTY = isTTY;
  stream.text = () => chunks.join("");
  return stream;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("progress", () => {
  it("is allowed on a terminal outside CI only", () => {
    expect(progressAllowed(terminal(true) as unknown as NodeJS.WriteStream, {})).toBe(true);
    expect(progressAllowed(terminal(false) as unknown as NodeJS.WriteStream, {})).toBe(false);
    expect(progressAllowed(terminal(true) as unknown as NodeJS.WriteStream, { CI: "true" })).toBe(false);
    expect(progressAllowed(terminal(true) as unknown as NodeJS.WriteStream, { CI: "false" })).toBe(true);
    expect(progressAllowed(terminal(true) as unknown as NodeJS.WriteStream, { TERM: "dumb" })).toBe(false);
  });

  it("draws counts on a terminal once the delay has passed, and clears its line when stopped", async () => {
    const stream = terminal(true);
    const progress = startProgress("Linting", { stream: stream as unknown as NodeJS.WriteStream, env: {}, delayMs: 50 });
    progress.update(1, 400);
    expect(stream.text()).toBe("");
    await sleep(120);
    progress.update(250, 400);
    expect(stream.text()).toContain("Linting… 250/400 files");
    progress.stop();
    expect(stream.text().endsWith("\r\x1b[2K")).toBe(true);
  });

  it("prints nothing for a run shorter than the delay", async () => {
    const stream = terminal(true);
    const progress = startProgress("Linting", { stream: stream as unknown as NodeJS.WriteStream, env: {} });
    for (let i = 0; i < 50; i++) progress.update(i, 50);
    progress.stop();
    expect(stream.text()).toBe("");
  });

  it("prints nothing in CI or into a pipe, however long the run", async () => {
    for (const [isTTY, env] of [[true, { CI: "1" }], [false, {}]] as const) {
      const stream = terminal(isTTY);
      const progress = startProgress("Linting", { stream: stream as unknown as NodeJS.WriteStream, env, delayMs: 0 });
      await sleep(30);
      progress.update(10, 20);
      progress.stop();
      expect(stream.text()).toBe("");
    }
  });
});
