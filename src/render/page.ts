// The shell of a self-contained HTML page: inline style and script, pinned by a Content-Security-Policy.
import { createHash } from "node:crypto";
import { attribute, element, textElement } from "./html-text.js";

export interface PageParts {
  title: string;
  css: string;
  /** Inline script, or null for a page without one. */
  js: string | null;
  /** The content of `<body>` as HTML text: sanitized bodies and our own markup only. */
  body: string;
}

function hash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The page as HTML text. The policy allows only our own inline style and script (by hash) and data: images:
 * even if ADR content slipped past the sanitizer, it could neither run script nor load anything.
 */
export function renderPage(parts: PageParts): string {
  const [open, close] = pageFrame(parts);
  return open + parts.body + close;
}

/** The text of the page before its body content and after it, for a page written in pieces. */
export function pageFrame(parts: Omit<PageParts, "body">): [string, string] {
  if (/<\//.test(parts.css) || (parts.js && /<\//.test(parts.js))) throw new Error("inline asset must not contain '</'");
  const policy = [
    "default-src 'none'",
    `style-src ${hash(parts.css)}`,
    `script-src ${parts.js ? hash(parts.js) : "'none'"}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy"${attribute("content", policy)}>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="adrkit">',
    textElement("title", "", parts.title),
    // Style and script text is not escaped (it cannot be, inside those elements): hence the `</` check above.
    element("style", "", parts.css),
  ].join("");
  const script = parts.js ? element("script", "", parts.js) : "";
  return [`<!doctype html><html lang="en">${element("head", "", head)}<body>`, `${script}</body></html>\n`];
}

/** Status colours shared by the page CSS, the graph and the charts. */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  accepted: "#2e7d32",
  proposed: "#b26a00",
  draft: "#757575",
  rejected: "#c62828",
  deprecated: "#6d4c41",
  superseded: "#6a1b9a",
  unknown: "#546e7a",
};

export function statusColor(status: string): string {
  return STATUS_COLORS[status] ?? STATUS_COLORS.unknown;
}

export const BASE_CSS = `
:root{--fg:#1d2127;--muted:#5b6470;--line:#d9dee5;--bg:#fff;--panel:#f5f7fa;--accent:#1f5fbf}
*{box-sizing:border-box}
[hidden]{display:none !important}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px 28px 64px}
header.page{border-bottom:1px solid var(--line);margin-bottom:16px}
header.page h1{margin:8px 0 4px;font-size:28px}
header.page p{margin:0 0 12px;color:var(--muted)}
nav.toc a{margin-right:16px}
a{color:var(--accent)}
h2{font-size:21px;margin:32px 0 12px;border-bottom:1px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
${Object.entries(STATUS_COLORS).map(([s, c]) => `.status-${s}{background:${c}}`).join("\n")}
.tag{display:inline-block;background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:0 6px;margin:0 4px 2px 0;font-size:12px}
.muted{color:var(--muted)}
.figure{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:8px;background:#fff}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
`;
