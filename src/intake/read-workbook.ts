// exceljs → RawSubmission. Only locating and coercing happens here; judging is in checks/.
import ExcelJS from "exceljs";
import {
  ASSESSMENT_HEADERS,
  INCIDENT_HEADERS,
  INDICATOR_HEADERS,
  INFO_LABELS,
  META_KEYS,
  SHEETS,
} from "../forms/layout.js";
import type { InfoKey } from "../forms/layout.js";
import { foldForCompare } from "../vn/normalize.js";
import { readCell } from "./cell-value.js";
import type { CellValue } from "./cell-value.js";
import { asText } from "./interpret.js";
import { cellAddress, findHeaderColumns, findSheet } from "./locate.js";
import type { RawRow, RawSubmission, RawTable, SheetCell } from "./raw-submission.js";

/** Rows read per table at most: a form has 500 incident rows; more is not a submission. */
export const MAX_ROWS = 20_000;

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Agencies' files may carry whole-column data validations, which exceljs expands cell by cell
  // (minutes, gigabytes): skip them, intake never needs them (libraries-and-peers.md §2.1).
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ["dataValidations"] });
  return workbook;
}

export function readRawSubmission(workbook: ExcelJS.Workbook): RawSubmission {
  return {
    info: readInfo(workbook),
    indicators: readTable(workbook, SHEETS.indicators, INDICATOR_HEADERS),
    incidents: readTable(workbook, SHEETS.incidents, INCIDENT_HEADERS),
    assessment: readTable(workbook, SHEETS.assessment, ASSESSMENT_HEADERS),
    meta: readMeta(workbook),
  };
}

const EMPTY: CellValue = { kind: "empty" };

/** The cell's value without creating it: exceljs' getCell adds a cell (and a row) for every empty one. */
function valueAt(row: ExcelJS.Row | undefined, column: number): CellValue {
  const cell = row?.findCell(column);
  return cell === undefined ? EMPTY : readCell(cell);
}

function sheetCell(sheet: ExcelJS.Worksheet, row: number, column: number, header: string | null): SheetCell {
  return {
    ref: { sheet: sheet.name, cell: cellAddress(row, column), row, column: header },
    value: valueAt(sheet.findRow(row), column),
  };
}

/** `Thông tin`: a label in column A (anywhere in the first rows), its value in column B. */
function readInfo(workbook: ExcelJS.Workbook): RawSubmission["info"] {
  const sheet = findSheet(workbook, SHEETS.info);
  if (sheet === undefined) return { sheet: null, values: {} };
  const labels = new Map<string, InfoKey>();
  for (const [key, label] of Object.entries(INFO_LABELS) as [InfoKey, string][]) labels.set(foldForCompare(label), key);
  const values: Partial<Record<InfoKey, SheetCell>> = {};
  const last = Math.min(sheet.rowCount, 100);
  for (let row = 1; row <= last; row++) {
    const label = asText(readCell(sheet.getCell(row, 1)));
    const key = label === null ? undefined : labels.get(foldForCompare(label.replace(/:$/, "")));
    if (key !== undefined && values[key] === undefined) values[key] = sheetCell(sheet, row, 2, INFO_LABELS[key]);
  }
  return { sheet: sheet.name, values };
}

function readTable<K extends string>(workbook: ExcelJS.Workbook, name: string, headers: Readonly<Record<K, string>>): RawTable<K> {
  const sheet = findSheet(workbook, name);
  if (sheet === undefined) return { sheet: null, headerRow: 1, columns: {}, rows: [] };
  const { row: headerRow, columns } = findHeaderColumns(sheet, headers);
  const rows: RawRow<K>[] = [];
  const last = Math.min(sheet.rowCount, headerRow + MAX_ROWS);
  const entries = Object.entries(columns) as [K, number][];
  const letters = entries.map(([, column]) => cellAddress(1, column).slice(0, -1));
  for (let row = headerRow + 1; row <= last; row++) {
    // A row exceljs never saw is blank; so is one whose cells are all empty.
    const found = sheet.findRow(row);
    if (found === undefined) continue;
    const values = entries.map(([, column]) => valueAt(found, column));
    if (values.every((value) => value.kind === "empty")) continue;
    const cells: Partial<Record<K, SheetCell>> = {};
    entries.forEach(([key], i) => {
      cells[key] = { ref: { sheet: sheet.name, cell: `${letters[i]}${row}`, row, column: headers[key] }, value: values[i]! };
    });
    rows.push({ row, cells });
  }
  return { sheet: sheet.name, headerRow, columns, rows };
}

function readMeta(workbook: ExcelJS.Workbook): RawSubmission["meta"] {
  const sheet = workbook.getWorksheet(SHEETS.meta);
  if (sheet === undefined) return null;
  const found: Record<string, string | null> = {};
  for (let row = 1; row <= Math.min(sheet.rowCount, 20); row++) {
    const key = asText(readCell(sheet.getCell(row, 1)));
    if (key !== null) found[key] = asText(readCell(sheet.getCell(row, 2)));
  }
  return {
    formVersion: found[META_KEYS.formVersion] ?? null,
    period: found[META_KEYS.period] ?? null,
    unit: found[META_KEYS.unit] ?? null,
  };
}
