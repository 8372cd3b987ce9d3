// Worker thread entry: parses the ADRs the pool sends, and runs a caller's per-file task (e.g. lint rules) beside the parse.
import { parentPort, workerData } from "node:worker_threads";
import { parseDecision } from "../parse/index.js";
import { plainDecision, plainMessages, type WorkerJob, type WorkerReply } from "./transfer.js";
import { taskFunction } from "./task.js";

const WARM_UP = "---\nstatus: accepted\ndate: 2026-01-31\n---\n# 1. Warm up\n\n## Context\n\n* **a** [b](c.md) `d`\n\n| e | f |\n|---|---|\n| g | h |\n";

async function runJob(job: WorkerJob): Promise<WorkerReply> {
  const decision = parseDecision(job.text, job.path, job.parse);
  let taskResult: unknown;
  if (job.task) {
    const fn = await taskFunction(job.task);
    taskResult = await fn(decision, job.task.input);
  }
  const messages = plainMessages(decision.file);
  return job.keep === "file"
    ? { id: job.id, ok: true, messages, taskResult }
    : { id: job.id, ok: true, messages, taskResult, decision: plainDecision(decision) };
}

const port = parentPort;
if (port) {
  // The pool sends a few jobs ahead; they run one after another, in order, so that only the running one is on
  // the pool's clock and the replies come back in the order the jobs were sent.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (job: WorkerJob) => {
    queue = queue.then(() =>
      runJob(job).then(
        (reply) => port.postMessage(reply),
        (error: unknown) => port.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
      ),
    );
  });
  // The pool starts a file's clock only once the parser is loaded and its code compiled (one small parse), so a
  // fresh worker's first file, often the one after a stalled file, is not charged for warming up.
  parseDecision(WARM_UP, "warm-up.md");
  port.postMessage({ ready: true });
  // A task's modules (the lint rules) load next, beside the first parse: a file that stalls the parser is on
  // its clock that much sooner, and the first job waits for them only if its parse ends first. A module that
  // fails to load fails the jobs that run its task (runJob imports it again).
  const preload = (workerData as { preload?: string[] } | null)?.preload ?? [];
  for (const url of preload) import(url).catch(() => undefined);
}
