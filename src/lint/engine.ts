// Runs rules over decisions: per-file rules one decision at a time, repository rules over the whole log.
import { VFile } from "vfile";
import { VFileMessage, type Options as MessageOptions } from "vfile-message";
import type { Node, Point, Position } from "unist";
import type { Decision } from "../model/index.js";
import { resolveLintConfig, rulesFor, type LintConfig, type ResolvedLintConfig, type RuleEntry } from "./config.js";
import { suppressor, type Suppressor } from "./inline.js";
import { madeFromFacts } from "./facts.js";
import type { DecisionRule, Fix, Place, Report, RepositoryRule, Rule, SinceContext } from "./types.js";

/** A finding: a vfile message (`fatal` true = error, false = warning) that may carry a mechanical fix. */
export interface LintMessage extends VFileMessage {
  messageId?: string;
  fix?: Fix[];
}

export interface LintResult {
  /** The file's path as the decision names it (relative to the repository root when loaded from a log). */
  filePath: string;
  /** The file's text; its `messages` are this result's findings, sorted by place. */
  file: VFile;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  decision?: Decision;
  /** The fixed text, when `--fix` changed the file. */
  output?: string;
}

/** A file that could not be read or parsed: its fatal message says why. */
export interface LoadFailure {
  path: string;
  file: VFile;
}

export interface LintOptions {
  /** The date rules compare against (YYYY-MM-DD); defaults to today in UTC. */
  today?: string;
  /** False ignores `<!-- adrkit-disable ... -->` comments (`--no-inline-config`). */
  inlineConfig?: boolean;
  /** Set with `--since <git-ref>`. */
  since?: SinceContext;
  /** Files that failed to load; each becomes a result holding its fatal message. */
  failures?: readonly LoadFailure[];
}

export const SOURCE = "adrkit";

/** A rule threw: an internal error (exit 2), named by rule and file. */
export class LintRuleError extends Error {
  override name = "LintRuleError";
  constructor(readonly ruleId: string, readonly filePath: string, cause: unknown) {
    super(`rule ${ruleId} failed on ${filePath}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isResolved(config: LintConfig | ResolvedLintConfig | undefined): config is ResolvedLintConfig {
  return config !== undefined && "base" in config && (config as ResolvedLintConfig).base instanceof Map;
}

/** Lints a set of decisions: the library's one call. Ignored files are left out; failures become results. */
export function lint(
  decisions: readonly Decision[],
  config: LintConfig | ResolvedLintConfig = {},
  options: LintOptions = {},
): LintResult[] {
  const resolved = isResolved(config) ? config : resolveLintConfig(config);
  const kept = decisions.filter((d) => !resolved.isIgnored(d.path));
  const fromRepository = lintRepository(kept, resolved, options);
  const results = kept.map((d) => addMessages(lintDecision(d, resolved, options), fromRepository.get(d) ?? []));
  for (const failure of options.failures ?? []) {
    if (!resolved.isIgnored(failure.path)) results.push(failureResult(failure));
  }
  return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/** Runs the per-file rules on one decision (with its parse problems); safe to run in a worker. */
export function lintDecision(decision: Decision, resolved: ResolvedLintConfig, options: LintOptions = {}): LintResult {
  const file = new VFile({ path: decision.path, value: String(decision.file.value ?? "") });
  const messages: LintMessage[] = decision.file.messages.map(copyParseMessage);
  // A file adrkit could not read as written (refused front matter, binary, empty) gets its one parse
  // message, not a finding for every section the rules then cannot find.
  if (messages.some((m) => m.fatal === true)) return finish({ filePath: decision.path, file, messages, decision });
  const inline = suppressorFor(decision, options);
  const base = baseContext(resolved, options);
  for (const [id, entry] of rulesFor(resolved, decision)) {
    const rule = resolved.rules.get(id);
    if (!rule || rule.meta.scope !== "decision") continue;
    const report = (r: Report): void => {
      const message = toMessage(rule, entry, decision, r, inline);
      if (message) messages.push(message);
    };
    try {
      (rule as DecisionRule<any>).check({ today: base.today, statuses: base.statuses, since: base.since, options: entry.options, decision, report });
    } catch (error) {
      throw new LintRuleError(id, decision.path, error);
    }
  }
  return finish({ filePath: decision.path, file, messages, decision });
}

/** Runs the repository rules over the whole log; returns each decision's findings. */
export function lintRepository(
  decisions: readonly Decision[],
  resolved: ResolvedLintConfig,
  options: LintOptions = {},
): Map<Decision, LintMessage[]> {
  const found = new Map<Decision, LintMessage[]>();
  const inline = new Map<Decision, Suppressor | null>();
  const perDecision = new Map(decisions.map((d) => [d, rulesFor(resolved, d)] as const));
  const base = baseContext(resolved, options);
  for (const [id, rule] of resolved.rules) {
    if (rule.meta.scope !== "repository") continue;
    const enabled = [...perDecision.values()].some((rules) => rules.has(id));
    if (!enabled) continue;
    const baseEntry = resolved.base.get(id) ?? [...perDecision.values()].find((r) => r.has(id))!.get(id)!;
    const report = (decision: Decision, r: Report): void => {
      const entry = perDecision.get(decision)?.get(id);
      if (!entry) return; // off for this file, or a decision outside the linted set
      if (!inline.has(decision)) inline.set(decision, suppressorFor(decision, options));
      const message = toMessage(rule, entry, decision, r, inline.get(decision) ?? null);
      if (message) found.set(decision, [...(found.get(decision) ?? []), message]);
    };
    try {
      (rule as RepositoryRule<any>).check({ today: base.today, statuses: base.statuses, since: base.since, options: baseEntry.options, decisions, report });
    } catch (error) {
      throw new LintRuleError(id, "the decision log", error);
    }
  }
  return found;
}

/**
 * The file's inline directives, or null when they are ignored or the text names none (most files). A Decision
 * made from cached facts has only its directives for a tree: it is read directly, not its text.
 */
function suppressorFor(decision: Decision, options: LintOptions): Suppressor | null {
  if (options.inlineConfig === false) return null;
  if (!madeFromFacts(decision) && !String(decision.file.value ?? "").includes("adrkit-")) return null;
  return suppressor(decision.tree);
}

/** Adds findings (from repository rules or a cache) to a result and recounts. */
export function addMessages(result: LintResult, messages: readonly LintMessage[]): LintResult {
  if (messages.length === 0) return result;
  const { filePath, file, decision, output } = result;
  return finish({ filePath, file, messages: [...result.messages, ...messages], decision, output });
}

export function failureResult(failure: LoadFailure): LintResult {
  const messages = failure.file.messages.map(copyParseMessage);
  return finish({ filePath: failure.path, file: new VFile({ path: failure.path, value: String(failure.file.value ?? "") }), messages });
}

/** Sorts messages by place, attaches them to the file and counts them. */
export function finish(partial: Pick<LintResult, "filePath" | "file" | "messages"> & Partial<LintResult>): LintResult {
  // Most lists arrive in order (a file's own findings, and no whole-log ones): checked in one pass, not sorted.
  const messages = [...partial.messages];
  for (let i = 1; i < messages.length; i++) {
    if (byPlace(messages[i - 1], messages[i]) > 0) {
      messages.sort(byPlace);
      break;
    }
  }
  partial.file.messages = messages;
  // Written out field by field: a spread of `partial` plus the counts takes V8's slow path (see baseContext).
  const result: LintResult = { filePath: partial.filePath, file: partial.file, messages, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  if (partial.decision !== undefined) result.decision = partial.decision;
  if (partial.output !== undefined) result.output = partial.output;
  for (const m of messages) {
    const fixable = (m.fix?.length ?? 0) > 0;
    if (m.fatal === true) {
      result.errorCount++;
      if (fixable) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (fixable) result.fixableWarningCount++;
    }
  }
  return result;
}

/**
 * What every rule's context shares. Each context is then written out as one object literal: spreading this object
 * into it (`{ ...base, decision }`) cost about 6 µs a rule on Node 20, over 100 ms in a lint of 1,000 ADRs.
 */
function baseContext(resolved: ResolvedLintConfig, options: LintOptions): { today: string; statuses: readonly string[]; since: LintOptions["since"] } {
  return { today: options.today ?? todayIso(), statuses: resolved.statuses, since: options.since };
}

/** Message text from the rule's template: `{{name}}` replaced by data, unknown names left visible. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

function toMessage(
  rule: Rule,
  entry: RuleEntry,
  decision: Decision,
  report: Report,
  inline: Suppressor | null,
): LintMessage | null {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) {
    throw new LintRuleError(rule.meta.id, decision.path, new Error(`reported unknown messageId "${report.messageId}"`));
  }
  const place = placeOf(report.place) ?? decision.titlePosition ?? { line: 1, column: 1 };
  const start = "start" in place ? place.start : place;
  if (inline?.isDisabled(rule.meta.id, start.line, start.column)) return null;
  const message = newMessage(formatMessage(template, report.data), {
    place,
    ruleId: rule.meta.id,
    source: SOURCE,
  });
  message.file = decision.path;
  message.fatal = entry.severity === "error";
  message.url = rule.meta.url;
  message.messageId = report.messageId;
  if (report.fix) message.fix = [report.fix].flat();
  return message;
}

function placeOf(place: Place): Point | Position | undefined {
  if (!place) return undefined;
  if ("line" in place && "column" in place) return place as Point;
  if ("start" in place && "end" in place) return place as Position;
  return (place as Node).position;
}

/**
 * A VFileMessage is an Error, so constructing one captures a stack trace, which vfile-message then replaces
 * with "". Not capturing it at all is most of a finding's cost.
 */
export function newMessage(reason: string, options: MessageOptions): LintMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new VFileMessage(reason, options) as LintMessage;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * newMessage for a message rebuilt from the cache, ~40,000 of them in a run over 10,000 ADRs: the same object
 * vfile-message's constructor makes (an Error with VFileMessage's prototype, the same own properties in the same
 * order; tests/lint/cache-message.test.ts compares the two), without its argument handling. Call with
 * Error.stackTraceLimit at 0.
 */
export function cachedMessage(reason: string, place: Point | Position | undefined, ruleId: string | undefined, source: string | undefined): LintMessage {
  const m = Reflect.construct(Error, [], VFileMessage) as LintMessage;
  const start = place && "start" in place ? place.start : place;
  m.ancestors = undefined;
  m.cause = undefined;
  m.column = start ? start.column : undefined;
  m.fatal = undefined;
  m.file = "";
  m.message = reason;
  m.line = start ? start.line : undefined;
  // unist-util-stringify-position's form, as the constructor writes it.
  m.name = !place ? "1:1" : "start" in place ? `${index(place.start.line)}:${index(place.start.column)}-${index(place.end.line)}:${index(place.end.column)}` : `${index(place.line)}:${index(place.column)}`;
  m.place = place;
  m.reason = reason;
  m.ruleId = ruleId;
  m.source = source;
  m.stack = "";
  m.actual = undefined;
  m.expected = undefined;
  m.note = undefined;
  m.url = undefined;
  return m;
}

function index(value: number | undefined): number {
  return value && typeof value === "number" ? value : 1;
}

function copyParseMessage(original: VFileMessage): LintMessage {
  const message = newMessage(original.reason, {
    place: original.place ?? undefined,
    ruleId: original.ruleId ?? "parse/error",
    source: original.source ?? SOURCE,
  });
  message.file = original.file;
  // A parser warning stays a warning; everything else the parser reports is an error.
  message.fatal = original.fatal !== false;
  if (original.url) message.url = original.url;
  return message;
}

/** Start and end of a message's place (end falls back to the start). */
export function rangeOf(message: VFileMessage): { line: number; column: number; endLine: number; endColumn: number } {
  const place = message.place;
  // Without an end, the end is the start.
  const end = place && "end" in place ? place.end : undefined;
  const line = startLine(message);
  const column = startColumn(message);
  return { line, column, endLine: end?.line ?? line, endColumn: end?.column ?? column };
}

/** The line a message's place starts on (the message's own line without a place, else 1), building nothing. */
export function startLine(message: VFileMessage): number {
  const place = message.place;
  return (place && "start" in place ? place.start : place)?.line ?? message.line ?? 1;
}

/** The column a message's place starts at, as startLine. */
export function startColumn(message: VFileMessage): number {
  const place = message.place;
  return (place && "start" in place ? place.start : place)?.column ?? message.column ?? 1;
}

/**
 * A result's findings in place order, read one field at a time: what a formatter needs of each finding, without
 * the finding's message object. A result whose findings all come from the cache offers one under FINDINGS
 * (run.ts), and 40,000 cached findings are then never built into messages for a stylish report.
 */
export interface FindingsView {
  readonly length: number;
  line(i: number): number;
  column(i: number): number;
  reason(i: number): string;
  fatal(i: number): boolean;
  ruleId(i: number): string | undefined;
}

/** Where a result may keep a FindingsView of its findings (not enumerable: not part of the result's data). */
export const FINDINGS: unique symbol = Symbol("adrkit.findings");

/** The result's findings as a view: the one it offers, or one over its messages. */
export function findingsOf(result: LintResult): FindingsView {
  return (result as LintResult & { [FINDINGS]?: FindingsView })[FINDINGS] ?? new MessagesView(result.messages);
}

class MessagesView implements FindingsView {
  constructor(private readonly messages: readonly LintMessage[]) {}

  get length(): number {
    return this.messages.length;
  }

  line(i: number): number {
    return startLine(this.messages[i]);
  }

  column(i: number): number {
    return startColumn(this.messages[i]);
  }

  reason(i: number): string {
    return this.messages[i].reason;
  }

  fatal(i: number): boolean {
    return this.messages[i].fatal === true;
  }

  ruleId(i: number): string | undefined {
    return this.messages[i].ruleId ?? undefined;
  }
}

/** By start line, then column, then rule id. */
function byPlace(a: VFileMessage, b: VFileMessage): number {
  return placeOrder(startLine(a), startColumn(a), a.ruleId, startLine(b), startColumn(b), b.ruleId);
}

/**
 * `finish`'s order of two findings given by where they start and their rule ids: by line, then column, then rule
 * id. The cache's merge of packed findings (cache.ts) orders by it too, so the two cannot drift apart.
 */
export function placeOrder(aLine: number, aColumn: number, aRule: string | null | undefined, bLine: number, bColumn: number, bRule: string | null | undefined): number {
  return aLine - bLine || aColumn - bColumn || String(aRule).localeCompare(String(bRule));
}
