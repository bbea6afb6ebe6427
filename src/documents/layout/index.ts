// The layout engine: AdminDocument (../model.ts) → .docx bytes in the layout of Decree 30/2020/NĐ-CP.
export { renderDocument, buildDocument, packageDate, CREATOR } from "./render.js";
export { resolveMargins, pageGeometry, mmToTwips, A4, DEFAULT_MARGINS_MM, MARGIN_RANGES_MM } from "./page.js";
export type { Margins, PageGeometry } from "./page.js";
export { FONT_NAME, SIZE } from "./fonts.js";
export { numberLine, letterSummaryLine } from "./header-table.js";
export { recipientLines } from "./recipients.js";
export { copyLines } from "./closing.js";
export { textWidth } from "./metrics.js";
export { renderCombined } from "./combine.js";
