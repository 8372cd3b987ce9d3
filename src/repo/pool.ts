// Parses ADRs in worker threads, each file within a time and memory budget; a stuck or exhausted worker is replaced.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { VFile } from "vfile";
import type { Decision } from "../model/index.js";
import { DEFAULT_LIMITS, type ParseOptions } from "../parse/limits.js";
import { rebuildDecision, rebuildFile, type FileTask, type Keep, type WorkerJob, type WorkerReply } from "./transfer.js";

export type { FileTask, Keep } from "./transfer.js";

export interface PoolOptions {
  /** Worker threads (default: min(2, cores)). */
  concurrency?: number;
  /** Time budget for one file, in ms (default limits.parseTimeoutMs). */
  parseTimeoutMs?: number;
  /** Heap limit of one worker, in MB (default limits.maxParseMemoryMb). */
  maxParseMemoryMb?: number;
  /** Modules (URLs) each worker imports before it reports ready, e.g. a task's module, so no file waits for them. */
  preload?: readonly string[];
}

export interface PoolJob {
  /** The path shown in messages and kept on the Decision. */
  path: string;
  text: string;
  parse?: ParseOptions;
  /** A function to run in the worker on the parsed Decision (e.g. the lint engine's per-file rules). */
  task?: FileTask;
  /** "decision" (default) sends the whole Decision back; "file" only its messages and the task's result. */
  keep?: Keep;
}

/** The outcome of one file: `failed` is set when the worker could not finish it (time, memory, crash). */
export interface PoolResult {
  file: VFile;
  decision?: Decision;
  taskResult?: unknown;
  failed?: "timeout" | "memory" | "crash" | "task";
}

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * For work done on this thread while a pool runs beside it: each call pauses for one turn of the event loop once
 * `everyMs` have passed since the last pause. The workers' time budgets are this thread's timers, and they must
 * not wait behind a thousand files parsed here.
 */
export function pauseForPool(everyMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since <= everyMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

function workerUrl(): URL {
  const compiled = new URL("./parse-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return compiled;
  // Under vitest these sources run as .ts, which a worker cannot load; `npm test` builds dist/ first.
  return new URL("../../dist/repo/parse-worker.js", import.meta.url);
}

interface Pending {
  job: WorkerJob;
  resolve: (result: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Jobs sent to this worker, in the order it runs them; the first is running, its clock is `timer`. */
  inFlight: Pending[];
  timer?: NodeJS.Timeout;
}

/**
 * Jobs sent ahead to each worker. With one job at a time, a worker sat idle for every round trip through the
 * main thread (reply, dispatch, next message): linting 1,000 ADRs with one worker took 7.3 s that way, 5.1 s
 * with four sent ahead. A worker runs its jobs one after another, so only the first of them is on the clock.
 */
const PIPELINE_DEPTH = 4;

export class ParsePool {
  readonly size: number;
  readonly timeoutMs: number;
  readonly memoryMb: number;
  private readonly preload: readonly string[];
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private startupFailures = 0;
  private closed = false;
  private readonly waiting: Array<() => void> = [];

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.concurrency ?? defaultConcurrency()));
    this.timeoutMs = options.parseTimeoutMs ?? DEFAULT_LIMITS.parseTimeoutMs;
    this.memoryMb = options.maxParseMemoryMb ?? DEFAULT_LIMITS.maxParseMemoryMb;
    this.preload = options.preload ?? [];
  }

  /** Workers started and not yet stopped. */
  get workers(): number {
    return this.slots.size;
  }

  /** Resolves once no worker of the pool is still starting (each is ready, or gone). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.checkSettled();
    });
  }

  private checkSettled(): void {
    if (this.waiting.length === 0 || [...this.slots].some((slot) => !slot.ready && !slot.dead)) return;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /**
   * Starts workers now rather than at the first job (all of them, or `count` at most): a caller that will send
   * files can let the workers load their modules while it reads the files.
   */
  start(count = this.size): this {
    while (!this.closed && this.slots.size < Math.min(count, this.size)) this.spawn();
    return this;
  }

  /** Parses one file in a worker; never rejects: every problem becomes a fatal message on the result's file. */
  run(job: PoolJob): Promise<PoolResult> {
    if (this.closed) throw new Error("the parse pool is closed");
    return new Promise((resolve) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve });
      this.pump();
    });
  }

  /** Stops every worker; jobs still queued are not run. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.slots].map((slot) => {
      slot.dead = true;
      clearTimeout(slot.timer);
      return slot.worker.terminate();
    });
    this.slots.clear();
    this.checkSettled();
    await Promise.all(workers);
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.ready && !slot.dead && slot.inFlight.length < PIPELINE_DEPTH && this.queue.length > 0) this.dispatch(slot, this.queue.shift()!);
    }
    // One new worker per queued job that no starting worker will take.
    let starting = [...this.slots].filter((s) => !s.ready).length;
    while (!this.closed && this.queue.length > starting && this.slots.size < this.size) {
      this.spawn();
      starting++;
    }
  }

  private spawn(): void {
    const options = {
      // The young generation: below 16 MB, the half-built tree of the file being parsed outlives the scavenges
      // and is copied into the old generation, which then needs collecting too. Linting 10,000 ADRs with two
      // workers took 40 s at 12 MB and 28-34 s at 16 MB (about 285 MB peak RSS; 24 MB and 48 MB were no faster).
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: Math.min(16, Math.max(4, this.memoryMb >> 4)) },
      workerData: { preload: this.preload },
      stdout: false,
      stderr: false,
    };
    let worker: Worker;
    try {
      // A worker inherits node's flags (a loader, say); `--input-type` (as in `node --input-type=module -e`) would
      // stop it loading a file.
      worker = new Worker(workerUrl(), { ...options, execArgv: process.execArgv.filter((flag) => !flag.startsWith("--input-type")) });
    } catch (error) {
      // Some of node's flags are refused in workers (`--expose-gc`, say): run the workers without the caller's flags.
      if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
      worker = new Worker(workerUrl(), { ...options, execArgv: [] });
    }
    const slot: Slot = { worker, ready: false, dead: false, inFlight: [] };
    this.slots.add(slot);
    worker.on("message", (reply: WorkerReply | { ready: true }) => {
      if ("ready" in reply) {
        slot.ready = true;
        this.startupFailures = 0;
        this.pump();
        this.checkSettled();
      } else this.finish(slot, reply);
    });
    worker.on("error", (error) => this.lose(slot, error));
    worker.on("exit", (code) => this.lose(slot, new Error(`the parse worker stopped (exit code ${code})`)));
  }

  private dispatch(slot: Slot, pending: Pending): void {
    slot.inFlight.push(pending);
    if (slot.inFlight.length === 1) this.startClock(slot);
    slot.worker.postMessage(pending.job);
  }

  /** The budget of the job a worker runs now: it starts when the job before it is answered (or at dispatch). */
  private startClock(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.timeOut(slot), this.timeoutMs);
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const pending = slot.inFlight[0];
    if (!pending || pending.job.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.inFlight.shift();
    if (slot.inFlight.length > 0) this.startClock(slot);
    const { job } = pending;
    if (reply.ok) {
      if (reply.decision) {
        const decision = rebuildDecision(reply.decision, job.text, reply.messages);
        pending.resolve({ file: decision.file, decision, taskResult: reply.taskResult });
      } else pending.resolve({ file: rebuildFile(job.path, job.text, reply.messages), taskResult: reply.taskResult });
    } else {
      pending.resolve(failed(job, `Checking the file failed: ${reply.error}`, "parse/internal", "task"));
    }
    this.pump();
  }

  private timeOut(slot: Slot): void {
    const pending = slot.inFlight[0];
    if (!pending || slot.dead) return;
    this.retire(slot);
    pending.resolve(
      failed(
        pending.job,
        `Parsing took longer than ${this.timeoutMs} ms: the file may be built to stall the Markdown parser; if it is a real ADR, raise limits.parseTimeoutMs in the config`,
        "parse/timeout",
        "timeout",
      ),
    );
    void slot.worker.terminate();
    this.pump();
  }

  private lose(slot: Slot, error: Error): void {
    if (slot.dead) return;
    this.retire(slot);
    const pending = slot.inFlight[0];
    if (pending) {
      const outOfMemory = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      pending.resolve(
        outOfMemory
          ? failed(pending.job, `Parsing needed more than ${this.memoryMb} MB of memory: if it is a real ADR, raise limits.maxParseMemoryMb in the config`, "parse/memory", "memory")
          : failed(pending.job, `Parsing stopped: ${error.message}`, "parse/internal", "crash"),
      );
    } else if (!slot.ready && ++this.startupFailures >= 3) {
      // A worker that cannot even start will not start next time either: fail the queue instead of looping.
      for (const p of this.queue.splice(0)) p.resolve(failed(p.job, `Cannot start a parse worker: ${error.message}`, "parse/internal", "crash"));
    }
    this.pump();
  }

  /**
   * Takes a worker out of the pool. The job it was running is the caller's to answer; the jobs sent after it never
   * started, so they go back to the front of the queue for another worker.
   */
  private retire(slot: Slot): void {
    slot.dead = true;
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    this.queue.unshift(...slot.inFlight.slice(1));
    this.checkSettled();
  }
}

function failed(job: WorkerJob, reason: string, ruleId: string, kind: PoolResult["failed"]): PoolResult {
  const file = rebuildFile(job.path, job.text, [{ reason, ruleId, source: "adrkit", fatal: true, place: { line: 1, column: 1 } }]);
  return { file, failed: kind };
}
