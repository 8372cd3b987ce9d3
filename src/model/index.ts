// The model room: types, the status vocabulary, the section alias table.
export * from "./decision.js";
export * from "./status.js";
export * from "./sections.js";
export * from "./date.js";
