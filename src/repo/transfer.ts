// Moves a Decision across a worker boundary: VFile and its messages do not survive structured clone, so they travel as plain data.
import { VFile } from "vfile";
import type { Point, Position } from "unist";
import type { Decision } from "../model/index.js";
import type { ParseOptions } from "../parse/index.js";

/** A VFile message as plain data (structured clone keeps only `message` and `stack` of an Error). */
export interface PlainMessage {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  url?: string;
  note?: string;
  actual?: string;
  expected?: string[];
}

/** A Decision without its VFile; `tree` and section nodes are plain objects and clone as they are. */
export type PlainDecision = Omit<Decision, "file">;

export function plainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((m) => {
    const plain: PlainMessage = { reason: m.reason, place: m.place, ruleId: m.ruleId, source: m.source, fatal: m.fatal };
    if (m.url) plain.url = m.url;
    if (m.note) plain.note = m.note;
    if (m.actual !== undefined) plain.actual = m.actual;
    if (m.expected !== undefined) plain.expected = m.expected;
    return plain;
  });
}

export function plainDecision(decision: Decision): PlainDecision {
  const { file: _file, ...rest } = decision;
  return rest;
}

/** Re-creates the VFile on this side: same path, the text the caller already holds, the same messages in order. */
export function rebuildFile(path: string, text: string, messages: readonly PlainMessage[]): VFile {
  const file = new VFile({ path, value: text });
  for (const m of messages) {
    const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
    message.fatal = m.fatal;
    if (m.url) message.url = m.url;
    if (m.note) message.note = m.note;
    if (m.actual !== undefined) message.actual = m.actual;
    if (m.expected !== undefined) message.expected = m.expected;
  }
  return file;
}

export function rebuildDecision(plain: PlainDecision, text: string, messages: readonly PlainMessage[]): Decision {
  return { ...plain, file: rebuildFile(plain.path, text, messages) };
}

/** A caller's function run in the worker on each parsed Decision: `module` is an importable URL, `name` its export. */
export interface FileTask {
  module: string;
  name?: string;
  /** Structured-cloneable input handed to the function with each Decision (e.g. the lint config). */
  input?: unknown;
}

/** What a job sends back: the whole Decision, or only its file messages (and the task's result) when trees are not needed. */
export type Keep = "decision" | "file";

export interface WorkerJob {
  id: number;
  path: string;
  text: string;
  parse?: ParseOptions;
  task?: FileTask;
  keep?: Keep;
}

export type WorkerReply =
  | { id: number; ok: true; messages: PlainMessage[]; taskResult?: unknown; decision?: PlainDecision }
  | { id: number; ok: false; error: string };
