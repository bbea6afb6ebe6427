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
  const lines = Math.max(
    1,
    ...cells.map(([text, width]) =>
      text
        .split("\n")
        .reduce(
          (sum, line) =>
            sum + Math.max(1, Math.ceil([...line.normalize("NFC")].length / Math.max(1, width * CHARACTERS_PER_WIDTH))),
          0,
        ),
    ),
  );
  return lines * LINE_HEIGHT;
}

/** A column width (in characters of the default font) that fits the longest text, within bounds. */
export function fitWidth(texts: Iterable<string>, min: number, max: number): number {
  // A loop, not Math.max(...texts): spreading 100,000+ arguments overflows the stack.
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, [...text.normalize("NFC")].length);
  return Math.min(max, Math.max(min, Math.ceil(longest * 1.1) + 2));
}
