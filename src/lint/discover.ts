// Stand-in until the repo room's loadConfig/resolveAdrDir land on main: finds the config file and ADR directory.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fromObject, readLintConfigFile, type LintConfigFile } from "./config-file.js";

const NAMES = ["adrkit.config.json", ".adrkitrc.json"];
const CONVENTIONAL = ["doc/adr", "docs/adr", "docs/decisions", "docs/architecture/decisions"];

export async function discoverConfig(cwd: string): Promise<LintConfigFile> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of NAMES) if (await isFile(path.join(dir, name))) return readLintConfigFile(path.join(dir, name));
    const pkg = path.join(dir, "package.json");
    if ((await isFile(pkg)) && /"adrkit"\s*:/.test(await readFile(pkg, "utf8"))) return readLintConfigFile(pkg);
    if (path.dirname(dir) === dir) return fromObject(null, {}, path.resolve(cwd));
  }
}

export async function discoverAdrDir(cwd: string, config: LintConfigFile): Promise<string> {
  if (typeof config.raw.dir === "string") return path.resolve(config.dir, config.raw.dir);
  const adrDir = path.join(cwd, ".adr-dir");
  if (await isFile(adrDir)) return path.resolve(cwd, (await readFile(adrDir, "utf8")).split(/\r?\n/)[0].trim());
  for (const candidate of CONVENTIONAL) {
    const full = path.join(cwd, candidate);
    if ((await stat(full).catch(() => null))?.isDirectory()) return full;
  }
  return path.join(cwd, "doc/adr");
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}
