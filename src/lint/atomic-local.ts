// Stand-in until the repo room's writeFileAtomic lands on main: write a temp file beside the target, then rename.
import { promises as fs } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const mode = (await fs.stat(file).catch(() => null))?.mode;
  try {
    await fs.writeFile(temp, data, { flag: "wx", ...(mode !== undefined ? { mode } : {}) });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
