// The results sheet: every finding in one table, the first tab of the annotated copy.
import type { CellValue, Font, Style, Workbook, Worksheet } from "exceljs";
import { countBySeverity } from "../../domain/findings.js";
import { foldForCompare } from "../../vn/normalize.js";
import {
  BOLD,
  fitWidth,
  FONT,
  GRID,
  HEADER_FILL,
  sheetReference,
  TEXT_FORMAT,
  WRAP_TOP,
  wrappedHeight,
} from "../excel/index.js";
import type { AnnotatedFinding } from "./annotate-workbook.js";
import type { AnnotateLabels } from "./labels.js";
import { CELL_FILLS } from "./mark-cells.js";
import type { Target } from "./targets.js";

/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32_767;
const SUMMARY_ROW = 1;
const HEADER_ROW = 2;
const LINK_FONT: Partial<Font> = { ...FONT, color: { argb: "FF0563C1" }, underline: true };

type Column = "number" | "severity" | "sheet" | "cell" | "column" | "value" | "message" | "hint";
const COLUMNS: readonly Column[] = ["number", "severity", "sheet", "cell", "column", "value", "message", "hint"];

export interface ResultRow {
  readonly finding: AnnotatedFinding;
  readonly target: Target;
}

/** A sheet name not yet used in the workbook (Excel compares them case-insensitively). */
export function freeSheetName(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((sheet) => foldForCompare(sheet.name)));
  if (!taken.has(foldForCompare(wanted))) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(foldForCompare(candidate))) return candidate;
  }
}

export function addResultsSheet(
  workbook: Workbook,
  rows: readonly ResultRow[],
  labels: AnnotateLabels,
  title: string | undefined,
): Worksheet {
  const counts = countBySeverity(rows.map((row) => row.finding));
  const sheet = workbook.addWorksheet(freeSheetName(workbook, labels.sheetName), {
    properties: { tabColor: { argb: counts.errors > 0 ? "FFC00000" : "FFFFC000" } },
    views: [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: HEADER_ROW,
        topLeftCell: `A${HEADER_ROW + 1}`,
        activeCell: `A${HEADER_ROW + 1}`,
      },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });

  const summary = labels.summary(counts);
  const summaryCell = sheet.getCell(SUMMARY_ROW, 1);
  summaryCell.value = plain(title === undefined || title.trim() === "" ? summary : `${title} — ${summary}`);
  summaryCell.font = { ...BOLD, size: 12 };

  const widths: Record<Column, number> = {
    number: 6,
    severity: fitWidth([labels.headers.severity, labels.severity.error, labels.severity.warning], 9, 14),
    sheet: fitWidth([labels.headers.sheet, ...rows.map((row) => row.finding.sheet ?? "")], 10, 24),
    cell: fitWidth([labels.headers.cell, ...rows.map((row) => cellText(row, labels))], 7, 14),
    column: fitWidth([labels.headers.column, ...rows.map((row) => row.finding.column ?? "")], 10, 24),
    value: 22,
    message: 60,
    hint: 50,
  };
  COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = widths[column];
  });

  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = labels.headers[column];
    cell.style = {
      font: BOLD,
      fill: HEADER_FILL,
      border: GRID,
      alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
    };
  });

  rows.forEach((row, index) => {
    const { finding } = row;
    const excelRow = sheet.getRow(HEADER_ROW + 1 + index);
    const values: Record<Column, CellValue> = {
      number: index + 1,
      severity: labels.severity[finding.severity],
      sheet: finding.sheet === null ? null : plain(finding.sheet),
      cell: cellValue(row, labels),
      column: finding.column === null ? null : plain(finding.column),
      value: findingValue(finding.value),
      message: plain(finding.message),
      hint: plain(finding.hint),
    };
    COLUMNS.forEach((column, columnIndex) => {
      const cell = excelRow.getCell(columnIndex + 1);
      cell.value = values[column];
      const style: Partial<Style> = { font: FONT, border: GRID, alignment: WRAP_TOP };
      if (column === "severity")
        style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: CELL_FILLS[finding.severity] } };
      if (column === "cell" && isLink(values.cell)) style.font = LINK_FONT;
      // Shown as typed even if someone edits the cell later: "=1+1" stays text.
      if (column === "value" && typeof values.value === "string") style.numFmt = TEXT_FORMAT;
      cell.style = style;
    });
    excelRow.height = wrappedHeight([
      [plain(finding.message), widths.message],
      [plain(finding.hint), widths.hint],
      [typeof values.value === "string" ? values.value : "", widths.value],
      [finding.column ?? "", widths.column],
      [finding.sheet ?? "", widths.sheet],
    ]);
  });

  const lastRow = HEADER_ROW + rows.length;
  sheet.autoFilter = `A${HEADER_ROW}:${String.fromCharCode(64 + COLUMNS.length)}${lastRow}`;
  return sheet;
}

/** Text for a cell: as is (exceljs writes a string as a string, never as a formula), within Excel's limit. */
function plain(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

function findingValue(value: AnnotatedFinding["value"]): CellValue {
  if (value === null) return null;
  if (typeof value === "string") return plain(value);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value;
}

function cellText(row: ResultRow, labels: AnnotateLabels): string {
  const { target, finding } = row;
  if (target.kind === "cell") return target.address;
  if (target.kind === "row") return labels.row(target.row);
  return finding.cell ?? (finding.row === null ? "" : labels.row(finding.row));
}

/**
 * The cell's address, as a link to it. exceljs's own internal links are broken (it writes the target
 * both as an external relationship and as the location, so Excel and LibreOffice open
 * "file.xlsx#'Chỉ tiêu'!D3##'Chỉ tiêu'!D3"; exceljs#3027), so this is a HYPERLINK formula with its
 * result cached. The formula holds only the sheet's own name (quoted, escaped) and an address that
 * parseAddress checked; nothing from the submission's cells. Hidden sheets get no link: Excel cannot go
 * there.
 */
function cellValue(row: ResultRow, labels: AnnotateLabels): CellValue {
  const text = cellText(row, labels);
  const { target } = row;
  if (target.kind === "none" || target.sheet.state === "hidden" || target.sheet.state === "veryHidden")
    return text === "" ? null : plain(text);
  const address = target.kind === "cell" ? target.address : `A${target.row}`;
  const location = `#${sheetReference(target.sheet.name)}!${address}`;
  return { formula: `HYPERLINK(${stringLiteral(location)},${stringLiteral(text)})`, result: text };
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function isLink(value: CellValue): boolean {
  return typeof value === "object" && value !== null && "formula" in value;
}
