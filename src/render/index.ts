// The render room's public API: decision log (Markdown, JSON, HTML, graph), stakeholder summary, review list.
export { indexLog, doorOf, fullTitle, numberLabel, type LogIndex, type Edge, type EdgeRelation, type DoorOrUnknown } from "./relations.js";
export { renderLogMarkdown, logTableTree, type LogMarkdownOptions } from "./log-markdown.js";
export { injectLog, injectBetweenMarkers, writeAtomic, InjectError, LOG_START_MARKER, LOG_END_MARKER, type InjectResult } from "./inject.js";
export { renderLogJson, logJson, LOG_SCHEMA_VERSION, type LogJson, type LogJsonDecision, type LogJsonFinding, type LogJsonOptions, type FindingMessage } from "./log-json.js";
export { renderLogHtml, type LogHtmlOptions } from "./log-html.js";
export { renderGraph, renderMermaid, renderDot, escapeMermaidLabel, escapeDotLabel, type GraphFormat, type GraphOptions } from "./graph-text.js";
export { buildDigest, plainSummary, costsOf, type Digest, type SummaryOptions } from "./digest.js";
export { renderSummaryMarkdown, summaryTree, type SummaryMarkdownOptions } from "./summary-markdown.js";
export { renderSummaryHtml } from "./summary-html.js";
export { dueForReview, renderReviewMarkdown, renderReviewJson, reviewTree, type ReviewItem, type ReviewOptions } from "./review.js";
export { parseDuration, daysBetween, addDays } from "./dates.js";
