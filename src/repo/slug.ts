// Safe file-name slugs from titles people type, whatever characters those hold.

const MAX_SLUG_LENGTH = 60;

// Letters NFKD does not decompose into ASCII plus marks.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ŋ: "ng", ħ: "h",
};

// Names Windows refuses for a file whatever its extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Turns a title into a slug that is safe as one path segment on every OS: lowercase, letters and digits
 * joined by single hyphens (Latin accents folded to ASCII, other scripts kept readable), no separators,
 * no dots, no emoji, no Windows device names, at most 60 characters cut at a word boundary.
 * A title with nothing usable becomes "untitled".
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  let slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþıŋħ]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength + 1);
    const boundary = cut.lastIndexOf("-");
    slug = (boundary > maxLength / 2 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, "");
  }
  if (!slug) return "untitled";
  if (WINDOWS_RESERVED.test(slug)) return `${slug}-decision`;
  return slug;
}
