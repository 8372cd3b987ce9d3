// The lint room's public API.
export type * from "./types.js";
export { ruleDocsUrl, RULE_DOCS_BASE } from "./types.js";
export {
  lint, lintDecision, lintRepository, addMessages, finish, failureResult, formatMessage, rangeOf, todayIso,
  LintRuleError, SOURCE,
  type LintMessage, type LintResult, type LintOptions,
} from "./engine.js";
export {
  resolveLintConfig, rulesFor, pickLintConfig, LintConfigError, PRESETS,
  type LintConfig, type LintOverride, type RuleSetting, type RuleSettings, type ResolvedLintConfig, type RuleEntry,
} from "./config.js";
export { readLintConfigFile, fromObject as lintConfigFromObject, type LintConfigFile } from "./config-file.js";
export { readDirectives, suppressor, type Directive } from "./inline.js";
export { applyFixes, type FixOutcome } from "./fix.js";
export { unifiedDiff } from "./diff.js";
export { LintCache, CACHE_FILE, hashText } from "./cache.js";
export { gitSince, repositoryRoot } from "./git.js";
export { runLint, planLint, relativeTo, type SourceFile, type RunOptions, type RunOutcome, type FixedFile, type LintPlan } from "./run.js";
export { FORMATTERS, FORMAT_NAMES, wantsColor, type Formatter, type FormatterContext } from "./formatters/index.js";
export { RULES, RULE_IDS } from "./rules/index.js";
export { ruleTable } from "./docs.js";
export { lintInWorkers, startLintPool, type PreparedFile, type PrepareOptions } from "./parallel.js";
