// Writes that never leave a half-written file: temp file in the same directory, fsync, rename.
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { open, rename, stat, unlink } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/**
 * Replaces `path` with `data` atomically. The temp file sits in the same directory so that the rename
 * stays on one file system; on any failure (read-only directory, ENOSPC, ...) it is removed and the error
 * rethrown, so the target is either the old bytes or the new ones, never a mix. `sync: false` skips the fsync,
 * for a file the program can rebuild (the lint cache): after the machine crashes it may be empty or cut short.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | ReadonlyArray<string | Uint8Array>, options: { sync?: boolean } = {}): Promise<void> {
  const temp = tempPath(path);
  // The replacement keeps the permissions of the file it replaces: an ADR kept private stays private.
  const mode = await stat(path).then((s) => s.mode & 0o777, () => 0o644);
  let created = false;
  try {
    const handle = await open(temp, "wx", mode);
    created = true;
    try {
      await handle.chmod(mode);
      // Pieces are written one after another (each from where the last ended): a large text never has to
      // exist as one string.
      if (typeof data === "string" || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const part of data) await handle.writeFile(part);
      if (options.sync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    created = false;
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * writeFileAtomic for bytes made a piece at a time, synchronously: `produce` hands each piece to `write`, which
 * writes it to the temp file at once, so the whole file is never in memory (a 6 MB HTML log goes out through one
 * reused 64 KB buffer). The same guarantees: on any failure, in `produce` too, the temp file is removed and the
 * target keeps its old bytes.
 */
export function writeFileAtomicFrom(path: string, produce: (write: (bytes: Uint8Array) => void) => void, options: { sync?: boolean } = {}): void {
  const temp = tempPath(path);
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    // a new file
  }
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(temp, "wx", mode);
    created = true;
    fchmodSync(fd, mode);
    const into = fd;
    produce((bytes) => {
      for (let at = 0; at < bytes.length; ) at += writeSync(into, bytes, at);
    });
    if (options.sync !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    created = false;
  } catch (error) {
    // The error that brought us here is the one to report, whatever the cleanup meets.
    if (fd !== undefined) quietly(() => closeSync(fd!));
    if (created) quietly(() => unlinkSync(temp));
    throw error;
  }
}

function quietly(work: () => void): void {
  try {
    work();
  } catch {
    // see the caller
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Creates `path` only if no file of that name exists (flag `wx`); throws EEXIST otherwise.
 * A failed write removes what was created, so a full disk leaves no truncated ADR behind.
 */
export async function createExclusive(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, "wx", 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
}

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

/** Writes every changed file atomically; unchanged files are not touched at all. */
export async function writeChanges(changes: readonly FileChange[]): Promise<string[]> {
  const written: string[] = [];
  for (const change of changes) {
    if (change.after === change.before) continue;
    await writeFileAtomic(change.path, change.after);
    written.push(change.path);
  }
  return written;
}
