// The repo room's public API.
export * from "./load.js";
export * from "./config.js";
export * from "./atomic.js";
export * from "./numbering.js";
export * from "./slug.js";
export * from "./edit.js";
export { FrontMatterEditError, addFrontMatterListItem, setFrontMatterScalar, frontMatterValue, hasFrontMatter } from "./front-matter-edit.js";
export * from "./renumber.js";
export * from "./links.js";
export * from "./operations.js";
