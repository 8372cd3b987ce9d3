// HTML written as text, escaped the way hast-util-to-html escapes it, so pages written directly stay byte for byte
// what the hast pipeline gave: the same character references (hexadecimal, upper case) for the same characters.

const TEXT_SPECIAL = /[&<]/;
const TEXT_SPECIALS = /[&<]/g;
const ATTRIBUTE_SPECIAL = /["&'`\0]/;
const ATTRIBUTE_SPECIALS = /["&'`\0]/g;

function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
}

/** Text content: `&` and `<` become references (in `<script>` and `<style>` text is written as is). */
export function escapeText(value: string): string {
  return TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIALS, reference) : value;
}

/** A double-quoted attribute value: `"`, `&`, `'`, `` ` `` and NUL become references. */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIALS, reference) : value;
}

/** ` name="value"`, to put after a tag name; names are ours and never need escaping. */
export function attribute(name: string, value: string | number): string {
  return ` ${name}="${typeof value === "number" ? value : escapeAttribute(value)}"`;
}

/** An element: `attributes` as `attribute()` writes them, `content` already HTML. */
export function element(name: string, attributes: string, content: string): string {
  return `<${name}${attributes}>${content}</${name}>`;
}

/** An element holding only text. */
export function textElement(name: string, attributes: string, text: string): string {
  return `<${name}${attributes}>${escapeText(text)}</${name}>`;
}
