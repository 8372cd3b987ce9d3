// Adds the CI job that lints ADRs, from the shipped examples (examples/ci), without touching an existing pipeline.
import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createExclusive } from "../repo/index.js";
import type { CiChoice } from "./prompt.js";

export interface CiWorkflowResult {
  /** The file written, or null when nothing was. */
  written: string | null;
  /** What the user still has to do, if anything. */
  note: string | null;
}

const EXAMPLE: Record<Exclude<CiChoice, "none">, URL> = {
  github: new URL("../../examples/ci/github-actions.yml", import.meta.url),
  gitlab: new URL("../../examples/ci/gitlab-ci.yml", import.meta.url),
};

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * GitHub: `.github/workflows/adrkit.yml`. GitLab: `.gitlab-ci.yml` when there is none, else
 * `.gitlab/adrkit.gitlab-ci.yml` plus a note to include it, since rewriting someone's pipeline is not ours to do.
 * An existing file is never overwritten.
 */
export async function addCiWorkflow(kind: CiChoice, root: string): Promise<CiWorkflowResult> {
  if (kind === "none") return { written: null, note: null };
  const text = await readFile(EXAMPLE[kind], "utf8");
  let target: string;
  let note: string | null = null;
  if (kind === "github") {
    target = join(root, ".github/workflows/adrkit.yml");
  } else if (await exists(join(root, ".gitlab-ci.yml"))) {
    target = join(root, ".gitlab/adrkit.gitlab-ci.yml");
    note = "add `include: [{ local: .gitlab/adrkit.gitlab-ci.yml }]` to .gitlab-ci.yml to run it";
  } else {
    target = join(root, ".gitlab-ci.yml");
  }
  if (await exists(target)) return { written: null, note: `${target} already exists; left as it is` };
  await mkdir(dirname(target), { recursive: true });
  await createExclusive(target, text);
  return { written: target, note };
}
