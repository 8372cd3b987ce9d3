// The contract between the lint engine and its rules (shape follows ESLint's rule meta).
import type { Node, Position, Point } from "unist";
import type { Decision } from "../model/index.js";

export type Severity = "off" | "warn" | "error";

export interface RuleMeta {
  /** Stable id, also the file name: `src/lint/rules/<id>.ts`. Part of the public interface. */
  id: string;
  type: "problem" | "suggestion";
  description: string;
  /** Severity in the `recommended` preset. */
  severity: "warn" | "error";
  /** Documentation anchor in the README's rule table. */
  url: string;
  /** Message templates keyed by id, with `{{placeholder}}`s. Rules report by id, never free text. */
  messages: Record<string, string>;
  /** True when the rule offers mechanical, safe fixes for `--fix`. */
  fixable: boolean;
  /** JSON Schema of the rule's options object (null when it takes none). */
  schema: Record<string, unknown> | null;
  /** Default option values. */
  defaultOptions?: Record<string, unknown>;
  /** `decision` rules see one ADR at a time; `repository` rules see the whole log at once. */
  scope: "decision" | "repository";
}

/** A text patch on the original file: replace `[start, end)` (UTF-16 offsets into file.value) with `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export type Place = Node | Position | Point | undefined;

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where the problem is: a node, a position, or a point. Defaults to the title (or line 1). */
  place?: Place;
  fix?: Fix | Fix[];
}

export interface RuleContextBase<Options> {
  options: Options;
  /** The date rules compare against (ISO YYYY-MM-DD), pinned with `--today`. */
  today: string;
  /** The configured status vocabulary. */
  statuses: readonly string[];
  /**
   * With `--since <git-ref>`: the text of a file at that ref (path relative to the repo root, as in
   * `decision.path`), or null when the file did not exist there. Undefined when no ref was given.
   */
  since?: SinceContext;
}

export interface SinceContext {
  ref: string;
  textAt(path: string): string | null;
}

/** Where each rule's documentation lives: its row in the README's rule table. */
export const RULE_DOCS_BASE = "https://github.com/adrkit/adrkit";

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}#${id}`;
}

export interface DecisionRuleContext<Options = Record<string, unknown>> extends RuleContextBase<Options> {
  decision: Decision;
  report(report: Report): void;
}

export interface RepositoryRuleContext<Options = Record<string, unknown>> extends RuleContextBase<Options> {
  decisions: readonly Decision[];
  report(decision: Decision, report: Report): void;
}

export interface DecisionRule<Options = Record<string, unknown>> {
  meta: RuleMeta & { scope: "decision" };
  check(context: DecisionRuleContext<Options>): void;
}

export interface RepositoryRule<Options = Record<string, unknown>> {
  meta: RuleMeta & { scope: "repository" };
  check(context: RepositoryRuleContext<Options>): void;
}

export type Rule = DecisionRule<any> | RepositoryRule<any>;
