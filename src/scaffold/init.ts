// `adrkit init` as a library call: the ADR directory, a config file, and ADR 1 in the chosen template.
import { mkdir, stat, unlink } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { createExclusive, createNumberedFile, DEFAULT_DIR, findConfig, RepoError, slugify, takenNumbers } from "../repo/index.js";
import { FIRST_DECISION_TITLE, firstDecisionTemplate } from "./first-decision.js";
import { isTemplateName, renderTemplate, today, TEMPLATE_NAMES, type TemplateName } from "./template.js";

export interface InitOptions {
  cwd?: string;
  /** The ADR directory to create, relative to cwd (default `docs/adr`). */
  dir?: string;
  template?: string;
  deciders?: string[];
  date?: string;
}

export interface InitResult {
  dir: string;
  /** The config file written, or null when one already existed and was kept. */
  configPath: string | null;
  firstDecision: string;
}

export const CONFIG_SCHEMA = "./node_modules/adrkit/schema/adrkit.config.schema.json";

/**
 * Creates the directory, `adrkit.config.json` (unless an adrkit config is already found from cwd) and ADR 1.
 * A directory that already holds ADRs is refused, so running init twice changes nothing.
 */
export async function initLog(options: InitOptions = {}): Promise<InitResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const template = (options.template ?? "adrkit") as TemplateName;
  if (!isTemplateName(template)) {
    throw new RepoError(`--template "${options.template}": init writes ${TEMPLATE_NAMES.join(", ")}; set a custom template in the config afterwards`);
  }
  const dir = resolve(cwd, options.dir ?? DEFAULT_DIR);
  if (await isFile(dir)) throw new RepoError(`${relative(cwd, dir)}: is a file, not a directory; pick another directory`);
  const existing = await takenNumbers(dir);
  if (existing.size > 0) throw new RepoError(`${relative(cwd, dir) || "."}: already holds ADRs; nothing was written`);
  const foundConfig = await findConfig(cwd);
  const configPath = foundConfig ? null : join(cwd, "adrkit.config.json");
  const rel = relative(cwd, dir).split(sep).join("/") || ".";
  const configText = `${JSON.stringify({ $schema: CONFIG_SCHEMA, dir: rel, template }, null, 2)}\n`;

  await mkdir(dir, { recursive: true });
  const date = options.date ?? today();
  const created = await createNumberedFile(dir, slugify(FIRST_DECISION_TITLE), (number) =>
    renderTemplate(firstDecisionTemplate(template), {
      number, title: FIRST_DECISION_TITLE, date, status: "accepted", deciders: options.deciders ?? [], tags: [],
    }));
  if (configPath) {
    try {
      await createExclusive(configPath, configText);
    } catch (error) {
      await unlink(created.path).catch(() => undefined);
      throw error;
    }
  }
  return { dir, configPath, firstDecision: created.path };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
