// An .xlsx file → RawSubmission. Only locating and coercing happens here; judging is in checks/.
import {
  ASSESSMENT_HEADERS,
  INCIDENT_HEADERS,
  INDICATOR_HEADERS,
  INFO_LABELS,
  META_KEYS,
  SHEETS,
} from "../domain/form-contract.js";
import type { InfoKey } from "../domain/form-contract.js";
import { foldForCompare } from "../vn/normalize.js";
import { readXlsx } from "../xlsx/index.js";
import type { XlsxSheet, XlsxWorkbook } from "../xlsx/index.js";
import { MAX_CELL_TEXT, readValue } from "./cell-value.js";
import type { CellValue } from "./cell-value.js";
import { asText } from "./interpret.js";
import { cellAddress, findHeaderColumns, findSheet } from "./locate.js";
import type { RowSource } from "./locate.js";
import type { CellRef, RawRow, RawSubmission, RawTable, SheetCell } from "./raw-submission.js";

/** Rows read per table at most: a form has 500 incident rows; more is not a submission. */
export const MAX_ROWS = 20_000;
/** Header rows are looked for in the first rows; tables are read from there. */
const HEADER_SEARCH_ROWS = 5;

const FORM_SHEETS = new Set(
  [SHEETS.info, SHEETS.indicators, SHEETS.incidents, SHEETS.assessment, SHEETS.meta].map(foldForCompare),
);

/** The sheets the indicator figures are read from: the unit (Thông tin, meta) and the figures (Chỉ tiêu). */
const FIGURE_SHEETS = new Set([SHEETS.info, SHEETS.indicators, SHEETS.meta].map(foldForCompare));

/**
 * Reads the form's sheets of a workbook (others are listed by name, never read); "figures": only those the
 * indicator figures come from (ValidateOptions.figuresOnly). Throws when the file is no .xlsx.
 */
export function loadWorkbook(bytes: Buffer, which: "form" | "figures" = "form"): Promise<XlsxWorkbook> {
  const wanted = which === "figures" ? FIGURE_SHEETS : FORM_SHEETS;
  return readXlsx(bytes, {
    sheets: ({ name }) => wanted.has(foldForCompare(name)),
    maxRow: HEADER_SEARCH_ROWS + MAX_ROWS,
    // One more than is kept, so that cell-value.ts still sees the text was longer.
    maxText: MAX_CELL_TEXT + 1,
  });
}

export function readRawSubmission(workbook: XlsxWorkbook): RawSubmission {
  return {
    info: readInfo(workbook),
    indicators: readTable(workbook, SHEETS.indicators, INDICATOR_HEADERS),
    incidents: readTable(workbook, SHEETS.incidents, INCIDENT_HEADERS),
    assessment: readTable(workbook, SHEETS.assessment, ASSESSMENT_HEADERS),
    meta: readMeta(workbook),
  };
}

function rows(sheet: XlsxSheet): RowSource {
  return {
    rowCount: sheet.rowCount,
    *cells(row) {
      for (const [column, value] of sheet.row(row) ?? []) yield [column, readValue(value)] as const;
    },
  };
}

function valueAt(sheet: XlsxSheet, row: number, column: number): CellValue {
  return readValue(sheet.value(row, column));
}

function sheetCell(sheet: XlsxSheet, row: number, column: number, header: string | null): SheetCell {
  return {
    ref: { sheet: sheet.name, cell: cellAddress(row, column), row, column: header },
    value: valueAt(sheet, row, column),
  };
}

/** `Thông tin`: a label in column A (anywhere in the first rows), its value in column B. */
function readInfo(workbook: XlsxWorkbook): RawSubmission["info"] {
  const sheet = findSheet(workbook.sheets, SHEETS.info);
  if (sheet === undefined) return { sheet: null, values: {} };
  const labels = new Map<string, InfoKey>();
  for (const [key, label] of Object.entries(INFO_LABELS) as [InfoKey, string][]) labels.set(foldForCompare(label), key);
  const values: Partial<Record<InfoKey, SheetCell>> = {};
  const last = Math.min(sheet.rowCount, 100);
  for (let row = 1; row <= last; row++) {
    const label = asText(valueAt(sheet, row, 1));
    const key = label === null ? undefined : labels.get(foldForCompare(label.replace(/:$/, "")));
    if (key !== undefined && values[key] === undefined) values[key] = sheetCell(sheet, row, 2, INFO_LABELS[key]);
  }
  return { sheet: sheet.name, values };
}

function readTable<K extends string>(
  workbook: XlsxWorkbook,
  name: string,
  headers: Readonly<Record<K, string>>,
): RawTable<K> {
  const sheet = findSheet(workbook.sheets, name);
  if (sheet === undefined) return { sheet: null, headerRow: 1, columns: {}, rows: [] };
  const { row: headerRow, columns } = findHeaderColumns(rows(sheet), headers, HEADER_SEARCH_ROWS);
  const read: RawRow<K>[] = [];
  const last = Math.min(sheet.rowCount, headerRow + MAX_ROWS);
  const entries = Object.entries(columns) as [K, number][];
  // Plain loops over arrays made once (a table is read cell by cell, 100,000 rows in a batch).
  const keys = entries.map(([key]) => key);
  const numbers = entries.map(([, column]) => column);
  const names = keys.map((key) => headers[key]);
  const letters = numbers.map((column) => cellAddress(1, column).slice(0, -1));
  const values: CellValue[] = new Array<CellValue>(keys.length);
  // Each row's cells object is a copy of this one (all its keys at once, the right size), rather than an
  // empty object grown key by key (a new backing store at each step: garbage for every row).
  const template = Object.fromEntries(keys.map((key) => [key, undefined])) as Partial<Record<K, SheetCell>>;
  for (let row = headerRow + 1; row <= last; row++) {
    // A row with no cell holding something is blank; so is one whose cells read as empty.
    const found = sheet.row(row);
    if (found === undefined) continue;
    let blank = true;
    for (let i = 0; i < numbers.length; i++) {
      const value = readValue(found.get(numbers[i]!));
      values[i] = value;
      if (value.kind !== "empty") blank = false;
    }
    if (blank) continue;
    const cells: Partial<Record<K, SheetCell>> = { ...template };
    for (let i = 0; i < keys.length; i++)
      cells[keys[i]!] = new TableCell(values[i]!, sheet.name, letters[i]!, row, names[i]!);
    read.push({ row, cells });
  }
  const limit = headerRow + MAX_ROWS;
  const cut = sheet.truncated || sheet.rowCount > limit;
  return { sheet: sheet.name, headerRow, columns, rows: read, cutAfterRow: cut ? limit : null };
}

/**
 * A cell of a table, its reference made only when asked for (a finding at it): most cells of a form have
 * none, and a reference object and "D7" string for each of 100,000 rows × 11 cells were a quarter of the
 * memory allocated to validate a batch (and of the collector's work).
 */
class TableCell implements SheetCell {
  constructor(
    readonly value: CellValue,
    private readonly sheet: string,
    private readonly letters: string,
    private readonly row: number,
    private readonly header: string,
  ) {}

  get ref(): CellRef {
    return { sheet: this.sheet, cell: this.letters + this.row, row: this.row, column: this.header };
  }
}

function readMeta(workbook: XlsxWorkbook): RawSubmission["meta"] {
  // The meta sheet is ours: matched by its exact name, as `forms` writes it.
  const sheet = workbook.sheets.find((candidate) => candidate.name === SHEETS.meta);
  if (sheet === undefined) return null;
  const found: Record<string, string | null> = {};
  for (let row = 1; row <= Math.min(sheet.rowCount, 20); row++) {
    const key = asText(valueAt(sheet, row, 1));
    if (key !== null) found[key] = asText(valueAt(sheet, row, 2));
  }
  return {
    formVersion: found[META_KEYS.formVersion] ?? null,
    period: found[META_KEYS.period] ?? null,
    unit: found[META_KEYS.unit] ?? null,
  };
}
