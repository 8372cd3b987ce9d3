// The parse room: bytes to Decision.
export { parseDecision, emptyDecision, numberFromName } from "./decision.js";
export type { ParseOptions, Limits } from "./limits.js";
export { DEFAULT_LIMITS } from "./limits.js";
export { fileFailure, type FileFailure } from "./failure.js";
