// What the workbooks baocao writes (blank forms, the summary workbook, annotated copies) share: the
// author, number formats, the font, the header fill, the grid lines, the A4 page and frozen headers.
// Shared objects, never mutated.
import type { Alignment, Borders, Fill, Font, PageSetup, WorksheetView } from "exceljs";
import { columnLetter } from "./cell-reference.js";

/** Creator and last author of every workbook: fixed, so the same input gives the same bytes. */
export const FORM_CREATOR = "baocao";
export const DATE_FORMAT = "dd/mm/yyyy";
export const NUMBER_FORMAT = "#,##0";
/** Text format: a phone number keeps its leading 0, "12/05" stays text. */
export const TEXT_FORMAT = "@";

// Excel's default font, named: a font element without a name falls back to a serif face in LibreOffice.
export const FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };
export const BOLD: Partial<Font> = { ...FONT, bold: true };

export const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
/** Light yellow: the cells a unit fills in, and the totals of the summary. */
export const YELLOW_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
/** Thin grey lines around a cell. */
export const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const WRAP_TOP: Partial<Alignment> = { wrapText: true, vertical: "top" };

/** A4 portrait, all columns on one page width. */
export const PORTRAIT_A4: Partial<PageSetup> = {
  paperSize: 9,
  orientation: "portrait",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** Panes frozen left of column xSplit + 1 and above row ySplit + 1. */
export function frozen(xSplit: number, ySplit: number): Partial<WorksheetView> {
  const topLeftCell = `${columnLetter(xSplit + 1)}${ySplit + 1}`;
  return { state: "frozen", xSplit, ySplit, topLeftCell, activeCell: topLeftCell };
}
