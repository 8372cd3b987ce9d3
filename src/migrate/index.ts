// The migrate room: converts a Nygard/adr-tools, MADR 2/3/4 or log4brains log into adrkit format.
import { relative, sep } from "node:path";
import type { Decision, Format } from "../model/index.js";
import { parseDecision, type ParseOptions } from "../parse/index.js";
import { listAdrFiles, readAdrText } from "../repo/index.js";
import { convertDecision } from "./convert.js";
import { adrkitPrompts, type SectionPrompts } from "./prompts.js";

export { convertDecision, sectionMarkdown } from "./convert.js";
export { frontMatterValues, renderFrontMatter, type FrontMatterValues, type LinkKey } from "./front-matter.js";
export { adrkitPrompts, promptsFromTemplate, type SectionPrompt, type SectionPrompts } from "./prompts.js";

/** What migrating one file would do. `after` is null when the file is left as it is (see `skipped`). */
export interface Migration {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the migration's root, with forward slashes, for messages and diffs. */
  path: string;
  format: Format;
  before: string;
  after: string | null;
  /** Why the file is left alone: already adrkit, unreadable, or it does not parse. */
  skipped: string | null;
  /** The file as parsed before migration, with `keepDecisions` (absent when it could not be read). */
  decision?: Decision;
}

export interface MigrateOptions {
  /** Paths in results are relative to this folder (default: the working directory). */
  root?: string;
  parse?: ParseOptions;
  /** Section prompts to add for missing sections (default: the shipped adrkit template's). */
  prompts?: SectionPrompts;
  /** Keep each parsed original on its plan; off by default, since a large log's trees are costly to hold. */
  keepDecisions?: boolean;
  /** Called after each file, for progress on long runs. */
  onFile?: (done: number, total: number) => void;
}

/** Plans the migration of every ADR in `dir`. Reads only; the caller writes the `after` texts. */
export async function planMigration(dir: string, options: MigrateOptions = {}): Promise<Migration[]> {
  const root = options.root ?? process.cwd();
  const prompts = options.prompts ?? (await adrkitPrompts());
  const plans: Migration[] = [];
  const candidates = await listAdrFiles(dir);
  for (const candidate of candidates) {
    options.onFile?.(plans.length, candidates.length);
    const path = relative(root, candidate.path).split(sep).join("/");
    const plan = (format: Format, before: string, after: string | null, skipped: string | null, decision?: Decision): Migration =>
      ({ file: candidate.path, path, format, before, after, skipped, ...(options.keepDecisions && decision ? { decision } : {}) });
    if (candidate.refused) {
      plans.push(plan("unknown", "", null, candidate.refused));
      continue;
    }
    const read = await readAdrText(candidate.path, options.parse?.limits?.maxFileBytes);
    if ("error" in read) {
      plans.push(plan("unknown", "", null, read.error));
      continue;
    }
    const decision = parseDecision(read.text, path, options.parse);
    const fatal = decision.file.messages.find((m) => m.fatal);
    if (fatal) {
      plans.push(plan(decision.format, read.text, null, `cannot be parsed (${fatal.reason}); fix it first`, decision));
      continue;
    }
    if (decision.format === "adrkit") {
      plans.push(plan("adrkit", read.text, null, "already in adrkit format", decision));
      continue;
    }
    const after = convertDecision(decision, prompts);
    plans.push(plan(decision.format, read.text, after === read.text ? null : after, after === read.text ? "nothing to change" : null, decision));
  }
  return plans;
}
