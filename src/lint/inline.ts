// Inline control comments in an ADR: `<!-- adrkit-disable ... -->`, `adrkit-enable`, `adrkit-disable-next-line`.
import type { Root, RootContent } from "mdast";

export type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, or null for every rule. */
  rules: string[] | null;
  /** Why, from the text after ` -- `. */
  reason: string | null;
  line: number;
  column: number;
  endLine: number;
}

const COMMENT = /<!--\s*adrkit-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;

/** Reads every adrkit directive out of the HTML comment nodes of the tree, in document order. */
export function readDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === "html" && node.position) {
        for (const match of node.value.matchAll(COMMENT)) {
          const before = node.value.slice(0, match.index);
          const lineOffset = before.split("\n").length - 1;
          const column = lineOffset === 0 ? node.position.start.column + before.length : before.length - before.lastIndexOf("\n");
          const endLineOffset = lineOffset + match[0].split("\n").length - 1;
          const [ids, reason] = splitReason(match[2]);
          directives.push({
            kind: match[1] as DirectiveKind,
            rules: ids.length ? ids : null,
            reason,
            line: node.position.start.line + lineOffset,
            column,
            endLine: node.position.start.line + endLineOffset,
          });
        }
      }
      if ("children" in node && Array.isArray(node.children)) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return directives;
}

function splitReason(text: string): [string[], string | null] {
  const at = text.search(/\s--\s|\s--$/);
  const list = at === -1 ? text : text.slice(0, at);
  const reason = at === -1 ? null : text.slice(at).replace(/^\s*--\s*/, "").trim() || null;
  return [list.split(/[\s,]+/).filter(Boolean), reason];
}

/** True when directives before the first content node make a bare `adrkit-disable` cover the whole file. */
function leadingLine(tree: Root): number {
  const first = tree.children.find((n) => n.type !== "html" && n.type !== ("yaml" as string) && n.type !== ("toml" as string));
  return first?.position?.start.line ?? Number.POSITIVE_INFINITY;
}

export interface Suppressor {
  /** True when a message of this rule at this place is turned off by an inline comment. */
  isDisabled(ruleId: string, line: number, column: number): boolean;
  directives: readonly Directive[];
}

export function suppressor(tree: Root): Suppressor {
  const directives = readDirectives(tree);
  const firstContent = leadingLine(tree);
  const ranges = directives.filter((d) => d.kind === "disable" || d.kind === "enable");
  return {
    directives,
    isDisabled(ruleId, line, column) {
      for (const d of directives) {
        const named = d.rules === null || d.rules.includes(ruleId);
        if (!named) continue;
        if (d.kind === "disable-next-line" && line === d.endLine + 1) return true;
        if (d.kind === "disable-line" && line >= d.line && line <= d.endLine) return true;
      }
      let all = false;
      const byRule = new Map<string, boolean>();
      for (const d of ranges) {
        const atTop = d.kind === "disable" && d.rules === null && d.line < firstContent;
        const before = atTop || d.line < line || (d.line === line && d.column <= column);
        if (!before) break;
        if (d.rules === null) {
          all = d.kind === "disable";
          byRule.clear();
        } else {
          for (const id of d.rules) byRule.set(id, d.kind === "disable");
        }
      }
      return byRule.get(ruleId) ?? all;
    },
  };
}
