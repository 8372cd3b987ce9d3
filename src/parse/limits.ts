// Explicit limits that keep parsing bounded on hostile input; each can be raised in the config.

export interface Limits {
  /** Largest ADR file read, in bytes (checked on the open file before reading). */
  maxFileBytes: number;
  /** Largest front matter block, in bytes. */
  maxFrontMatterBytes: number;
  /** Most YAML aliases expanded in one front matter block ("billion laughs" guard). */
  maxYamlAliases: number;
  /** Deepest nesting of front matter values. */
  maxFrontMatterDepth: number;
  /** Time budget for parsing one file in a worker, in milliseconds. */
  parseTimeoutMs: number;
  /** Heap limit of one parse worker, in MB: a file whose parse needs more is reported instead of exhausting memory. */
  maxParseMemoryMb: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 4 * 1024 * 1024,
  maxFrontMatterBytes: 64 * 1024,
  maxYamlAliases: 100,
  maxFrontMatterDepth: 16,
  parseTimeoutMs: 5000,
  maxParseMemoryMb: 256,
});

export interface ParseOptions {
  /** Extra statuses a team uses beyond the standard vocabulary. */
  statuses?: readonly string[];
  limits?: Partial<Limits>;
  /**
   * Which reasoning to extract: all of it (the default), or only the reversibility, for a reader that uses
   * nothing else (the Markdown and HTML logs); options, choices, assumptions and failure modes are then empty.
   */
  reasoning?: "all" | "reversibility";
  /**
   * False: the body's words are not counted, and `wordCount` reads -1. Only lint's decision-size rule reads the
   * count; the logs never show it (counting is ~3% of an HTML log's run).
   */
  wordCount?: boolean;
}
