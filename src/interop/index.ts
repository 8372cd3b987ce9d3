// The interop room: exchange a decision log with other tools as json-adr.
export * from "./json-adr.js";
export { readJsonAdr, recordToText, planImport, fileNameFor, ImportError, type PlannedFile } from "./import.js";
