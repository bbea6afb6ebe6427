// Names in tong-hop.xlsx that other outputs cite (the report's Phụ lục III points the reader to the
// full incident list there). A module of its own so that citing them does not load exceljs.

/** The summary workbook's file name in out/<period>/. */
export const SUMMARY_FILE = "tong-hop.xlsx";

export const SUMMARY_SHEETS = {
  totals: "Tổng hợp",
  byUnit: "Theo đơn vị",
  incidents: "Vụ việc",
  breakdowns: "Phân loại vụ việc",
  missing: "Đơn vị chưa nộp",
  timeliness: "Tiến độ nộp báo cáo",
} as const;
