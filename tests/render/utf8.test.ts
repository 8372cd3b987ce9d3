import { describe, it, expect } from "vitest";
import { Utf8Chunks } from "../../src/render/utf8.js";

const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks);

describe("Utf8Chunks", () => {
  it("gives the UTF-8 of the concatenation, across many chunks, for text of every width", () => {
    // One-, two-, three- and four-byte characters, a lone surrogate (written as U+FFFD, as Buffer.from does), a
    // string larger than a chunk, and many small ones that fill chunks to their ends.
    const pieces = ["plain ASCII row\n", "é ü ß", "— ✓ “quoted”", "😀 𝄞", "\ud800 alone", "x".repeat(200_000), "ab\n"];
    for (let i = 0; i < 30_000; i++) pieces.push(i % 7 === 0 ? `ümlaut ${i}\n` : `  ${i}:1  warning  text ${i}\n`);
    const sink = new Utf8Chunks();
    for (const piece of pieces) sink.put(piece);
    const chunks = sink.take();
    expect(chunks.length).toBeGreaterThan(5);
    expect(joined(chunks).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
    // No character is split between two chunks: decoded one by one, they still give the text.
    expect(chunks.map((chunk) => Buffer.from(chunk).toString("utf8")).join("")).toBe(Buffer.from(pieces.join(""), "utf8").toString("utf8"));
  });

  it("hands full chunks to a flush as it goes, reusing the buffer only when the flush says it may", () => {
    const pieces = Array.from({ length: 20_000 }, (_, i) => `  ${i}:1  warning  “text” ${i} ✓\n`);
    const expected = Buffer.from(pieces.join(""), "utf8");
    for (const reuse of [true, false]) {
      // Kept as handed over, not copied: with reuse refused, a later chunk must never write into an earlier one.
      const flushed: Uint8Array[] = [];
      const buffers = new Set<ArrayBufferLike>();
      const sink = new Utf8Chunks((chunk) => {
        flushed.push(reuse ? Uint8Array.from(chunk) : chunk);
        buffers.add(chunk.buffer);
        return reuse;
      });
      for (const piece of pieces) sink.put(piece);
      const rest = sink.take();
      expect(flushed.length).toBeGreaterThan(5);
      expect(rest).toHaveLength(1);
      expect(joined([...flushed, ...rest]).equals(expected)).toBe(true);
      expect(buffers.size).toBe(reuse ? 1 : flushed.length);
    }
  });

  it("is empty after take, and an empty string adds nothing", () => {
    const sink = new Utf8Chunks();
    sink.put("");
    expect(sink.take()).toEqual([]);
    sink.put("one");
    expect(joined(sink.take()).toString()).toBe("one");
    sink.put("two");
    expect(joined(sink.take()).toString()).toBe("two");
  });
});
