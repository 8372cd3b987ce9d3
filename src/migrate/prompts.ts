// The adrkit template's sections and their prompts, read from the shipped template so there is one source of wording.
import { readFile } from "node:fs/promises";
import { sectionForHeading, type SectionId } from "../model/index.js";

export interface SectionPrompt {
  /** The heading the template uses ("Options considered"). */
  heading: string;
  /** The HTML comment under it, or "" when the template has none. */
  prompt: string;
}

export type SectionPrompts = ReadonlyMap<SectionId, SectionPrompt>;

const TEMPLATE_URL = new URL("../../templates/adrkit.md", import.meta.url);

/** Reads `## Heading` + first `<!-- prompt -->` pairs out of template text, in template order. */
export function promptsFromTemplate(text: string): SectionPrompts {
  const prompts = new Map<SectionId, SectionPrompt>();
  const parts = text.replace(/\r\n?/g, "\n").split(/^## /m).slice(1);
  for (const part of parts) {
    const heading = part.split("\n")[0].trim();
    const id = sectionForHeading(heading);
    if (id === null || prompts.has(id)) continue;
    const comment = /^\s*(<!--[\s\S]*?-->)/.exec(part.slice(part.indexOf("\n") + 1));
    prompts.set(id, { heading, prompt: comment ? comment[1] : "" });
  }
  return prompts;
}

/** The prompts of the shipped adrkit template (`templates/adrkit.md`). */
export async function adrkitPrompts(): Promise<SectionPrompts> {
  return promptsFromTemplate(await readFile(TEMPLATE_URL, "utf8"));
}
