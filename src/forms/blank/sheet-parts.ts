// Pieces every sheet of the blank form uses: its columns in contract order, the header row, widths.
import type { Cell, Style, Worksheet } from "exceljs";
import { columnLetter } from "../excel/index.js";
import { HEADER_STYLE } from "./styles.js";

export interface ColumnRef {
  number: number;
  letter: string;
}

/** Column number and letter of each header, in contract order. */
export function columnsOf<K extends string>(headers: Record<K, string>): Record<K, ColumnRef> {
  const result = {} as Record<K, ColumnRef>;
  (Object.keys(headers) as K[]).forEach((key, index) => {
    result[key] = { number: index + 1, letter: columnLetter(index + 1) };
  });
  return result;
}

export function writeHeader(sheet: Worksheet, headers: Record<string, string>): void {
  const row = sheet.getRow(1);
  Object.values(headers).forEach((text, index) => setCell(row.getCell(index + 1), text, HEADER_STYLE));
}

export function setWidths<K extends string>(
  sheet: Worksheet,
  columns: Record<K, ColumnRef>,
  widths: Record<K, number>,
): void {
  for (const key of Object.keys(columns) as K[]) sheet.getColumn(columns[key].number).width = widths[key];
}

export function setCell(cell: Cell, value: string, style: Partial<Style>): void {
  cell.value = value;
  cell.style = style;
}
