// Detects the template family of a file from its shape: front matter keys, metadata bullets, headings.
import type { Format, Status } from "../model/index.js";
import type { FrontMatter } from "./front-matter.js";
import type { Field } from "./metadata.js";
import { headingText, type Structure } from "./structure.js";

export interface FormatEvidence {
  frontMatter: FrontMatter | null;
  data: Record<string, unknown>;
  structure: Structure;
  fields: Field[];
  fileName: string;
  status: Status | null;
}

const ADRKIT_SECTIONS = ["tradeoffs", "assumptions", "failureModes", "reversibility"] as const;
const ADRKIT_KEYS = ["review-by", "superseded-by", "supersedes", "amends", "amended-by", "relates-to"];

export function detectFormat({ frontMatter, data, structure, fields, fileName, status }: FormatEvidence): Format {
  const sections = structure.sections;
  const headings = [...Object.values(sections), ...structure.otherSections].map((s) => s!.heading.toLowerCase());
  const madrHeadings = headings.some((h) => /considered options|decision outcome|pros and cons of the options|context and problem statement|decision drivers/.test(h));
  const adrkitSections = ADRKIT_SECTIONS.filter((id) => sections[id] !== undefined).length;

  if (frontMatter && Object.keys(data).length > 0) {
    // MADR decided against numbers in headings, so `# 3. Title` under front matter is adrkit's shape.
    const numberedTitle = structure.titleNode !== null && /^\s*\d+\.\s/.test(headingText(structure.titleNode));
    if (adrkitSections >= 2 || ADRKIT_KEYS.some((k) => k in data) || numberedTitle) return "adrkit";
    if ("decision-makers" in data || headings.includes("confirmation") || neutralArguments(structure)) return "madr4";
    if ("deciders" in data || madrHeadings || "status" in data) return madrHeadings || "deciders" in data ? "madr3" : nygardOr(structure, "unknown");
    return madrHeadings ? "madr3" : nygardOr(structure, "unknown");
  }
  if (adrkitSections >= 3) return "adrkit";

  const bulletStatus = fields.find((f) => f.key === "status" && f.bullet);
  if (bulletStatus) {
    // log4brains names files by date and adds a Tags bullet; MADR 2 has neither.
    const log4brainsName = /^\d{8}[-_]/.test(fileName);
    if (log4brainsName || fields.some((f) => f.key === "tags" && f.bullet) || status === "draft") {
      return "log4brains";
    }
    return "madr2";
  }
  if (madrHeadings) return "madr2";
  return nygardOr(structure, "unknown");
}

function nygardOr(structure: Structure, fallback: Format): Format {
  const s = structure.sections;
  const nygard = structure.metadata.has("status") || (s.context !== undefined && s.decision !== undefined) || (s.decision !== undefined && s.consequences !== undefined);
  return nygard ? "nygard" : fallback;
}

/** MADR 4 introduced "Neutral, because ..." arguments next to Good and Bad. */
function neutralArguments(structure: Structure): boolean {
  const options = structure.sections.options;
  return options !== undefined && /(^|\n)neutral, because/i.test(options.text);
}
