// Finding things in an agency's workbook tolerantly (DESIGN §4): sheets by name and columns by header
// text, both compared after NFC, case- and accent-insensitively; so a reordered, added or re-typed
// column is still read.
import { foldForCompare } from "../vn/normalize.js";
import type { CellValue } from "./cell-value.js";
import { asText } from "./interpret.js";

/** The sheet called `name`, however its case, accents or composition differ. */
export function findSheet<S extends { readonly name: string }>(sheets: readonly S[], name: string): S | undefined {
  const wanted = foldForCompare(name);
  return sheets.find((sheet) => foldForCompare(sheet.name) === wanted);
}

/** A sheet's rows as read values, whichever library read the file. */
export interface RowSource {
  readonly rowCount: number;
  /** The cells of a row that hold something, as [column number, value]. */
  cells(row: number): Iterable<readonly [number, CellValue]>;
}

/** Header text → column number, from the first row that holds at least one of the wanted headers. */
export function findHeaderColumns<K extends string>(
  sheet: RowSource,
  headers: Readonly<Record<K, string>>,
  searchRows = 5,
): { row: number; columns: Partial<Record<K, number>> } {
  const wanted = new Map<string, K>();
  for (const [key, text] of Object.entries(headers) as [K, string][]) wanted.set(foldForCompare(text), key);
  for (let rowNumber = 1; rowNumber <= Math.min(searchRows, Math.max(sheet.rowCount, 1)); rowNumber++) {
    const columns: Partial<Record<K, number>> = {};
    for (const [columnNumber, value] of sheet.cells(rowNumber)) {
      const text = asText(value);
      const key = text === null ? undefined : wanted.get(foldForCompare(text));
      if (key !== undefined && columns[key] === undefined) columns[key] = columnNumber;
    }
    if (Object.keys(columns).length > 0) return { row: rowNumber, columns };
  }
  return { row: 1, columns: {} };
}

/** "D7" for column 4, row 7. */
export function cellAddress(row: number, column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
