// A unified diff of two texts, for `--fix-dry-run`: line-based, three lines of context, like `diff -u`.

interface Edit {
  kind: " " | "-" | "+";
  line: string;
}

/** `--- a/path` / `+++ b/path` and hunks; an empty string when the texts are equal. */
export function unifiedDiff(filePath: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  // Fixes are local: diff only the middle that differs, so a large file costs little.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const edits: Edit[] = [
    ...a.slice(0, prefix).map((line) => ({ kind: " " as const, line })),
    ...middle(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)),
    ...a.slice(a.length - suffix).map((line) => ({ kind: " " as const, line })),
  ];
  return `--- a/${filePath}\n+++ b/${filePath}\n${hunks(edits, context)}`;
}

function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length && lines[lines.length - 1] === "" ? lines.slice(0, -1) : lines;
}

/** Longest common subsequence over the changed middle. */
function middle(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return [...a.map((line) => ({ kind: "-" as const, line })), ...b.map((line) => ({ kind: "+" as const, line }))];
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      edits.push({ kind: " ", line: a[i++] });
      j++;
    } else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) edits.push({ kind: "-", line: a[i++] });
    else edits.push({ kind: "+", line: b[j++] });
  }
  return edits;
}

function hunks(edits: Edit[], context: number): string {
  const changed = edits.map((e, index) => (e.kind === " " ? -1 : index)).filter((index) => index >= 0);
  let out = "";
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - context);
    let end = changed[k];
    while (k < changed.length && changed[k] <= end + 2 * context) end = changed[k++];
    const stop = Math.min(edits.length, end + context + 1);
    const before = edits.slice(0, start);
    const oldStart = before.filter((e) => e.kind !== "+").length + 1;
    const newStart = before.filter((e) => e.kind !== "-").length + 1;
    const body = edits.slice(start, stop);
    const oldCount = body.filter((e) => e.kind !== "+").length;
    const newCount = body.filter((e) => e.kind !== "-").length;
    out += `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`;
    for (const e of body) {
      out += e.kind + (e.line.endsWith("\n") ? e.line : `${e.line}\n\\ No newline at end of file\n`);
    }
  }
  return out;
}
