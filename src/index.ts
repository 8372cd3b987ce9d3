// adrkit's public library API. The CLI is a thin shell over these.
export * from "./model/index.js";
export * from "./parse/index.js";
export * from "./repo/index.js";
export * from "./scaffold/index.js";
export * from "./lint/index.js";
export * from "./render/index.js";
export * from "./migrate/index.js";
export * from "./interop/index.js";
