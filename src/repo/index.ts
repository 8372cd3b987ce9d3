// The repo room's public API.
export * from "./load.js";
