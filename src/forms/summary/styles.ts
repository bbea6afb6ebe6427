// The summary workbook's cell styles and page: shared objects, never mutated.
import type { Alignment, Fill, Font, PageSetup, Style } from "exceljs";
import { BOLD, DATE_FORMAT, FONT, GRID, HEADER_FILL, NUMBER_FORMAT, WRAP_TOP, YELLOW_FILL } from "../excel/index.js";

export const PERCENT_FORMAT = "0.0%";

const ITALIC: Partial<Font> = { ...FONT, italic: true };
export const GROUP_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const TOP: Partial<Alignment> = { vertical: "top" };
const CENTER_TOP: Partial<Alignment> = { vertical: "top", horizontal: "center" };

export const HEADER: Partial<Style> = {
  font: BOLD,
  fill: HEADER_FILL,
  border: GRID,
  alignment: { vertical: "middle", horizontal: "center", wrapText: true },
};
export const TEXT: Partial<Style> = { font: FONT, border: GRID, alignment: TOP };
export const WRAPPED: Partial<Style> = { font: FONT, border: GRID, alignment: WRAP_TOP };
export const CENTERED: Partial<Style> = { font: FONT, border: GRID, alignment: CENTER_TOP };
export const NUMBER: Partial<Style> = { font: FONT, border: GRID, alignment: TOP, numFmt: NUMBER_FORMAT };
export const PERCENT: Partial<Style> = {
  font: FONT,
  border: GRID,
  alignment: { vertical: "top", horizontal: "right" },
  numFmt: PERCENT_FORMAT,
};
export const DATE: Partial<Style> = { font: FONT, border: GRID, alignment: CENTER_TOP, numFmt: DATE_FORMAT };
export const GROUP: Partial<Style> = { font: BOLD, fill: GROUP_FILL, border: GRID, alignment: TOP };
export const TOTAL_TEXT: Partial<Style> = { font: BOLD, fill: YELLOW_FILL, border: GRID, alignment: TOP };
export const TOTAL_NUMBER: Partial<Style> = { ...TOTAL_TEXT, numFmt: NUMBER_FORMAT };
export const SECTION: Partial<Style> = { font: { ...BOLD, size: 12 }, alignment: TOP };
export const NOTE: Partial<Style> = { font: ITALIC, alignment: TOP };

/** A4 landscape, all columns on one page width. */
export const LANDSCAPE_A4: Partial<PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Column-width units (characters of the default font) across A4 landscape at 100% within the margins above. */
export const PRINTABLE_WIDTH = 140;
