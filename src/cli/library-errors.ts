// Turns the library's user-facing errors (bad config, no such ADR, an uneditable file) into exit code 2.
import { UsageError } from "./errors.js";

// Matched by name so that command modules need not load the library to know them.
export const USER_ERRORS: ReadonlySet<string> = new Set([
  "ConfigError", "RepoError", "EditError", "TemplateError", "FrontMatterEditError", "LintConfigError", "InjectError",
]);

export async function asUsageErrors(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof Error && USER_ERRORS.has(error.name)) throw new UsageError(error.message.split("\n")[0]);
    throw error;
  }
}

/** Collects a repeatable option (`--tag a --tag b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
