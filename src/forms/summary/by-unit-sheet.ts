// Theo đơn vị: units × indicators, with live SUM totals that "Tổng hợp" cites.
import type { Workbook, Worksheet } from "exceljs";
import type { Aggregate, IndicatorAggregate } from "../../aggregate/types.js";
import { FONT, fitWidth, frozen, wrappedHeight } from "../excel/index.js";
import { BY_UNIT_FIRST_COLUMN, BY_UNIT_FIRST_ROW, TOTAL_LABEL } from "./rows.js";
import type { TotalCell, UnitRow } from "./rows.js";
import { addSheet, printHeader, setFormula, setText, writeHeaderRow } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import {
  GROUP_FILL,
  LANDSCAPE_A4,
  NUMBER,
  PRINTABLE_WIDTH,
  TEXT,
  TOTAL_NUMBER,
  TOTAL_TEXT,
  WRAPPED,
} from "./styles.js";

export function addByUnitSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  label: string,
  units: readonly UnitRow[],
  indicators: readonly IndicatorAggregate[],
  totals: readonly TotalCell[],
): Worksheet {
  const codeWidth = fitWidth(["Mã", ...units.map((unit) => unit.code)], 8, 18);
  const nameWidth = fitWidth(
    units.map((unit) => unit.name),
    24,
    40,
  );
  const widths = [codeWidth, nameWidth, ...indicators.map((indicator) => (indicator.type === "money" ? 17 : 13))];
  // Twenty indicators on one A4 width would print at a third of their size: spread them over as many
  // pages as keep the scale near 75%, with the unit columns repeated on each.
  const indicatorWidth = widths.slice(2).reduce((sum, width) => sum + width, 0);
  const pagesWide = Math.max(1, Math.ceil(indicatorWidth / (PRINTABLE_WIDTH / 0.75 - codeWidth - nameWidth)));
  const sheet = addSheet(workbook, SUMMARY_SHEETS.byUnit, {
    views: [frozen(BY_UNIT_FIRST_COLUMN - 1, BY_UNIT_FIRST_ROW - 1)],
    pageSetup: {
      ...LANDSCAPE_A4,
      fitToWidth: pagesWide,
      printTitlesRow: `1:${BY_UNIT_FIRST_ROW - 1}`,
      printTitlesColumn: "A:B",
    },
    headerFooter: printHeader(`Số liệu theo đơn vị — ${label}`),
  });
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));

  writeHeaderRow(sheet, 1, ["Mã", "Đơn vị", ...indicators.map((indicator) => indicator.code)], widths);
  const names = ["", "", ...indicators.map((indicator) => `${indicator.name} (${indicator.unit})`)];
  writeHeaderRow(sheet, 2, names, widths, { font: FONT });
  sheet.mergeCells("A1:A2");
  sheet.mergeCells("B1:B2");

  // A unit without an accepted submission is shaded, so its blank row reads "not submitted" rather than
  // "nothing to report" (a unit also leaves blank the indicators its kind does not report).
  const submitted = new Set(aggregate.units.submitted);
  units.forEach((unit, index) => {
    const row = sheet.getRow(BY_UNIT_FIRST_ROW + index);
    const shade = submitted.has(unit.code) ? {} : { fill: GROUP_FILL };
    setText(row.getCell(1), unit.code, { ...TEXT, ...shade });
    setText(row.getCell(2), unit.name, { ...WRAPPED, ...shade });
    indicators.forEach((indicator, column) => {
      const cell = row.getCell(BY_UNIT_FIRST_COLUMN + column);
      cell.style = { ...NUMBER, ...shade };
      const value = indicator.byUnit[unit.code];
      if (value !== undefined) cell.value = value;
    });
    row.height = wrappedHeight([[unit.name, nameWidth]]);
  });

  const totalRow = sheet.getRow(BY_UNIT_FIRST_ROW + units.length);
  setText(totalRow.getCell(1), TOTAL_LABEL, TOTAL_TEXT);
  totalRow.getCell(2).style = TOTAL_TEXT;
  sheet.mergeCells(totalRow.number, 1, totalRow.number, 2);
  totals.forEach((total, index) => {
    const cell = totalRow.getCell(BY_UNIT_FIRST_COLUMN + index);
    // Nobody reported the indicator: blank rather than a misleading 0, but still live if a figure is typed in.
    const formula = total.value === null ? `IF(COUNT(${total.range})=0,"",SUM(${total.range}))` : `SUM(${total.range})`;
    setFormula(cell, formula, total.value ?? "", TOTAL_NUMBER);
  });
  return sheet;
}
