// Approximate text widths in Times New Roman, to size the rules (đường kẻ) the decree measures against
// a line of text: the rule under the Tiêu ngữ is as long as the line, the rules under the agency name and
// the trích yếu 1/3–1/2 of it. Word does not draw rules that follow text, so their length is computed here.
//
// Advance widths in font units (2048 per em) from Liberation Serif, which is metric-compatible with
// Times New Roman (same advance widths by design). Vietnamese letters with tone marks have the width of
// their base letter, except the horn letters ơ/ư, listed apart.

const UNITS_PER_EM = 2048;
const FALLBACK = 1024; // half an em: unknown characters

// Code points 32–126.
const REGULAR_ASCII = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479,
  682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569,
  682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024,
  682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
] as const;

const BOLD_ASCII = [
  512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593,
  797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569,
  682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139,
  909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065,
] as const;

// Base letters (after removing tone marks) whose width is not that of an ASCII letter.
const REGULAR_SPECIAL: Readonly<Record<string, number>> = {
  ơ: 1083,
  ư: 1110,
  Ư: 1589,
  Ơ: 1479,
  đ: 1024,
  Đ: 1479,
  "–": 1024,
  "—": 2048,
  "…": 2048,
  "“": 909,
  "”": 909,
};
const BOLD_SPECIAL: Readonly<Record<string, number>> = {
  ơ: 1134,
  ư: 1229,
  Ư: 1630,
  Ơ: 1593,
  đ: 1139,
  Đ: 1479,
  "–": 1024,
  "—": 2048,
  "…": 2048,
  "“": 1024,
  "”": 1024,
};

// advance() normalises each character twice; a document measures the same few dozen characters over and
// over (and a batch of letters, thousands of times), so each answer is kept.
const regularAdvances = new Map<string, number>();
const boldAdvances = new Map<string, number>();

function advance(char: string, bold: boolean): number {
  const known = bold ? boldAdvances : regularAdvances;
  let width = known.get(char);
  if (width === undefined) {
    width = measureAdvance(char, bold);
    // Characters are few (letters, digits, punctuation), but text can hold anything: keep the map bounded.
    if (known.size < 4096) known.set(char, width);
  }
  return width;
}

function measureAdvance(char: string, bold: boolean): number {
  const special = bold ? BOLD_SPECIAL : REGULAR_SPECIAL;
  const direct = special[char];
  if (direct !== undefined) return direct;
  // Remove the tone marks but keep the horn (U+031B): "ờ" → "ơ", "Ừ" → "Ư", "ấ" → "a".
  const base =
    char
      .normalize("NFD")
      .replace(/(?!\u031B)\p{M}/gu, "")
      .normalize("NFC") || char;
  const fromBase = special[base];
  if (fromBase !== undefined) return fromBase;
  const code = base.codePointAt(0) ?? 0;
  const table = bold ? BOLD_ASCII : REGULAR_ASCII;
  if (base.length === 1 && code >= 32 && code <= 126) return table[code - 32] ?? FALLBACK;
  if (/\p{M}/u.test(char)) return 0; // a lone combining mark
  return FALLBACK;
}

/** The width in twips of one line of `text` in Times New Roman at `sizePt` points. */
export function textWidth(text: string, sizePt: number, bold: boolean): number {
  let units = 0;
  for (const char of text.normalize("NFC")) units += advance(char, bold);
  return Math.round((units / UNITS_PER_EM) * sizePt * 20);
}

/** The width of the widest line, for text that holds line breaks ("\n"). */
export function widestLine(text: string, sizePt: number, bold: boolean): number {
  return Math.max(0, ...text.split("\n").map((line) => textWidth(line, sizePt, bold)));
}
