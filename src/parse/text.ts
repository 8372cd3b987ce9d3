// Plain text of mdast nodes, as a reader sees it: HTML comments dropped, spaces normalised.
import type { Nodes } from "mdast";

type Container = Extract<Nodes, { children: unknown }>;

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
  if (text === undefined) texts.set(node, (text = "children" in node ? containerText(node) : leafText(node)));
  return text;
}

function leafText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
      return cleanText(node.value);
    case "break":
      return "\n";
    case "image":
      return cleanText(node.alt ?? "");
    default:
      return "";
  }
}

interface Frame {
  node: Container;
  /** The next child to read. */
  next: number;
  text: string;
}

/**
 * A container's text from its children's, each container's worked out once and kept: a list item's text is
 * asked for again by the readers after its list's. Appended, not joined, so no level copies the text of the
 * levels below it (cleanText works character by character, so cleaning the pieces cleans the whole). An explicit
 * stack avoids recursion depth limits on hostile nesting.
 */
function containerText(node: Container): string {
  const stack: Frame[] = [{ node, next: 0, text: "" }];
  for (;;) {
    const frame = stack[stack.length - 1]!;
    const children = frame.node.children as Nodes[];
    if (frame.next < children.length) {
      const child = children[frame.next++]!;
      let text: string | undefined;
      if ("children" in child) {
        text = texts.get(child);
        if (text === undefined) {
          stack.push({ node: child, next: 0, text: "" });
          continue;
        }
      } else {
        text = leafText(child);
      }
      append(frame, text);
      continue;
    }
    stack.pop();
    if (stack.length === 0) return frame.text;
    texts.set(frame.node, frame.text);
    append(stack[stack.length - 1]!, frame.text);
  }
}

function append(frame: Frame, text: string): void {
  if (frame.next > 1 && isBlockContainer(frame.node.type)) frame.text += "\n";
  frame.text += text;
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
