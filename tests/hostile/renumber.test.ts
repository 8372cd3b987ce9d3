// No lost data under renumber: duplicates get fresh numbers, and only link lines and renamed headings change.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planRenumber } from "../../src/repo/index.js";
import { adrArbitrary } from "./adr-arbitrary.js";

const splitLines = (text: string) => text.split(/(?<=\r\n|\n|\r)/);

describe("renumber plan on generated logs with duplicate numbers", () => {
  it("gives unique numbers and changes only lines that link to a renamed file or head one", () => {
    let rewritten = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(adrArbitrary(), fc.integer({ min: 1, max: 4 }), fc.array(fc.nat({ max: 5 }), { maxLength: 2 })), { minLength: 2, maxLength: 6 }),
        (entries) => {
          const names = entries.map(([, n], i) => `${String(n).padStart(4, "0")}-decision-${i}.md`);
          const files = entries.map(([adr, n, links], i) => {
            const eol = adr.eol;
            const linkLines = links.filter((l) => l < names.length && l !== i).map((l) => `Relates to [${names[l]}](${names[l]})`);
            const text = adr.text.replace(/^(\uFEFF?(?:---[\s\S]*?---\r?\n)?[^\r\n]*#[^\r\n]*)/, (h) => [h, ...linkLines.map((l) => eol + eol + l)].join(""));
            return { name: names[i], number: n, date: "2026-01-31", text };
          });
          const plan = planRenumber(files);
          const finalNames = files.map((f) => plan.renames.find((r) => r.from === f.name)?.to ?? f.name);
          const finalNumbers = finalNames.map((n) => Number(/^(\d+)/.exec(n)![1]));
          expect(new Set(finalNumbers).size).toBe(files.length);
          const renamedFrom = plan.renames.map((r) => r.from);
          for (const f of files) {
            const after = plan.rewrites.get(f.name);
            if (after === undefined) continue;
            rewritten++;
            const before = splitLines(f.text);
            const lines = splitLines(after);
            expect(lines).toHaveLength(before.length);
            before.forEach((line, k) => {
              if (line === lines[k]) return;
              const linksRenamed = renamedFrom.some((name) => line.includes(`](${name})`) || line.includes(name));
              const isOwnHeading = renamedFrom.includes(f.name) && /^\uFEFF?#\s/.test(line);
              expect(linksRenamed || isOwnHeading, `${f.name} line ${k + 1} changed: ${JSON.stringify(line)} -> ${JSON.stringify(lines[k])}`).toBe(true);
              expect(lines[k].endsWith("\r\n")).toBe(line.endsWith("\r\n"));
            });
            expect(after.startsWith("\uFEFF")).toBe(f.text.startsWith("\uFEFF"));
          }
        },
      ),
      { numRuns: 100, seed: 3 },
    );
    expect(rewritten).toBeGreaterThan(20); // the property was exercised, not passed vacuously
  });
});
