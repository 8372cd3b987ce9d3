// A file adrkit could not read or parse: a VFile holding one fatal message, the shape every room reports.
import { VFile } from "vfile";
import type { Point } from "unist";

export interface FileFailure {
  path: string;
  file: VFile;
}

/** `place` defaults to nowhere in particular; `text` is kept as the file's value when the caller has it. */
export function fileFailure(path: string, reason: string, ruleId: string, { place, text }: { place?: Point; text?: string } = {}): FileFailure {
  const file = new VFile(text === undefined ? { path } : { path, value: text });
  const message = file.message(reason, { place, ruleId, source: "adrkit" });
  message.fatal = true;
  return { path, file };
}
