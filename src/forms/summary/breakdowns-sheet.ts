// Phân loại vụ việc: incidents counted by area, field, behaviour, handling and unit, each with a live total.
import type { Workbook, Worksheet } from "exceljs";
import type { Aggregate, Tally } from "../../aggregate/types.js";
import { columnLetter, fitWidth, wrappedHeight } from "../excel/index.js";
import { unitNames } from "./rows.js";
import type { UnitRow } from "./rows.js";
import { addSheet, printHeader, setFormula, setNumber, setText, writeHeaderRow } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import { CENTERED, LANDSCAPE_A4, NUMBER, SECTION, TOTAL_NUMBER, TOTAL_TEXT, WRAPPED } from "./styles.js";

export const BREAKDOWN_SECTIONS = [
  { key: "byArea", title: "Theo địa bàn" },
  { key: "byField", title: "Theo lĩnh vực" },
  { key: "byBehavior", title: "Theo hành vi" },
  { key: "byHandling", title: "Theo hình thức xử lý" },
  { key: "byUnit", title: "Theo đơn vị báo cáo" },
] as const;

const BREAKDOWN_HEADERS = ["STT", "Phân loại", "Số vụ", "Thiệt hại (đồng)", "Tiền phạt (đồng)"] as const;

export function addBreakdownSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  label: string,
  units: readonly UnitRow[],
): Worksheet {
  const sheet = addSheet(workbook, SUMMARY_SHEETS.breakdowns, {
    pageSetup: { ...LANDSCAPE_A4, orientation: "portrait" },
    headerFooter: printHeader(`Phân loại vụ việc — ${label}`),
  });
  const nameOf = unitNames(units);
  const incidents = aggregate.incidents;
  const sections = BREAKDOWN_SECTIONS.map((section) => {
    const entries: [label: string, tally: Tally][] =
      section.key === "byUnit"
        ? unitOrder(units, incidents.byUnit).map((code): [string, Tally] => [
            `${code} - ${nameOf(code)}`,
            incidents.byUnit[code] as Tally,
          ])
        : Object.entries(incidents[section.key]).map(([label, breakdown]): [string, Tally] => [label, breakdown.total]);
    return { title: section.title, entries };
  });
  const labelWidth = fitWidth(
    sections.flatMap((section) => section.entries.map(([label]) => label)),
    30,
    50,
  );
  const widths = [6, labelWidth, 10, 18, 18];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));

  let rowNumber = 1;
  sections.forEach((section, index) => {
    setText(sheet.getCell(rowNumber, 1), `${index + 1}. ${section.title}`, SECTION);
    rowNumber += 1;
    writeHeaderRow(sheet, rowNumber, BREAKDOWN_HEADERS, widths);
    rowNumber += 1;
    const first = rowNumber;
    section.entries.forEach(([label, tally], position) => {
      const row = sheet.getRow(rowNumber);
      setNumber(row.getCell(1), position + 1, CENTERED);
      setText(row.getCell(2), label, WRAPPED);
      setNumber(row.getCell(3), tally.count, NUMBER);
      setNumber(row.getCell(4), tally.damage, NUMBER);
      setNumber(row.getCell(5), tally.fines, NUMBER);
      row.height = wrappedHeight([[label, labelWidth]]);
      rowNumber += 1;
    });
    const row = sheet.getRow(rowNumber);
    setText(row.getCell(1), "Cộng", TOTAL_TEXT);
    row.getCell(2).style = TOTAL_TEXT;
    sheet.mergeCells(rowNumber, 1, rowNumber, 2);
    const sums: Tally = section.entries.reduce(
      (sum, [, tally]) => ({
        count: sum.count + tally.count,
        damage: sum.damage + tally.damage,
        fines: sum.fines + tally.fines,
      }),
      { count: 0, damage: 0, fines: 0 },
    );
    (["count", "damage", "fines"] as const).forEach((key, offset) => {
      const letter = columnLetter(3 + offset);
      const formula = section.entries.length === 0 ? "0" : `SUM(${letter}${first}:${letter}${rowNumber - 1})`;
      setFormula(row.getCell(3 + offset), formula, sums[key], TOTAL_NUMBER);
    });
    rowNumber += 2;
  });
  return sheet;
}

function unitOrder(units: readonly UnitRow[], byUnit: Readonly<Record<string, Tally>>): string[] {
  return units.map((unit) => unit.code).filter((code) => byUnit[code] !== undefined);
}
