// The function a FileTask names, loaded once per thread: by the parse workers, and by the caller's thread for the
// small files it parses itself (parse-many.ts).
import type { Decision } from "../model/index.js";
import type { FileTask } from "./transfer.js";

export type FileTaskFunction = (decision: Decision, input: unknown) => unknown;

const tasks = new Map<string, Promise<FileTaskFunction>>();

export function taskFunction(task: FileTask): Promise<FileTaskFunction> {
  const name = task.name ?? "default";
  const key = `${task.module}#${name}`;
  let found = tasks.get(key);
  if (!found) {
    found = import(task.module).then((mod: Record<string, unknown>) => {
      const fn = mod[name];
      if (typeof fn !== "function") throw new Error(`${task.module} has no function '${name}'`);
      return fn as FileTaskFunction;
    });
    tasks.set(key, found);
  }
  return found;
}
