// The summary workbook tong-hop.xlsx (DESIGN §6): totals, unit × indicator with live SUMs, incidents, missing units.
export { writeSummaryWorkbook } from "./write-summary-workbook.js";
export { SUMMARY_FILE, SUMMARY_SHEETS } from "./sheets.js";
export { PERCENT_FORMAT } from "./styles.js";
export { BY_UNIT_FIRST_COLUMN, BY_UNIT_FIRST_ROW, TOTAL_LABEL } from "./rows.js";
export { TOTALS_COLUMNS } from "./totals-sheet.js";
export { INCIDENT_LIST_HEADERS } from "./incidents-sheet.js";
export { BREAKDOWN_SECTIONS } from "./breakdowns-sheet.js";
export { UNIT_STATUS } from "./missing-sheet.js";
export { TIMELINESS_STATES, TIMELINESS_FOOTER_ROWS, timelinessText } from "./timeliness-sheet.js";
