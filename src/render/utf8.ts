// A long text encoded to UTF-8 as it is produced, into a list of buffers: never one big string, never one big copy.

/** Bytes per chunk: large enough that a report of megabytes is a few hundred writes, small enough to fill quickly. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Collects text as UTF-8 chunks. Each `put` encodes its string straight into the current chunk; a chunk that
 * cannot hold the string's worst case (3 bytes per UTF-16 unit) is closed and a new one begun.
 *
 * Why not pieces and one `join`: a 9 MB lint report of 40,000 rows took ~170 ms to join and ~35 ms more to
 * encode for writing; encoded row by row into chunks it took 20-60 ms (tests/render/utf8.test.ts checks the bytes).
 */
export class Utf8Chunks {
  private readonly done: Uint8Array[] = [];
  private chunk: Buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  private at = 0;

  /**
   * @param flush Takes each chunk as it fills (writes it out) and says whether its buffer may be reused: true once
   *   the bytes are out of it, as after a synchronous write. Fresh memory is dear (each new page faults), so a
   *   report written as it is made goes through one buffer. Without `flush`, `take` returns every chunk.
   */
  constructor(private readonly flush?: (chunk: Uint8Array) => boolean) {}

  put(text: string): void {
    const worst = 3 * text.length;
    if (this.at + worst > this.chunk.length) this.next(worst);
    this.at += this.chunk.write(text, this.at, "utf8");
  }

  /** The chunks not yet flushed, the last one trimmed to its end; the collector is empty afterwards. */
  take(): Uint8Array[] {
    if (this.at > 0) this.done.push(this.chunk.subarray(0, this.at));
    const chunks = this.done.splice(0);
    this.chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    this.at = 0;
    return chunks;
  }

  private next(atLeast: number): void {
    if (this.at > 0) {
      const full = this.chunk.subarray(0, this.at);
      this.at = 0;
      if (!this.flush) this.done.push(full);
      else if (this.flush(full) && this.chunk.length >= atLeast) return;
    }
    this.chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, atLeast));
  }
}

/**
 * A flush for Utf8Chunks that writes to a stream (stdout): the buffer is free again when the stream holds none of
 * it, as after a write to a file, or to a pipe with room for it.
 */
export function writeTo(stream: NodeJS.WritableStream & { writableLength: number }): (chunk: Uint8Array) => boolean {
  return (chunk) => {
    stream.write(chunk);
    return stream.writableLength === 0;
  };
}
