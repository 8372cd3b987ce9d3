// Plans the fix for duplicate ADR numbers left by merged branches: new numbers, renames, rewritten links.
import { numberFromFileName, padNumber } from "./numbering.js";

export interface NumberedFile {
  /** File name inside the ADR directory (or a path relative to it, with `/`). */
  name: string;
  number: number | null;
  /** ISO date of the decision, when known. */
  date: string | null;
  text: string;
}

export interface Rename {
  from: string;
  to: string;
  oldNumber: number;
  newNumber: number;
}

export interface RenumberPlan {
  renames: Rename[];
  /** New text for every file whose bytes change (renamed files under their old name). */
  rewrites: Map<string, string>;
  /** Files whose front matter names a duplicated number, which cannot say which of the duplicates it means. */
  ambiguous: { name: string; number: number }[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The new file name: the number prefix swapped, the width of the old prefix kept (at least four digits). */
function renamedFile(name: string, newNumber: number): string {
  const slash = name.lastIndexOf("/");
  const dir = name.slice(0, slash + 1);
  const base = name.slice(slash + 1);
  return dir + base.replace(/^((?:adr[-_ ]?)?)(\d+)/i, (_, prefix: string, digits: string) =>
    prefix + String(newNumber).padStart(Math.max(4, digits.length), "0"));
}

/**
 * Keeps each duplicated number on its earliest file (by date, then by name) and gives every later duplicate
 * the next free number. Every Markdown link to a renamed file is rewritten in every file, and so is the
 * number in its link text (`[12. Title]`, `[ADR-0012]`) and the renamed file's own `# 12. Title` heading.
 */
export function planRenumber(files: readonly NumberedFile[]): RenumberPlan {
  const byNumber = new Map<number, NumberedFile[]>();
  for (const file of files) {
    const n = file.number ?? numberFromFileName(file.name.slice(file.name.lastIndexOf("/") + 1));
    // Date-named files (log4brains' 20200926-x.md) share prefixes by design; they are not sequence numbers.
    if (n === null || n >= 100_000) continue;
    byNumber.set(n, [...(byNumber.get(n) ?? []), file]);
  }
  let next = Math.max(0, ...byNumber.keys()) + 1;
  const renames: Rename[] = [];
  for (const [number, group] of [...byNumber].sort((a, b) => a[0] - b[0])) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) =>
      (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.name.localeCompare(b.name));
    for (const later of ordered.slice(1)) {
      renames.push({ from: later.name, to: renamedFile(later.name, next), oldNumber: number, newNumber: next });
      next++;
    }
  }
  const rewrites = new Map<string, string>();
  const duplicated = new Set(renames.map((r) => r.oldNumber));
  const ambiguous: RenumberPlan["ambiguous"] = [];
  for (const file of files) {
    let text = file.text;
    for (const rename of renames) text = rewriteLinks(text, file.name, rename);
    const own = renames.find((r) => r.from === file.name);
    if (own) {
      text = text.replace(new RegExp(`^(\\ufeff?#[ \\t]+)${own.oldNumber}(\\.[ \\t])`, "m"), `$1${own.newNumber}$2`);
    }
    if (text !== file.text) rewrites.set(file.name, text);
    const fm = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1] ?? "";
    for (const n of duplicated) {
      const listed = new RegExp(`^(?:supersedes|superseded-by|amends|amended-by|relates-to)\\s*:.*\\b${n}\\b`, "m");
      const block = new RegExp(`^(?:supersedes|superseded-by|amends|amended-by|relates-to)\\s*:\\s*(?:\\r?\\n\\s*-\\s*\\d+)*\\r?\\n\\s*-\\s*${n}\\b`, "m");
      if (listed.test(fm) || block.test(fm)) ambiguous.push({ name: file.name, number: n });
    }
  }
  return { renames, rewrites, ambiguous };
}

/** Relative link target from `fromFile` to `toFile`, both relative to the ADR directory. */
function linkTarget(fromFile: string, toFile: string): string {
  const fromDir = fromFile.split("/").slice(0, -1);
  const to = toFile.split("/");
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common]) common++;
  return [...fromDir.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function rewriteLinks(text: string, fileName: string, rename: Rename): string {
  const oldTarget = linkTarget(fileName, rename.from);
  const newTarget = linkTarget(fileName, rename.to);
  const pattern = new RegExp(`\\[([^\\]\\n]*)\\]\\((\\.\\/)?${escapeRegExp(oldTarget)}((?:#[^)\\s]*)?\\))`, "g");
  return text.replace(pattern, (_, label: string, dot: string | undefined, rest: string) => {
    const newLabel = label
      .replace(new RegExp(`^(\\s*)${rename.oldNumber}(\\.)`), `$1${rename.newNumber}$2`)
      .replace(new RegExp(`^(\\s*ADR[- ]?)0*${rename.oldNumber}\\b`, "i"), (_m, p: string) => `${p}${padNumber(rename.newNumber)}`);
    return `[${newLabel}](${dot ?? ""}${newTarget}${rest}`;
  });
}
