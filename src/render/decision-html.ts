// One decision's Markdown body as sanitized HTML (or hast): raw HTML dropped, unsafe URLs removed, links between decisions kept.
import type { Root as MdastRoot, RootContent, Nodes as MdastNodes, PhrasingContent } from "mdast";
import type { Root as HastRoot, ElementContent } from "hast";
import { unified } from "unified";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import { toHtml } from "hast-util-to-html";
import type { Decision } from "../model/index.js";
import type { LogIndex } from "./relations.js";
import { mdastToHtml, FOOTNOTE_LABEL } from "./mdast-html.js";

// ADR text never reaches the page as raw HTML (remark-rehype drops it) and the sanitizer removes
// `javascript:` URLs, event handlers and unknown elements. The only ids left are the footnote ids
// remark-rehype writes under our own per-decision prefix, so the sanitizer's id prefix is not needed.
const schema = { ...defaultSchema, clobberPrefix: "" };

/**
 * Renders mdast content to sanitized hast children. `prefix` keeps footnote ids unique on a shared page. The
 * library pipeline: `bodyHtml` falls back to it, and the tests hold the direct writer to it.
 */
export function mdastToSafeHast(tree: MdastRoot, prefix: string): ElementContent[] {
  const processor = unified()
    .use(remarkRehype, { clobberPrefix: `${prefix}-`, footnoteLabel: FOOTNOTE_LABEL })
    .use(rehypeSanitize, schema);
  const hast = processor.runSync(tree) as HastRoot;
  return hast.children.filter((c): c is ElementContent => c.type !== "doctype");
}

/**
 * The HTML text of mdast content, as `mdastToSafeHast` and hast-util-to-html write it: written directly by
 * mdast-html.ts (4-5 times faster on bench/corpora/n1000), or through the library for a tree it does not cover.
 */
export function bodyHtml(tree: MdastRoot, prefix: string): string {
  return mdastToHtml(tree, prefix) ?? toHtml({ type: "root", children: mdastToSafeHast(tree, prefix) });
}

/**
 * The body of a decision (everything but its title heading), with headings moved one level down to sit
 * under the page's own heading, links to other decisions of the log pointing at their anchors, and
 * images turned into links so that opening the page makes no request. As one raw node: the HTML is sanitized.
 */
export function decisionBodyHtml(decision: Decision, log: LogIndex): ElementContent[] {
  return [{ type: "raw", value: bodyHtml(bodyTree(decision, log), log.anchor(decision)) }];
}

/** `decisionBodyHtml` as sanitized hast, through the library pipeline only: what the tests compare pages with. */
export function decisionBodyHast(decision: Decision, log: LogIndex): ElementContent[] {
  return mdastToSafeHast(bodyTree(decision, log), log.anchor(decision));
}

function bodyTree(decision: Decision, log: LogIndex): MdastRoot {
  return prepareBody(plainCopy(decision.tree), (url) => {
    const target = log.resolveTarget(url);
    return target ? `#${log.anchor(target)}` : url;
  });
}

/**
 * Readies a decision's tree for HTML in place: drops the title heading, front matter and raw HTML, moves headings
 * one level down, turns images into links, and passes each link and definition URL through `linkUrl`.
 */
export function prepareBody(tree: MdastRoot, linkUrl: (url: string) => string): MdastRoot {
  const titleIndex = tree.children.findIndex((n) => n.type === "heading");
  if (titleIndex !== -1) {
    const first = tree.children[titleIndex];
    if (first.type === "heading" && first.depth === 1) tree.children.splice(titleIndex, 1);
  }
  tree.children = tree.children.filter((n) => n.type !== "yaml" && !(n.type === "html"));
  rewrite(tree, linkUrl);
  return tree;
}

// A copy to rewrite without touching the decision the caller holds; positions are not needed for HTML.
function plainCopy(tree: MdastRoot): MdastRoot {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === "position" ? undefined : value))) as MdastRoot;
}

function rewrite(node: MdastNodes, linkUrl: (url: string) => string): void {
  if (node.type === "heading") node.depth = Math.min(6, node.depth + 1) as 1 | 2 | 3 | 4 | 5 | 6;
  if (node.type === "link" || node.type === "definition") node.url = linkUrl(node.url);
  if (!("children" in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === "image") {
      children[i] = { type: "link", url: child.url, title: child.title, children: [imageLabel(child.alt)] };
      continue;
    }
    if (child.type === "imageReference") {
      children[i] = {
        type: "linkReference", identifier: child.identifier, label: child.label, referenceType: "full",
        children: [imageLabel(child.alt)],
      };
      continue;
    }
    rewrite(child, linkUrl);
  }
}

function imageLabel(alt: string | null | undefined): PhrasingContent {
  return { type: "text", value: `[image${alt ? `: ${alt}` : ""}]` };
}
