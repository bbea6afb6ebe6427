// exceljs helpers shared by the workbooks baocao writes: references, fitted widths and heights, styles, protection.
export { columnLetter, sheetReference } from "./cell-reference.js";
export { characterCount, fitWidth, lineWraps, rowHeight, widthFor, wrappedHeight, wrappedLines } from "./text-fit.js";
export {
  BOLD,
  DATE_FORMAT,
  FONT,
  FORM_CREATOR,
  GRID,
  HEADER_FILL,
  NUMBER_FORMAT,
  PORTRAIT_A4,
  TEXT_FORMAT,
  WRAP_TOP,
  YELLOW_FILL,
  frozen,
} from "./styles.js";
export { addValidation, protect } from "./protection.js";
export { makeWorkbookTextXmlSafe } from "./xml-safe-workbook.js";
