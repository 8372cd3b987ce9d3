// The function a FileTask names, loaded once per thread: by the parse workers, and by the caller's thread for the
// small files it parses itself (parse-many.ts).
import type { Decision } from "../model/index.js";
import type { FileTask } from "./transfer.js";

export type FileTaskFunction = (decision: Decision, input: unknown) => unknown;

const tasks = new Map<string, Promise<FileTaskFunction>>();
const local = new Map<string, () => Promise<Record<string, unknown>>>();

/**
 * How this thread loads the module at `moduleUrl` itself, instead of importing the URL: the bundled CLI (one
 * CommonJS script, see cli/program-loader.ts) holds the task's code already and cannot `import()` a URL; a worker
 * still imports the URL.
 */
export function loadTaskHere(moduleUrl: string, load: () => Promise<Record<string, unknown>>): void {
  local.set(moduleUrl, load);
}

export function taskFunction(task: FileTask): Promise<FileTaskFunction> {
  const name = task.name ?? "default";
  const key = `${task.module}#${name}`;
  let found = tasks.get(key);
  if (!found) {
    const load = local.get(task.module) ?? (() => import(task.module) as Promise<Record<string, unknown>>);
    found = load().then((mod: Record<string, unknown>) => {
      const fn = mod[name];
      if (typeof fn !== "function") throw new Error(`${task.module} has no function '${name}'`);
      return fn as FileTaskFunction;
    });
    tasks.set(key, found);
  }
  return found;
}
