// Templates and their placeholders: `{{title}}`, `{{number}}`, `{{date}}`, `{{status}}`, lists with `|yaml`.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

export const TEMPLATE_NAMES = ["adrkit", "nygard", "madr"] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The values a template is filled with. */
export interface TemplateValues {
  number: number;
  title: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  status: string;
  deciders: string[];
  tags: string[];
  /** ISO date by which the decision is reviewed; a year after `date` when not given. */
  reviewBy?: string;
}

export interface Template {
  /** "adrkit", "nygard", "madr", or the path of a custom template. */
  name: string;
  text: string;
}

/** A template that cannot be read; the message names it and what to do. */
export class TemplateError extends Error {
  override name = "TemplateError";
}

/** The folder holding the shipped templates (`templates/` at the package root). */
export function templatesDir(): string {
  return fileURLToPath(new URL("../../templates/", import.meta.url));
}

export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** Reads a shipped template by name, or a custom one by path (relative to `root`). */
export async function loadTemplate(name: string, root = process.cwd()): Promise<Template> {
  const path = isTemplateName(name) ? resolve(templatesDir(), `${name}.md`) : resolve(root, name);
  try {
    return { name, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TemplateError(
      `${path}: cannot read the template (${code ?? (error as Error).message}); use adrkit, nygard, madr or the path of a template file`,
    );
  }
}

/** Today's date as YYYY-MM-DD in local time; `ADRKIT_TODAY` (for tests and reproducible docs) wins. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.ADRKIT_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same calendar day a number of years later (29 February falls back to 28). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCDate() !== d) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** One YAML flow-list item, quoted when a plain scalar would be misread. */
function yamlItem(value: string): string {
  const plain = stringify(value).replace(/\n$/, "");
  return /^["']/.test(plain) || /[,[\]{}#]|\n/.test(plain) || plain === "" ? JSON.stringify(value) : plain;
}

function yamlScalar(value: string): string {
  const plain = stringify(value).replace(/\n$/, "");
  return /^["']/.test(plain) || plain.includes("\n") ? JSON.stringify(value) : plain;
}

/**
 * Fills `{{name}}` and `{{name|filter}}` placeholders. Filters: `yaml` (a string as a YAML scalar, a list as a
 * flow list), `capitalize`. Unknown placeholders are left as written so that a custom template shows them.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const fields: Record<string, string | string[]> = {
    number: String(values.number),
    number4: String(values.number).padStart(4, "0"),
    title: values.title,
    date: values.date,
    status: values.status,
    deciders: values.deciders,
    tags: values.tags,
    reviewBy: values.reviewBy ?? addYears(values.date, 1),
  };
  return template.replace(/\{\{\s*([A-Za-z0-9]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g, (whole, name: string, filter?: string) => {
    const value = fields[name];
    if (value === undefined) return whole;
    if (filter === "yaml") return Array.isArray(value) ? `[${value.map(yamlItem).join(", ")}]` : yamlScalar(value);
    const text = Array.isArray(value) ? value.join(", ") : value;
    if (filter === "capitalize") return text.charAt(0).toUpperCase() + text.slice(1);
    return text;
  });
}
