// Plain text of mdast nodes, as a reader sees it: HTML comments dropped, spaces normalised.
import type { Nodes } from "mdast";

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const UNUSUAL_SPACE = /[\u200b-\u200d\u2060\ufeff\u00a0\u202f\u2007]/;

/** Removes zero-width characters and turns no-break spaces into plain ones. */
export function cleanText(text: string): string {
  if (!UNUSUAL_SPACE.test(text)) return text;
  return text.replace(INVISIBLE, "").replace(/[\u00a0\u202f\u2007]/g, " ");
}

// The readers of one document ask for the text of the same nodes again and again; trees are not changed
// after parsing (an edit re-parses), so a node's text is worked out once.
const texts = new WeakMap<Nodes, string>();

/** Text of one node; HTML (comments, raw tags) contributes nothing, block children are separated by newlines. */
export function nodeText(node: Nodes): string {
  let text = texts.get(node);
  if (text === undefined) {
    const parts: string[] = [];
    walk(node, parts);
    texts.set(node, (text = cleanText(parts.join(""))));
  }
  return text;
}

function walk(node: Nodes, parts: string[]): void {
  // An explicit stack avoids recursion depth limits on hostile nesting.
  const stack: Array<Nodes | string> = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current === "string") {
      parts.push(current);
      continue;
    }
    switch (current.type) {
      case "html":
        continue;
      case "text":
      case "inlineCode":
      case "code":
        parts.push(current.value);
        continue;
      case "break":
        parts.push("\n");
        continue;
      case "image":
        parts.push(current.alt ?? "");
        continue;
      default:
        break;
    }
    if ("children" in current) {
      const block = isBlockContainer(current.type);
      const children = current.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]);
        if (block && i > 0) stack.push("\n");
      }
    }
  }
}

function isBlockContainer(type: string): boolean {
  return type === "root" || type === "blockquote" || type === "list" || type === "listItem" || type === "table" || type === "tableRow" || type === "footnoteDefinition";
}

/** Text of a list of sibling block nodes, separated by blank lines, trimmed. */
export function nodesText(nodes: readonly Nodes[]): string {
  // Appended rather than joined: no arrays, and the text is copied into one piece only if a reader needs that
  // (every section's text is made, and the logs read none of them).
  let text = "";
  for (const node of nodes) {
    if (node.type === "html") continue;
    const own = nodeText(node).trim();
    if (own.length > 0) text = text.length > 0 ? text + "\n\n" + own : own;
  }
  return text;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words outside code blocks, for size limits. */
export function countWords(nodes: readonly Nodes[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type === "code" || node.type === "html") continue;
    // Counted by stepping the global pattern: no array of every word.
    const text = nodeText(node);
    WORD.lastIndex = 0;
    while (WORD.test(text)) count++;
  }
  return count;
}
