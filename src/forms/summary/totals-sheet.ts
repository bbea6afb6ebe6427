// Tổng hợp: each indicator's total this period (a live reference to "Theo đơn vị"), last year's, the
// change and its percentage, grouped I, II, III … as in the report.
import type { Workbook, Worksheet } from "exceljs";
import type { Aggregate } from "../../aggregate/types.js";
import { isValidPeriod, periodLabel, previousPeriod } from "../../domain/period/index.js";
import type { Period } from "../../domain/period/index.js";
import { roundDecimal } from "../../vn/numbers.js";
import { fitWidth, frozen, sheetReference, wrappedHeight } from "../excel/index.js";
import type { IndicatorGroupRows, TotalCell } from "./rows.js";
import { addSheet, printHeader, setFormula, setNumber, setText, writeHeaderRow } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import { CENTERED, GROUP, LANDSCAPE_A4, NUMBER, PERCENT, TEXT, WRAPPED } from "./styles.js";

/** Column letters of the "Tổng hợp" sheet. */
export const TOTALS_COLUMNS = {
  number: "A",
  code: "B",
  name: "C",
  unit: "D",
  current: "E",
  previous: "F",
  change: "G",
  changePct: "H",
} as const;

export function addTotalsSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  period: Period,
  groups: readonly IndicatorGroupRows[],
  totals: readonly TotalCell[],
): Worksheet {
  const label = periodLabel(period);
  const sheet = addSheet(workbook, SUMMARY_SHEETS.totals, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, printTitlesRow: "1:1" },
    headerFooter: printHeader(`Tổng hợp số liệu ${label}`),
  });
  const previous = previousPeriod(period);
  const headers = [
    "STT",
    "Mã",
    "Chỉ tiêu",
    "Đơn vị tính",
    `Kỳ này\n(${label})`,
    isValidPeriod(previous) ? `Cùng kỳ\n(${periodLabel(previous)})` : "Cùng kỳ năm trước",
    "Tăng/giảm",
    "Tỷ lệ (%)",
  ];
  const widths = [
    6,
    fitWidth(
      aggregate.indicators.map((i) => i.code),
      8,
      12,
    ),
    60,
    fitWidth(
      aggregate.indicators.map((i) => i.unit),
      12,
      20,
    ),
    18,
    18,
    16,
    11,
  ];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, headers, widths);

  const totalByCode = new Map(totals.map((total) => [total.indicator.code, total]));
  const c = TOTALS_COLUMNS;
  let rowNumber = 2;
  for (const group of groups) {
    const groupRow = sheet.getRow(rowNumber);
    setText(groupRow.getCell(1), group.title, GROUP);
    for (let column = 2; column <= headers.length; column += 1) groupRow.getCell(column).style = GROUP;
    sheet.mergeCells(rowNumber, 1, rowNumber, headers.length);
    rowNumber += 1;
    group.indicators.forEach((indicator, index) => {
      const total = totalByCode.get(indicator.code);
      if (total === undefined) throw new Error(`No total cell for ${indicator.code}`);
      const row = sheet.getRow(rowNumber);
      const r = rowNumber;
      setNumber(row.getCell(1), index + 1, CENTERED);
      setText(row.getCell(2), indicator.code, TEXT);
      setText(row.getCell(3), indicator.name, WRAPPED);
      setText(row.getCell(4), indicator.unit, WRAPPED);
      // Kỳ này: the live total of "Theo đơn vị" ("" when nobody reported the indicator).
      setFormula(
        row.getCell(5),
        `${sheetReference(SUMMARY_SHEETS.byUnit)}!${total.address}`,
        total.value ?? "",
        NUMBER,
      );
      row.getCell(6).style = NUMBER;
      if (indicator.previous !== null) row.getCell(6).value = indicator.previous;
      const current = total.value;
      const before = indicator.previous;
      // Blank on either side: no comparison (aggregate.json says null).
      setFormula(
        row.getCell(7),
        `IF(OR(${c.current}${r}="",${c.previous}${r}=""),"",${c.current}${r}-${c.previous}${r})`,
        current === null || before === null ? "" : current - before,
        NUMBER,
      );
      // The percentage of the previous figure rounded to 0.1% (half away from zero, as computeChange does);
      // none on a zero base.
      setFormula(
        row.getCell(8),
        `IF(OR(${c.current}${r}="",${c.previous}${r}="",${c.previous}${r}=0),"",ROUND((${c.current}${r}-${c.previous}${r})/ABS(${c.previous}${r}),3))`,
        current === null || before === null || before === 0
          ? ""
          : roundDecimal((current - before) / Math.abs(before), 3),
        PERCENT,
      );
      row.height = wrappedHeight([
        [indicator.name, widths[2] ?? 60],
        [indicator.unit, widths[3] ?? 12],
      ]);
      rowNumber += 1;
    });
  }
  return sheet;
}
