// Đơn vị chưa nộp: the units that did not submit, were rejected or were late.
import type { Workbook, Worksheet } from "exceljs";
import type { Aggregate } from "../../aggregate/types.js";
import { fitWidth, frozen, wrappedHeight } from "../excel/index.js";
import { unitNames } from "./rows.js";
import type { UnitRow } from "./rows.js";
import { addSheet, printHeader, setNumber, setText, writeHeaderRow } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import { CENTERED, LANDSCAPE_A4, NOTE, TEXT, WRAPPED } from "./styles.js";

export const UNIT_STATUS = {
  missing: "Chưa nộp",
  rejected: "Bị từ chối",
  late: "Nộp muộn",
} as const;

const MISSING_HEADERS = ["STT", "Mã", "Tên đơn vị", "Tình trạng"] as const;

export function addMissingSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  label: string,
  units: readonly UnitRow[],
): Worksheet {
  const sheet = addSheet(workbook, SUMMARY_SHEETS.missing, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, orientation: "portrait", printTitlesRow: "1:1" },
    headerFooter: printHeader(`Đơn vị chưa nộp, bị từ chối, nộp muộn — ${label}`),
  });
  const nameOf = unitNames(units);
  const rejected = new Set(aggregate.units.rejected);
  // A rejected unit has no accepted submission, so it is also "missing": list it once, as rejected.
  const rows: [code: string, status: string][] = [
    ...aggregate.units.missing
      .filter((code) => !rejected.has(code))
      .map((code): [string, string] => [code, UNIT_STATUS.missing]),
    ...aggregate.units.rejected.map((code): [string, string] => [code, UNIT_STATUS.rejected]),
    ...aggregate.units.late.map((code): [string, string] => [code, UNIT_STATUS.late]),
  ];
  const nameWidth = fitWidth(
    rows.map(([code]) => nameOf(code)),
    30,
    60,
  );
  const widths = [6, fitWidth(["Mã", ...rows.map(([code]) => code)], 10, 20), nameWidth, 14];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, MISSING_HEADERS, widths);
  rows.forEach(([code, status], index) => {
    const row = sheet.getRow(index + 2);
    const name = nameOf(code);
    setNumber(row.getCell(1), index + 1, CENTERED);
    setText(row.getCell(2), code, TEXT);
    setText(row.getCell(3), name, WRAPPED);
    setText(row.getCell(4), status, TEXT);
    row.height = wrappedHeight([[name, nameWidth]]);
  });
  if (rows.length === 0) setText(sheet.getCell("A2"), "Tất cả đơn vị đã nộp đúng hạn.", NOTE);
  const submitted = aggregate.units.submitted.length;
  const expected = aggregate.units.expected.length;
  setText(sheet.getCell(Math.max(2, rows.length + 1) + 2, 1), `Đã nộp: ${submitted}/${expected} đơn vị.`, NOTE);
  return sheet;
}
