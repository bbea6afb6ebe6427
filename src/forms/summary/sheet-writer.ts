// Writing cells on a sheet of exceljs' streaming WorkbookWriter: sheets, header rows, text, numbers and
// formulas with their cached results, print headers.
import type ExcelJS from "exceljs";
import type { Cell, Style, Workbook, Worksheet } from "exceljs";
import { wrappedHeight } from "../excel/index.js";
import { HEADER } from "./styles.js";

export type SheetOptions = Partial<ExcelJS.AddWorksheetOptions> & { autoFilter?: string };

/**
 * A sheet of the streaming writer. Its worksheet writer leaves out <printOptions> (which the in-memory
 * Workbook writes from pageSetup): put it back before <pageMargins>, where the schema wants it, so the
 * sheets still print centred on the page. (exceljs 4.4 has no public way to write the element; this
 * wraps one method of the worksheet writer and leaves everything else alone.)
 */
export function addSheet(workbook: Workbook, name: string, options: SheetOptions): Worksheet {
  const sheet = workbook.addWorksheet(name, options);
  const writer = sheet as Worksheet & { _writePageMargins?: () => void; stream?: { write(text: string): void } };
  const writeMargins = writer._writePageMargins;
  const setup = options.pageSetup ?? {};
  const attributes = [
    setup.showRowColHeaders === true ? ' headings="1"' : "",
    setup.showGridLines === true ? ' gridLines="1"' : "",
    setup.horizontalCentered === true ? ' horizontalCentered="1"' : "",
    setup.verticalCentered === true ? ' verticalCentered="1"' : "",
  ].join("");
  if (typeof writeMargins === "function" && attributes !== "") {
    writer._writePageMargins = function (this: typeof writer) {
      this.stream?.write(`<printOptions${attributes}/>`);
      writeMargins.call(this);
    };
  }
  return sheet;
}

export function writeHeaderRow(sheet: Worksheet, rowNumber: number, headers: readonly string[], widths: readonly number[], override: Partial<Style> = {}): void {
  const row = sheet.getRow(rowNumber);
  const style = { ...HEADER, ...override };
  headers.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.style = style;
    if (text !== "") cell.value = text;
  });
  row.height = wrappedHeight(headers.map((text, index) => [text, (widths[index] ?? 10) - 1] as const));
}

/** Text from anywhere (a submission, the configuration): always a plain string cell, never a formula. */
export function setText(cell: Cell, text: string, style: Partial<Style>): void {
  cell.value = String(text);
  cell.style = style;
}

export function setNumber(cell: Cell, value: number, style: Partial<Style>): void {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number: ${value}`);
  cell.value = value;
  cell.style = style;
}

/** A formula with the result it evaluates to (a number, or "" for a blank result). */
export function setFormula(cell: Cell, formula: string, result: number | string, style: Partial<Style>): void {
  if (typeof result === "number" && !Number.isFinite(result)) throw new RangeError(`Not a number: ${result}`);
  cell.value = { formula, result };
  cell.style = style;
}

export function printHeader(title: string): Partial<ExcelJS.HeaderFooter> {
  // "&" starts a header/footer code: double it in text.
  return { oddHeader: `&C&"Calibri,Bold"&12${title.replace(/&/g, "&&")}`, oddFooter: "&CTrang &P/&N" };
}
