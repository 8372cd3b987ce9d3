// A finding rebuilt from the cache is the same object vfile-message's constructor makes: what a library user or
// a formatter sees of it cannot tell the two apart. This fails when a vfile-message upgrade changes its fields.
import { describe, it, expect } from "vitest";
import util from "node:util";
import { VFileMessage } from "vfile-message";
import type { Point, Position } from "unist";
import { cachedMessage } from "../../src/lint/engine.js";

const places: Array<[string, Point | Position | undefined]> = [
  ["a position with offsets", { start: { line: 3, column: 5, offset: 40 }, end: { line: 3, column: 19, offset: 54 } }],
  ["a position over lines, no offsets", { start: { line: 2, column: 1 }, end: { line: 9, column: 4 } }],
  ["a point", { line: 12, column: 7, offset: 300 }],
  ["a point without offset", { line: 1, column: 1 }],
  ["no place", undefined],
];

describe("cachedMessage", () => {
  it.each(places)("%s: the same own properties, in the same order, as new VFileMessage", (_, place) => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const made = new VFileMessage("Say what breaks at 10x load.", { place, ruleId: "failure-modes-stated", source: "adrkit" });
      const cached = cachedMessage("Say what breaks at 10x load.", place, "failure-modes-stated", "adrkit");
      expect(cached).toBeInstanceOf(VFileMessage);
      expect(cached).toBeInstanceOf(Error);
      expect(Object.prototype.toString.call(cached)).toBe(Object.prototype.toString.call(made));
      expect(Reflect.ownKeys(cached)).toEqual(Reflect.ownKeys(made));
      expect(util.isDeepStrictEqual(cached, made)).toBe(true);
      expect(util.inspect(cached)).toBe(util.inspect(made));
      expect([cached.name, cached.line, cached.column, String(cached)]).toEqual([made.name, made.line, made.column, String(made)]);
    } finally {
      Error.stackTraceLimit = limit;
    }
  });
});
