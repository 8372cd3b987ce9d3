#!/usr/bin/env node
// The executable: a shim that hands argv to the program and maps failures to exit codes.
// `--version` is answered before anything else loads, so it costs about as much as starting Node.
import { readFileSync } from "node:fs";

// Output piped into `head` may close early: that ends the run quietly, as it does for other Unix tools.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
} else {
  // The root help loads no command: the program's ES modules (bundled by esbuild) answer it with less to read and
  // compile than the whole program and its code cache (see program-loader.ts), which every other run takes.
  const rootHelp = args.length === 0 || (args.length === 1 && ["--help", "-h", "help"].includes(args[0]));
  (rootHelp ? import("./program.js") : import("./program-loader.js").then(({ loadProgram }) => loadProgram()))
    .then(({ main }) => main(process.argv))
    .then(
      (code) => exitWhenFlushed(code),
      (error: unknown) => {
        process.stderr.write(`adrkit: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        exitWhenFlushed(2);
      },
    );
}

/**
 * Ends the process once what it wrote has left: the command has awaited everything else (files written,
 * workers closed). Exiting at once skips tearing down the heap, which costs a large run 50-100 ms.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}
