// `--since <git-ref>`: a decision's earlier text, read with `git show ref:path`.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { LintConfigError } from "./config.js";
import type { SinceContext } from "./types.js";

/** Checks the ref once, then reads files lazily. `root` is the directory decision paths are relative to. */
export function gitSince(ref: string, root: string): SinceContext & { commit: string } {
  if (ref.startsWith("-")) throw new LintConfigError(`--since: "${ref}" is not a git ref`);
  let commit: string;
  try {
    commit = git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    throw new LintConfigError(`--since: "${ref}" is not a commit in the git repository at ${root}`);
  }
  const cache = new Map<string, string | null>();
  return {
    ref,
    // The commit the ref names now: a cache keyed by it goes stale when the branch moves.
    commit,
    textAt(filePath: string): string | null {
      const relative = path.relative(root, path.resolve(root, filePath)).split(path.sep).join("/");
      if (relative.startsWith("../")) return null;
      if (!cache.has(relative)) {
        let text: string | null;
        try {
          text = git(root, ["show", `${ref}:./${relative}`]);
        } catch {
          text = null; // not in the tree at that ref
        }
        cache.set(relative, text);
      }
      return cache.get(relative) ?? null;
    },
  };
}

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
}

/** The nearest directory at or above `cwd` holding `.git` (reported paths are relative to it), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}
