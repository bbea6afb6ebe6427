// Column widths and row heights that fit the text, estimated from its length: the workbooks are made
// without a renderer to measure with.

/** Vietnamese prose in Calibri fits about 1.2 characters per width unit (measured in a LibreOffice PDF); 1.1 leaves a margin. */
const CHARACTERS_PER_WIDTH = 1.1;
/** Height of one line of the default font, in points. */
const LINE_HEIGHT = 15;

/**
 * A row height that shows every line of wrapped text. Excel fits rows without a height when it opens
 * a file, but LibreOffice keeps the default height and the lines overlap, so the height is set here,
 * estimated from the text length. Column widths count "0" digits.
 */
export function wrappedHeight(cells: readonly (readonly [text: string, width: number])[]): number {
  let lines = 1;
  for (const [text, width] of cells) lines = Math.max(lines, wrappedLines(text, width));
  return rowHeight(lines);
}

/** The height of a row whose tallest cell has `lines` lines (wrappedHeight, for callers that count lines). */
export function rowHeight(lines: number): number {
  return Math.max(1, lines) * LINE_HEIGHT;
}

/** How many lines `text` takes in a wrapped cell `width` wide: each of its lines, wrapped, at least one. */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const line = end < 0 ? (start === 0 ? text : text.slice(start)) : text.slice(start, end);
    lines += lineWraps(characterCount(line), width);
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** How many lines one line of text (no line break) of `characters` characters takes in a cell `width` wide. */
export function lineWraps(characters: number, width: number): number {
  return Math.max(1, Math.ceil(characters / Math.max(1, width * CHARACTERS_PER_WIDTH)));
}

/** A column width (in characters of the default font) that fits the longest text, within bounds. */
export function fitWidth(texts: Iterable<string>, min: number, max: number): number {
  // A loop, not Math.max(...texts): spreading 100,000+ arguments overflows the stack.
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, characterCount(text));
  return widthFor(longest, min, max);
}

/** fitWidth for a longest text of `characters` characters (characterCount), for callers that count them. */
export function widthFor(characters: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.ceil(characters * 1.1) + 2));
}

/**
 * The characters (code points) of `text` in NFC, as a reader counts them. Why the fast path: counting
 * `[...text.normalize("NFC")]` makes an array of one-character strings per text, and a summary of 100,000
 * incidents measures over a million texts. A text made only of U+0000–U+02FF and U+1E00–U+1EFF (ASCII,
 * Latin-1, đ, ơ, ư and the precomposed Vietnamese letters) has no combining mark and nothing NFC changes
 * (each such character is NFC and no two of them compose; checked over every pair), and no surrogate pair:
 * its length is the count.
 */
export function characterCount(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x300 && (code < 0x1e00 || code > 0x1eff)) return [...text.normalize("NFC")].length;
  }
  return text.length;
}
