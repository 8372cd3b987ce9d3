// The repo room's public API.
export * from "./load.js";
export { ParsePool, defaultConcurrency, type PoolOptions, type PoolJob, type PoolResult, type FileTask, type Keep } from "./pool.js";
export { needsWorker } from "./screen.js";
