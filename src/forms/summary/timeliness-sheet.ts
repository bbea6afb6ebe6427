// Tiến độ nộp báo cáo: units × periods up to the aggregated one (đúng hạn / muộn N ngày / bị từ chối /
// chưa gửi), each unit's on-time rate, and under the table each period's deadline, completeness and
// on-time rate: the same as `baocao status --history --to <period>` (store/submission-history.ts).
import type { Workbook, Worksheet } from "exceljs";
import { parseIsoDate } from "../../domain/calendar-date.js";
import type { HistoryCell, SubmissionHistory } from "../../store/submission-history.js";
import { formatShortDate } from "../../vn/dates.js";
import { fitWidth, frozen, wrappedHeight } from "../excel/index.js";
import { addSheet, printHeader, setNumber, setText, writeHeaderRow } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import { CENTERED, LANDSCAPE_A4, NOTE, NUMBER, PERCENT, TEXT, TOTAL_TEXT, WRAPPED } from "./styles.js";

export const TIMELINESS_STATES = {
  "on-time": "Đúng hạn",
  late: "Muộn",
  rejected: "Bị từ chối",
  missing: "Chưa gửi",
} as const;

/** "Muộn 3 ngày", "Đúng hạn" … */
export function timelinessText(cell: HistoryCell): string {
  return cell.state === "late" ? `Muộn ${cell.daysLate} ngày` : TIMELINESS_STATES[cell.state];
}

export const TIMELINESS_FOOTER_ROWS = ["Hạn gửi", "Số đơn vị đã nộp", "Tỷ lệ đã nộp", "Tỷ lệ đúng hạn"] as const;

export function addTimelinessSheet(
  workbook: Workbook,
  history: SubmissionHistory,
  label: string,
  nameOf: (code: string) => string,
): Worksheet {
  const sheet = addSheet(workbook, SUMMARY_SHEETS.timeliness, {
    views: [frozen(3, 1)],
    pageSetup: { ...LANDSCAPE_A4, printTitlesRow: "1:1" },
    headerFooter: printHeader(`Tiến độ nộp báo cáo đến ${label}`),
  });
  const periods = history.periods;
  const headers = ["STT", "Mã", "Tên đơn vị", ...periods.map((p) => p.code), "Số kỳ đúng hạn", "Tỷ lệ đúng hạn"];
  const names = history.units.map((unit) => nameOf(unit.unit));
  const nameWidth = fitWidth([...names, ...TIMELINESS_FOOTER_ROWS], 24, 50);
  const periodWidth = (p: number) =>
    fitWidth([periods[p]!.code, ...history.units.map((unit) => timelinessText(unit.cells[p]!))], 11, 16);
  const widths = [
    6,
    fitWidth(["Mã", ...history.units.map((unit) => unit.unit)], 8, 20),
    nameWidth,
    ...periods.map((_, p) => periodWidth(p)),
    10,
    10,
  ];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, headers, widths);
  const first = 4; // the first period's column
  const rateColumn = first + periods.length;

  history.units.forEach((unit, u) => {
    const row = sheet.getRow(u + 2);
    setNumber(row.getCell(1), u + 1, CENTERED);
    setText(row.getCell(2), unit.unit, TEXT);
    setText(row.getCell(3), names[u]!, WRAPPED);
    unit.cells.forEach((cell, p) => setText(row.getCell(first + p), timelinessText(cell), CENTERED));
    setNumber(row.getCell(rateColumn), unit.onTime, NUMBER);
    if (unit.onTimeRate === null) setText(row.getCell(rateColumn + 1), "", PERCENT);
    else setNumber(row.getCell(rateColumn + 1), unit.onTimeRate, PERCENT);
    row.height = wrappedHeight([[names[u]!, nameWidth]]);
  });

  const footer = history.units.length + 2;
  const footerRows: ((p: number, cell: ExcelJSCell) => void)[] = [
    (p, cell) => setText(cell, formatShortDate(parseIsoDate(periods[p]!.deadline)!), CENTERED),
    (p, cell) => setText(cell, `${periods[p]!.received}/${periods[p]!.expected}`, CENTERED),
    (p, cell) => rate(cell, periods[p]!.completeness),
    (p, cell) => rate(cell, periods[p]!.onTimeRate),
  ];
  footerRows.forEach((write, index) => {
    const row = sheet.getRow(footer + index);
    sheet.mergeCells(footer + index, 1, footer + index, 3);
    setText(row.getCell(1), TIMELINESS_FOOTER_ROWS[index]!, TOTAL_TEXT);
    periods.forEach((_, p) => write(p, row.getCell(first + p)));
  });
  setText(
    sheet.getCell(footer + footerRows.length + 1, 1),
    "Đúng hạn: tệp đạt đầu tiên nhận được trước hết ngày hạn gửi (ngày nhận ghi trong sổ ledger). " +
      "Tỷ lệ đã nộp: số đơn vị có báo cáo đạt trên số đơn vị phải nộp.",
    NOTE,
  );
  return sheet;

  function rate(cell: ExcelJSCell, value: number | null): void {
    if (value === null) setText(cell, "", PERCENT);
    else setNumber(cell, value, PERCENT);
  }
}

type ExcelJSCell = Parameters<typeof setText>[0];
