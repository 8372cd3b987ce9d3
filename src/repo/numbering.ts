// Reserves ADR numbers so that concurrent `adrkit new` runs never share one.
import { open, readdir, stat, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { createExclusive } from "./atomic.js";

const MARKER_PREFIX = ".adrkit-lock-";
/** A marker older than this is left over from a crashed run. */
const STALE_MARKER_MS = 60_000;
const MAX_ATTEMPTS = 1000;

/** The four-digit form used in file names: 7 -> "0007". */
export function padNumber(number: number): string {
  return String(number).padStart(4, "0");
}

/** The ADR number a file name starts with ("0007-x.md", "adr-007.md", "ADR_12-x.md"), or null. */
export function numberFromFileName(name: string): number | null {
  const m = /^(?:adr[-_ ]?)?(\d{1,6})(?=[-_. ]|$)/i.exec(name);
  return m ? Number(m[1]) : null;
}

/** Numbers already taken by files in `dir` (an absent directory holds none). */
export async function takenNumbers(dir: string): Promise<Set<number>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw error;
  }
  const taken = new Set<number>();
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const n = numberFromFileName(name);
    // Date-named files (log4brains' 20200926-x.md) are not sequence numbers.
    if (n !== null && n < 100_000) taken.add(n);
  }
  return taken;
}

/** The highest number in use plus one (1 for an empty log). */
export async function nextNumber(dir: string): Promise<number> {
  const taken = await takenNumbers(dir);
  return taken.size === 0 ? 1 : Math.max(...taken) + 1;
}

export interface CreatedDecisionFile {
  number: number;
  path: string;
  fileName: string;
}

/**
 * Writes a new ADR under the next free number. The exclusive-create flag on `NNNN-slug.md` only protects a
 * name, and two titles make two names, so the number itself is reserved first: an exclusive-create marker
 * `.adrkit-lock-NNNN`, then a check that no `NNNN-*` file holds the number, then the ADR (flag `wx`), then
 * the marker is removed. A run that loses a race moves on to the next number.
 */
export async function createNumberedFile(
  dir: string,
  slug: string,
  render: (number: number) => string,
): Promise<CreatedDecisionFile> {
  let candidate = await nextNumber(dir);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++, candidate++) {
    const marker = join(dir, MARKER_PREFIX + padNumber(candidate));
    if (!(await acquireMarker(marker))) continue;
    try {
      const taken = await takenNumbers(dir);
      if (taken.has(candidate)) {
        candidate = Math.max(...taken); // the loop's increment moves past every number taken meanwhile
        continue;
      }
      const fileName = `${padNumber(candidate)}-${slug}.md`;
      const path = join(dir, fileName);
      try {
        await createExclusive(path, render(candidate));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
        throw error;
      }
      return { number: candidate, path, fileName };
    } finally {
      await unlink(marker).catch(() => undefined);
    }
  }
  throw new Error(`${dir}: could not reserve an ADR number after ${MAX_ATTEMPTS} attempts`);
}

/** Takes the marker, clearing it first when it was left by a dead process or is older than a minute. */
async function acquireMarker(marker: string): Promise<boolean> {
  for (let tries = 0; tries < 2; tries++) {
    try {
      const handle = await open(marker, "wx", 0o644);
      await handle.writeFile(`${process.pid}\n${Date.now()}\n`);
      await handle.close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!(await isStale(marker))) return false;
      await unlink(marker).catch(() => undefined);
    }
  }
  return false;
}

async function isStale(marker: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(marker), readFile(marker, "utf8")]);
    if (Date.now() - info.mtimeMs > STALE_MARKER_MS) return true;
    const pid = Number(text.split("\n")[0]);
    // A marker still being written has no pid yet: treat it as live.
    if (!Number.isInteger(pid) || pid <= 0) return false;
    return !isAlive(pid);
  } catch {
    return false; // removed meanwhile: the next open decides
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
