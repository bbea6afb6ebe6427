// The summary workbook tong-hop.xlsx (DESIGN §6): totals, unit × indicator with live SUMs, incidents, missing units.
export {
  BREAKDOWN_SECTIONS,
  BY_UNIT_FIRST_COLUMN,
  BY_UNIT_FIRST_ROW,
  INCIDENT_LIST_HEADERS,
  PERCENT_FORMAT,
  SUMMARY_FILE,
  SUMMARY_SHEETS,
  TOTAL_LABEL,
  TOTALS_COLUMNS,
  UNIT_STATUS,
  writeSummaryWorkbook,
} from "./write-summary-workbook.js";
