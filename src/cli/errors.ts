// Errors a user can act on. Everything the CLI reports goes through these, mapped to exit codes in program.ts.

/** A usage or configuration mistake: exit code 2, one line naming the file and what to do. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** A command that ran and found problems (lint errors, stale log, overdue review): exit code 1, already reported. */
export class FindingsExit extends Error {
  override name = "FindingsExit";
  constructor(readonly exitCode = 1) {
    super("findings");
  }
}
