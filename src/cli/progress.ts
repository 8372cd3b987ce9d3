// Progress for long runs: on stderr, only on a terminal, never in CI, and only once a run has taken ~2 seconds.

export interface Progress {
  /** Reports how far the run is; cheap to call for every file. */
  update(done: number, total?: number): void;
  /** Clears the progress line; call it before printing results. */
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  /** How long a run goes quietly before progress shows (default 2000 ms). */
  delayMs?: number;
}

const QUIET: Progress = { update: () => undefined, stop: () => undefined };

/** True when progress may be drawn: a terminal on stderr, and no CI (CI logs keep every \r frame forever). */
export function progressAllowed(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return stream.isTTY === true && !ci && env.TERM !== "dumb";
}

/**
 * Starts a progress line labelled `label` ("Linting"). Nothing is drawn until `delayMs` has passed, so short runs
 * print nothing; after that the line is redrawn at most ten times a second.
 */
export function startProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!progressAllowed(stream, options.env ?? process.env)) return QUIET;
  const started = Date.now();
  const delay = options.delayMs ?? 2000;
  let done = 0;
  let total: number | undefined;
  let drawn = false;
  let lastDraw = 0;
  const draw = () => {
    const now = Date.now();
    if (now - started < delay || now - lastDraw < 100) return;
    lastDraw = now;
    drawn = true;
    const count = total ? `${done}/${total}` : `${done}`;
    stream.write(`\r\x1b[2K${label}… ${count} files (${Math.round((now - started) / 1000)} s)`);
  };
  // The timer shows progress even while one slow file keeps update() from being called; unref: it never holds the process.
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    update(n, t) {
      done = n;
      if (t !== undefined) total = t;
      draw();
    },
    stop() {
      clearInterval(timer);
      if (drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
