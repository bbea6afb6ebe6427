// A read-only .xlsx reader for intake. Why not exceljs here: exceljs builds its whole workbook model
// (styles, every cell object, merged ranges, data validations) to read a few thousand values, which
// made validation slower than opening the files and took about 5 MB of memory per 1,000-row form. This
// reader scans only the sheets wanted (xml.ts) and keeps only the cells that hold something. Writing
// forms stays with exceljs.
import { parseSharedStrings } from "./shared-strings-part.js";
import type { SharedString } from "./shared-strings-part.js";
import type { SheetRead } from "./sheet-part.js";
import { sheetReader } from "./sheet-part.js";
import { parseStyles } from "./styles-part.js";
import type { CellStyle } from "./styles-part.js";
import type { XlsxValue } from "./values.js";
import { parseWorkbook } from "./workbook-part.js";
import { openZipParts } from "../zip/index.js";

export interface XlsxSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** The highest row number holding a value (0 for a sheet with none). */
  readonly rowCount: number;
  /** The highest column number holding a value. */
  readonly columnCount: number;
  /** Rows past ReadXlsxOptions.maxRow exist and were not read. */
  readonly truncated: boolean;
  /** The row's cells that hold something, by column number; undefined for a row with none. */
  row(row: number): ReadonlyMap<number, XlsxValue> | undefined;
  value(row: number, column: number): XlsxValue | undefined;
}

export interface XlsxWorkbook {
  /** Every sheet's name, in the workbook's order. */
  readonly sheetNames: readonly string[];
  /** The sheets read (those `options.sheets` wanted), in the workbook's order. */
  readonly sheets: readonly XlsxSheet[];
}

export interface ReadXlsxOptions {
  /** Which sheets to read, asked in the workbook's order (default: all). */
  sheets?: (sheet: { readonly name: string; readonly hidden: boolean }) => boolean;
  /** Rows past this number are not read (default: all). */
  maxRow?: number;
  /** Text of one cell past this length is cut (default: none). */
  maxText?: number;
}

/** Reads an .xlsx package; throws when it is not one (malformed zip or XML, no workbook part). */
export async function readXlsx(bytes: Buffer, options: ReadXlsxOptions = {}): Promise<XlsxWorkbook> {
  const zip = await openZipParts(bytes);
  const workbookXml = zip.readString("xl/workbook.xml");
  if (workbookXml === null) throw new Error("no xl/workbook.xml");
  const workbook = parseWorkbook(workbookXml, zip.readString("xl/_rels/workbook.xml.rels"));
  const wanted = workbook.sheets.filter((sheet) => options.sheets?.(sheet) ?? true);
  const maxText = options.maxText ?? Number.POSITIVE_INFINITY;
  let sharedStrings: SharedString[] = [];
  let styles: CellStyle[] = [];
  if (wanted.length > 0) {
    const stringsXml = zip.readString(workbook.sharedStrings);
    if (stringsXml !== null) sharedStrings = parseSharedStrings(stringsXml, maxText);
    const stylesXml = zip.readString(workbook.styles);
    if (stylesXml !== null) styles = parseStyles(stylesXml);
  }
  const sheets: XlsxSheet[] = [];
  for (const entry of wanted) {
    const reader = sheetReader({
      sharedStrings,
      styles,
      date1904: workbook.date1904,
      maxRow: options.maxRow ?? Number.POSITIVE_INFINITY,
      maxText,
    });
    // A sheet whose part is missing (a chart sheet, a broken relationship) reads as empty.
    // The cells (<sheetData>) apart from what follows them (zip/read.ts: a one-byte string when ASCII).
    if (entry.part !== null) await zip.readText(entry.part, (text) => reader.write(text), "</sheetData>");
    sheets.push(sheetOf(entry.name, entry.hidden, reader.end()));
  }
  return { sheetNames: workbook.sheets.map((sheet) => sheet.name), sheets };
}

function sheetOf(name: string, hidden: boolean, { rows, truncated }: SheetRead): XlsxSheet {
  let rowCount = 0;
  let columnCount = 0;
  for (const [number, cells] of rows) {
    if (number > rowCount) rowCount = number;
    for (const column of cells.keys()) if (column > columnCount) columnCount = column;
  }
  return {
    name,
    hidden,
    rowCount,
    columnCount,
    truncated,
    row: (row) => rows.get(row),
    value: (row, column) => rows.get(row)?.get(column),
  };
}
