// What one cell of a sheet holds, as the file says it: the reader does not interpret (no trimming,
// no encodings); src/intake decides what a clerk meant.

export type XlsxValue =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "date"; readonly year: number; readonly month: number; readonly day: number }
  /** `font`: the font of the text's first run, else the cell's font (legacy encodings are told by it). */
  | {
      readonly type: "text";
      readonly text: string;
      readonly font: string | undefined;
      /**
       * Free for the caller to keep what it made of the text (intake: its reading of it). The cells showing
       * one shared string share one value, so that it is read once per workbook; a slot on the value is
       * found without the hashing a WeakMap lookup costs for each of a form's thousands of text cells.
       */
      memo?: unknown;
    }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "error"; readonly error: string }
  /** A formula the file holds no cached result for (written by a program that does not calculate). */
  | { readonly type: "formula"; readonly formula: string };

const DAY_MS = 86_400_000;
// Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system is 1462 days later.
const EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

/**
 * A date serial as a calendar date, the way Excel shows it (and exceljs reads it: the time of day is
 * rounded to the millisecond, then dropped). Null for a serial no date can have.
 */
export function serialToDate(serial: number, date1904: boolean): XlsxValue {
  const ms = Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * DAY_MS);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return { type: "error", error: "#DATE" };
  return { type: "date", year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** An ISO 8601 date of a `t="d"` cell ("2023-05-17" or "2023-05-17T08:00:00"). */
export function isoToDate(text: string): XlsxValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (match === null) return { type: "error", error: "#DATE" };
  return { type: "date", year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64);
    else if (code >= 97 && code <= 122) n = n * 26 + (code - 96);
    else break;
  }
  return n;
}

/** OOXML escapes characters XML cannot carry as `_xHHHH_` ("_x000D_" is a carriage return). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
