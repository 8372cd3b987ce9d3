// The scaffold room's public API.
export * from "./template.js";
export * from "./new.js";
export * from "./init.js";
export { FIRST_DECISION_TITLE } from "./first-decision.js";
