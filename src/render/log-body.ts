// A decision's HTML body rendered where it was parsed (a worker), before the log is known, and finished once it is.
import type { ElementContent } from "hast";
import type { Decision } from "../model/index.js";
import { bodyHtml, prepareBody } from "./decision-html.js";
import { hrefAttribute } from "./mdast-html.js";
import { linkFileName, type LogIndex } from "./relations.js";

/**
 * The sanitized body HTML with placeholders where the log must decide: `<nonce>A` for the decision's own anchor
 * (footnote ids), and ` href="#<nonce>L<i>"` for the i-th link that may point at another decision of the log.
 * `fallbacks[i]` is the attribute that link gets when it does not (as the sanitizer leaves it: ` href="..."` or "").
 */
export interface BodyParts {
  html: string;
  urls: string[];
  fallbacks: string[];
}

/**
 * Renders the body of `decision` as `decisionBodyHtml` would, with link targets left open. Consumes the
 * decision's tree (it is rewritten in place): call it on a Decision that is about to be dropped or slimmed.
 */
export function bodyParts(decision: Decision, nonce: string): BodyParts {
  const urls: string[] = [];
  const index = new Map<string, number>();
  prepareBody(decision.tree, (url) => {
    if (linkFileName(url) === null) return url;
    let i = index.get(url);
    if (i === undefined) {
      i = urls.push(url) - 1;
      index.set(url, i);
    }
    return `#${nonce}L${i}`;
  });
  const html = bodyHtml(decision.tree, `${nonce}A`);
  return { html, urls, fallbacks: urls.map(hrefAttribute) };
}

/** The finished body: the decision's anchor filled in, and links to decisions of the log pointing at their anchors. */
export function fillBody(parts: BodyParts, nonce: string, decision: Decision, log: LogIndex): ElementContent[] {
  const placeholders = new RegExp(` href="#${nonce}L(\\d+)"|${nonce}A`, "g");
  const html = parts.html.replace(placeholders, (_, i: string | undefined) => {
    if (i === undefined) return log.anchor(decision);
    const target = log.resolveTarget(parts.urls[Number(i)]);
    return target ? ` href="#${log.anchor(target)}"` : parts.fallbacks[Number(i)];
  });
  // Safe to insert as is: the HTML came out of the sanitizer, and only our own attributes were put in.
  return [{ type: "raw", value: html }];
}
