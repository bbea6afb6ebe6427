// Where in the workbook a finding points: a cell, a whole row, or nowhere (file-level, or a sheet or
// address that does not exist in this workbook). Addresses come from intake, but are checked again:
// they end up in a formula (the results sheet's links).
import type { Workbook, Worksheet } from "exceljs";
import type { Finding } from "../../domain/findings.js";
import { foldForCompare } from "../../vn/normalize.js";

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export type Target =
  | {
      readonly kind: "cell";
      readonly sheet: Worksheet;
      readonly row: number;
      readonly column: number;
      readonly address: string;
    }
  | { readonly kind: "row"; readonly sheet: Worksheet; readonly row: number }
  | { readonly kind: "none"; readonly sheet: Worksheet | null };

export function targetOf(workbook: Workbook, finding: Finding): Target {
  const sheet = finding.sheet === null ? null : findSheet(workbook, finding.sheet);
  if (sheet === null) return { kind: "none", sheet: null };
  if (finding.cell !== null) {
    const cell = parseAddress(finding.cell);
    if (cell !== null) return { kind: "cell", sheet, ...cell };
  }
  if (finding.row !== null && Number.isInteger(finding.row) && finding.row >= 1 && finding.row <= MAX_ROW) {
    return { kind: "row", sheet, row: finding.row };
  }
  return { kind: "none", sheet };
}

/** By exact name, else as intake finds sheets (accent-, case- and space-insensitive). */
function findSheet(workbook: Workbook, name: string): Worksheet | null {
  const exact = workbook.worksheets.find((sheet) => sheet.name === name);
  if (exact !== undefined) return exact;
  const wanted = foldForCompare(name);
  return workbook.worksheets.find((sheet) => foldForCompare(sheet.name) === wanted) ?? null;
}

/** "D7" (or "$D$7", "d7") → row 7, column 4, address "D7"; null for anything else or out of range. */
export function parseAddress(text: string): { row: number; column: number; address: string } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(text.trim());
  if (match === null) return null;
  const letters = (match[1] ?? "").toUpperCase();
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row > MAX_ROW || column > MAX_COLUMN) return null;
  return { row, column, address: `${letters}${row}` };
}
