// The blank form's cell styles: locked labels, light-yellow input cells. Each object is shared by many
// cells and never mutated after creation.
import type { Font, PageSetup, Style } from "exceljs";
import { BOLD, FONT, HEADER_FILL, PORTRAIT_A4, WRAP_TOP, YELLOW_FILL } from "../excel/index.js";

export const TITLE_FONT: Partial<Font> = { ...FONT, size: 14, bold: true };

export const HEADER_STYLE: Partial<Style> = {
  font: BOLD,
  fill: HEADER_FILL,
  alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
  protection: { locked: true },
};
export const LABEL_STYLE: Partial<Style> = { font: BOLD, alignment: { vertical: "top" }, protection: { locked: true } };
export const LOCKED_STYLE: Partial<Style> = { alignment: { vertical: "top" }, protection: { locked: true } };
export const LOCKED_WRAP_STYLE: Partial<Style> = { alignment: WRAP_TOP, protection: { locked: true } };

/** A cell the unit fills in: unlocked, light yellow unless `fill: false`. */
export function inputStyle(numFmt?: string, options: { fill?: boolean; wrap?: boolean } = {}): Partial<Style> {
  return {
    ...(numFmt === undefined ? {} : { numFmt }),
    ...(options.fill === false ? {} : { fill: YELLOW_FILL }),
    alignment: options.wrap === true ? WRAP_TOP : { vertical: "top" },
    protection: { locked: false },
  };
}

/** A4 landscape, all columns on one page width (merged by exceljs with its default margins). */
export const LANDSCAPE_A4: Partial<PageSetup> = { ...PORTRAIT_A4, orientation: "landscape" };
