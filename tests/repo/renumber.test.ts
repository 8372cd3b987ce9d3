import { describe, expect, it } from "vitest";
import { planRenumber, type NumberedFile } from "../../src/repo/renumber.js";

const file = (name: string, date: string | null, text: string): NumberedFile => ({ name, number: Number(name.slice(0, 4)), date, text });

describe("planRenumber", () => {
  it("gives the later-dated duplicate the next free number and rewrites every link to it", () => {
    const files = [
      file("0001-a.md", "2024-01-01", "# 1. A\r\n\r\nSee [3. Queue](0003-queue.md) and [ADR-0003](./0003-queue.md#why).\r\n"),
      file("0002-b.md", "2024-01-02", "# 2. B\n"),
      file("0003-cache.md", "2024-02-01", "# 3. Cache\n\nAmends [2. B](0002-b.md)\n"),
      file("0003-queue.md", "2024-03-01", "\ufeff# 3. Queue\n\nAmends [3. Cache](0003-cache.md)\n"),
    ];
    const plan = planRenumber(files);
    expect(plan.renames).toEqual([{ from: "0003-queue.md", to: "0004-queue.md", oldNumber: 3, newNumber: 4 }]);
    expect(plan.rewrites.get("0001-a.md")).toBe(
      "# 1. A\r\n\r\nSee [4. Queue](0004-queue.md) and [ADR-0004](./0004-queue.md#why).\r\n",
    );
    expect(plan.rewrites.get("0003-queue.md")).toBe("\ufeff# 4. Queue\n\nAmends [3. Cache](0003-cache.md)\n");
    expect(plan.rewrites.has("0003-cache.md")).toBe(false);
    expect(plan.rewrites.has("0002-b.md")).toBe(false);
  });

  it("breaks date ties by file name and handles several duplicate groups", () => {
    const plan = planRenumber([
      file("0001-x.md", null, ""), file("0001-a.md", null, ""), file("0002-p.md", "2020-01-01", ""),
      file("0002-q.md", "2019-01-01", ""), file("0005-z.md", null, ""),
    ]);
    expect(plan.renames.map((r) => `${r.from}->${r.to}`)).toEqual(["0001-x.md->0006-x.md", "0002-p.md->0007-p.md"]);
  });

  it("does nothing for a log without duplicates, and flags front matter that names a duplicated number", () => {
    expect(planRenumber([file("0001-a.md", null, "x"), file("0002-b.md", null, "y")]).renames).toEqual([]);
    const dated = [{ name: "20200926-a.md", number: 20200926, date: null, text: "" }, { name: "20200926-b.md", number: 20200926, date: null, text: "" }];
    expect(planRenumber(dated).renames).toEqual([]);
    const plan = planRenumber([
      file("0001-a.md", null, ""), file("0001-b.md", null, ""),
      file("0002-c.md", null, "---\nstatus: accepted\nsupersedes: [1]\n---\n# 2. C\n"),
    ]);
    expect(plan.ambiguous).toEqual([{ name: "0002-c.md", number: 1 }]);
  });
});
