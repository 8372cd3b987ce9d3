// Questions on a terminal (node:readline): asked only when a person is there to answer, never in CI or a pipe.
import { createInterface } from "node:readline/promises";

export interface PromptIO {
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

/** True when stdin and stderr are terminals and CI is not set: the only case in which adrkit asks anything. */
export function canPrompt(io: PromptIO = {}): boolean {
  const env = io.env ?? process.env;
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return (io.input ?? process.stdin).isTTY === true && (io.output ?? process.stderr).isTTY === true && !ci;
}

async function question(text: string, io: PromptIO): Promise<string> {
  const rl = createInterface({ input: io.input ?? process.stdin, output: io.output ?? process.stderr, terminal: true });
  try {
    return (await rl.question(text)).trim();
  } finally {
    rl.close();
  }
}

/** Asks for free text; an empty answer takes `fallback` (shown in brackets). */
export async function ask(text: string, fallback = "", io: PromptIO = {}): Promise<string> {
  const answer = await question(fallback ? `${text} [${fallback}] ` : `${text} `, io);
  return answer || fallback;
}

/** Asks until the answer is one of `choices` (or empty, which takes `fallback`). */
export async function choose<T extends string>(text: string, choices: readonly T[], fallback: T, io: PromptIO = {}): Promise<T> {
  for (;;) {
    const answer = (await question(`${text} (${choices.join("/")}) [${fallback}] `, io)).toLowerCase();
    if (!answer) return fallback;
    const found = choices.find((c) => c.toLowerCase() === answer);
    if (found) return found;
    (io.output ?? process.stderr).write(`Please answer one of: ${choices.join(", ")}\n`);
  }
}

/** Asks a yes/no question. */
export async function confirm(text: string, fallback: boolean, io: PromptIO = {}): Promise<boolean> {
  const answer = (await question(`${text} ${fallback ? "[Y/n]" : "[y/N]"} `, io)).toLowerCase();
  if (!answer) return fallback;
  return answer === "y" || answer === "yes";
}

export const CI_CHOICES = ["github", "gitlab", "none"] as const;
export type CiChoice = (typeof CI_CHOICES)[number];

export interface InitAnswers {
  dir: string;
  template: string;
  ci: CiChoice;
}

/**
 * The answers `adrkit init` needs. Each one given as a flag is taken as is; the others are asked on a terminal,
 * and take their defaults without a question anywhere else (a pipe, CI).
 */
export async function initAnswers(given: Partial<InitAnswers>, defaults: InitAnswers, io: PromptIO = {}): Promise<InitAnswers> {
  const interactive = canPrompt(io);
  const dir = given.dir ?? (interactive ? await ask("Where should ADRs live?", defaults.dir, io) : defaults.dir);
  const template = given.template ?? (interactive ? await choose("Which template?", ["adrkit", "nygard", "madr"] as const, defaults.template as "adrkit", io) : defaults.template);
  const ci = given.ci ?? (interactive ? await choose("Add a CI workflow that lints ADRs?", CI_CHOICES, defaults.ci, io) : defaults.ci);
  return { dir, template, ci };
}

/** The title for `adrkit new` when none was typed: asked on a terminal, else null (the caller explains). */
export async function askTitle(io: PromptIO = {}): Promise<string | null> {
  if (!canPrompt(io)) return null;
  const title = await ask("Title of the decision (e.g. \"Use PostgreSQL for orders\"):", "", io);
  return title || null;
}
