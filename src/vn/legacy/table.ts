// A legacy encoding as a lookup table from what a cell shows (each legacy byte as its Latin-1
// character, one or two of them per letter) to the NFC Unicode letter, and a greedy scanner over it.

export interface LegacyTable {
  readonly letters: ReadonlyMap<string, string>;
  /** Length of the longest key: 1 for TCVN3, 2 for VNI (base letter + mark). */
  readonly longestKey: number;
}

/** A piece of scanned text: a legacy letter (`letter` set) or one character the table does not know. */
export interface Segment {
  readonly source: string;
  readonly letter: string | undefined;
}

export function createTable(entries: Readonly<Record<string, string>>): LegacyTable {
  const letters = new Map(Object.entries(entries));
  let longestKey = 1;
  for (const key of letters.keys()) longestKey = Math.max(longestKey, key.length);
  return { letters, longestKey };
}

/**
 * Splits text into legacy letters, longest match first, so VNI "Tröôøng" reads as T r ö ôø n g
 * (Trường) and never as ö ô + a stray ø. Characters the table does not know stay as they are.
 */
export function scanLegacy(text: string, table: LegacyTable): Segment[] {
  const segments: Segment[] = [];
  let index = 0;
  while (index < text.length) {
    let matched: Segment | undefined;
    for (let length = Math.min(table.longestKey, text.length - index); length >= 1 && !matched; length--) {
      const source = text.slice(index, index + length);
      const letter = table.letters.get(source);
      if (letter !== undefined) matched = { source, letter };
    }
    const segment = matched ?? { source: text.charAt(index), letter: undefined };
    segments.push(segment);
    index += segment.source.length;
  }
  return segments;
}

export function decodeWithTable(text: string, table: LegacyTable): string {
  return scanLegacy(text, table)
    .map((segment) => segment.letter ?? segment.source)
    .join("");
}
