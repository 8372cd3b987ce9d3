// Listing a log skips READMEs and template files, but not ADRs that are about templates.
import { describe, it, expect } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { listAdrFiles } from "../../src/repo/index.js";

describe("listAdrFiles", () => {
  it("keeps ADRs whose names mention templates and skips the templates themselves", async () => {
    const dir = await mkdtemp(join(tmpdir(), "adrkit-list-"));
    const names = ["README.md", "index.md", "template.md", "adr-template.md", "0000-template.md", "0002-use-pull-request-templates.md", "0010-django-templates.md", "notes.txt"];
    for (const name of names) await writeFile(join(dir, name), "# x\n");
    const listed = (await listAdrFiles(dir)).map((c) => basename(c.path));
    expect(listed).toEqual(["0002-use-pull-request-templates.md", "0010-django-templates.md"]);
  });
});
