// Loads the command-line program with V8's code cache, so that a short run compiles almost nothing.
//
// `npm run build` bundles the program (program.ts and everything it reaches) into one CommonJS file,
// dist/cli/program.cjs, then runs a few commands on the shipped examples in this process and keeps the bytecode V8
// compiled for them in dist/cli/program.cjs.cache. A run hands that cache back to V8 with the bundle's source.
// Node 20 has no code cache for ES modules, hence the CommonJS bundle and node:vm.
//
// The cache is a hint, never a source of behaviour:
// - its first 32 bytes are a SHA-256 of the bundle it was made from and of its own data; for another bundle, or
//   data damaged or cut off, it is not used;
// - V8 checks its own version and flags and compiles from source when they differ (another Node, other V8 flags);
// - a missing or unreadable cache means compiling from source, as a plain `node` run would.
// Without the bundle (tsc output only), the program is imported as ES modules. bin.ts imports them for the root
// help too, which loads no command (see there).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

export interface Program {
  main(argv: readonly string[]): Promise<number>;
}

const HASH_BYTES = 32;

const bundlePath = (): string => fileURLToPath(new URL("./program.cjs", import.meta.url));

/** The program: from the bundle with its code cache when built, else from the ES modules. */
export async function loadProgram(): Promise<Program> {
  const file = bundlePath();
  if (!existsSync(file)) return (await import("./program.js")) as Program;
  return compileBundle(file, true).program;
}

/** The hash a cache file starts with: of the bundle it was made for and of its own V8 data. */
function cacheHash(source: Buffer, data: Buffer): Buffer {
  return createHash("sha256").update(source).update(data).digest();
}

/**
 * The V8 data of the bundle's cache file when the file's hash holds for this very bundle and this data, else
 * undefined. V8 itself checks only its version, its flags and the source's length, not its data: a damaged or
 * cut-off file would reach it as bytecode.
 */
export function usableCache(file: string, source: Buffer = readFileSync(file)): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  if (cache.length <= HASH_BYTES) return undefined;
  const data = cache.subarray(HASH_BYTES);
  return cacheHash(source, data).equals(cache.subarray(0, HASH_BYTES)) ? data : undefined;
}

function bundleScript(file: string, cachedData: Buffer | undefined, source: Buffer = readFileSync(file)): vm.Script {
  // Regular expressions compile to machine code on first use instead of running once in V8's interpreter first:
  // the rules' long case-insensitive patterns cost up to 10 ms each that way in a short run (33 M of 1,001 M
  // instructions in a one-file lint). V8's flags are part of the cache's check, so they are set before it is
  // made and before it is read.
  v8.setFlagsFromString("--no-regexp-tier-up");
  // The wrapper Node itself puts around a CommonJS module; the bundle needs nothing beyond these five names.
  return new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source.toString("utf8")}\n})`, { filename: file, cachedData });
}

function compileBundle(file: string, withCache: boolean): { program: Program; script: vm.Script; source: Buffer } {
  const source = readFileSync(file);
  const script = bundleScript(file, withCache ? usableCache(file, source) : undefined, source);
  const module = { exports: {} as Program };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return { program: module.exports, script, source };
}

/**
 * Build step: runs `runs` (argument lists, as after `adrkit`) through the bundle in this process, then writes the
 * bytecode compiled so far, headed by the bundle's hash, to program.cjs.cache. Returns the cache's size in bytes.
 * The runs must write their output to files (`-o`): this process's stdout is the build log.
 */
export async function writeCodeCache(runs: readonly (readonly string[])[]): Promise<number> {
  const file = bundlePath();
  const { program, script, source } = compileBundle(file, false);
  for (const args of runs) {
    const code = await program.main([process.execPath, "adrkit", ...args]);
    if (code === 2) throw new Error(`adrkit ${args.join(" ")} failed while the code cache was built`);
  }
  const data = script.createCachedData();
  const cache = Buffer.concat([cacheHash(source, data), data]);
  writeFileSync(`${file}.cache`, cache);
  return cache.length;
}

/**
 * `npm run build`'s last step: the code cache from linting the shipped examples (JSON and the default report) and
 * writing their Markdown and HTML logs, the work a short run most often does. Output goes to a temporary folder,
 * removed afterwards. (The HTML log added 100 KiB to the cache, 0.6% fewer instructions to a 1,000-ADR page, and
 * no change to a one-file lint.)
 */
export async function buildCodeCache(): Promise<void> {
  asciiOnly(bundlePath());
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const examples = fileURLToPath(new URL("../../examples/decisions", import.meta.url));
  const out = mkdtempSync(join(tmpdir(), "adrkit-code-cache-"));
  try {
    const bytes = await writeCodeCache([
      ["lint", examples, "--format", "json", "-o", join(out, "lint.json")],
      ["lint", examples, "-o", join(out, "lint.txt")],
      ["log", "--dir", examples, "--format", "markdown", "-o", join(out, "log.md")],
      ["log", "--dir", examples, "--format", "html", "-o", join(out, "log.html")],
    ]);
    process.stdout.write(`code cache: ${Math.round(bytes / 1024)} KiB\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Rewrites the bundle with every non-ASCII character as a \u escape. esbuild escapes them in strings but not in
 * regular expressions, and one such character makes V8 hold the whole 1 MB source as two-byte text: about 10 ms
 * more to read and decode at every start. In a string, a regular expression (with or without the u flag, surrogate
 * pairs included), an identifier or a comment, \uXXXX means the character itself; after a backslash it would not,
 * so such a place stops the build.
 */
function asciiOnly(file: string): void {
  const source = readFileSync(file, "utf8");
  const escaped = source.replace(/[^\0-\x7f]/g, (ch, at: number) => {
    if (source[at - 1] === "\\") throw new Error(`${file}: a backslash before the non-ASCII character at offset ${at}`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  if (escaped !== source) writeFileSync(file, escaped);
}

/** Whether V8 takes the built cache in this process: for tests, which must see the cache in use, not just written. */
export function cacheAccepted(): boolean {
  const file = bundlePath();
  const data = existsSync(file) ? usableCache(file) : undefined;
  return data !== undefined && bundleScript(file, data).cachedDataRejected === false;
}
