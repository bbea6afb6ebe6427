// Text normalisation for Vietnamese. Agencies send NFC or NFD text; everything is compared and stored NFC.

/** NFC, trimmed, inner runs of whitespace (including non-breaking spaces) collapsed to one space. */
export function normalizeText(text: string): string {
  return collapseSpaces(isSurelyNfc(text) ? text : text.normalize("NFC"));
}

/**
 * Text made only of characters below U+0300 (Latin, no combining mark) and of Latin Extended Additional
 * (U+1E00–U+1EFF: Vietnamese letters with their marks, precomposed) is NFC already: none of them is changed
 * by NFC, alone or next to another (normalize.test.ts checks every one and every pair). Why: NFC of each of
 * a batch's 150,000 distinct cell texts was the largest cost of reading text; most are such text.
 */
function isSurelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && (code < 0x1e00 || code > 0x1eff)) return false;
  }
  return true;
}

// Text that collapseSpaces leaves as it is: no whitespace but single inner spaces, no zero-width space.
// Most cells are such text, and testing is much cheaper than replacing.
const NEEDS_COLLAPSE = /[^\S ]|\u200b| [\s\u200b]|^ | $/u;

function collapseSpaces(text: string): string {
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/**
 * A key for accent- and case-insensitive comparison: "Thông tin" and "THONG TIN" and "thông  tin" (NFD)
 * all fold to "thong tin". đ/Đ become d, since Unicode does not decompose them.
 */
export function foldForCompare(text: string): string {
  // The same few list values ("Lừa đảo", unit names) are folded for every row of every form: remembered.
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (text.length <= 200) {
      if (FOLDED.size >= 10_000) FOLDED.clear();
      FOLDED.set(text, folded);
    }
  }
  return folded;
}

const FOLDED = new Map<string, string>();

function fold(text: string): string {
  // Spaces are collapsed after the marks are stripped: a stray combining mark between two spaces
  // ("a \u0323 b") would otherwise leave a double space, and folding the key again would change it.
  return collapseSpaces(text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase());
}

export function equalsLoose(a: string, b: string): boolean {
  return foldForCompare(a) === foldForCompare(b);
}

/** An ASCII file-name slug: "Văn Lâm" → "van-lam", "Đội 1/ĐN" → "doi-1-dn". Never empty. */
export function slugify(text: string, fallback = "x"): string {
  const slug = foldForCompare(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug === "" ? fallback : slug;
}
