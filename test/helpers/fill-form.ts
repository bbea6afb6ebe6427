// Fills a blank form the way an agency would: used by the tests, the sample generator and the benchmark.
// A test helper, not part of the package: `npm run build` also compiles it (tsconfig.helpers.json) into
// dist-test/, outside the published files, for the plain .js of scripts/ and bench/. Cells are found through the same contract as intake (headers by text, indicators by code),
// so a fill that intake cannot read back is a bug in one of the two.
import type ExcelJS from "exceljs";
import type { CalendarDate } from "../../src/domain/calendar-date.js";
import { readCell } from "../../src/intake/cell-value.js";
import { asText } from "../../src/intake/interpret.js";
import { findHeaderColumns, findSheet } from "../../src/intake/locate.js";
import type { RowSource } from "../../src/intake/locate.js";
import { buildBlankForm } from "../../src/forms/blank/index.js";
import type { BlankFormInput } from "../../src/forms/blank/index.js";
import { formWindow } from "../../src/forms/blank/index.js";
import { withFixedZipTimestamps } from "../../src/zip/index.js";
import {
  ASSESSMENT_HEADERS,
  ASSESSMENT_SECTIONS,
  INCIDENT_HEADERS,
  INDICATOR_HEADERS,
  INFO_LABELS,
  SHEETS,
} from "../../src/domain/form-contract.js";
import type { AssessmentSection, IncidentColumn, InfoKey } from "../../src/domain/form-contract.js";

/** A value as typed: a number, text (even text in a number column), a date, or a raw exceljs value. */
export type TypedValue = number | string | CalendarDate | ExcelJS.CellValue | null;

export interface FormData {
  info?: Partial<Record<InfoKey, TypedValue>>;
  indicators?: Record<string, { current?: TypedValue; previous?: TypedValue; note?: string }>;
  incidents?: Partial<Record<IncidentColumn, TypedValue>>[];
  assessment?: Partial<Record<AssessmentSection, string>>;
}

export function fillForm(workbook: ExcelJS.Workbook, data: FormData): ExcelJS.Workbook {
  const info = findSheet(workbook.worksheets, SHEETS.info);
  if (info !== undefined && data.info !== undefined) {
    for (let row = 1; row <= info.rowCount; row++) {
      const label = asText(readCell(info.getCell(row, 1)));
      const key = (Object.keys(INFO_LABELS) as InfoKey[]).find((k) => INFO_LABELS[k] === label);
      if (key !== undefined && key in data.info) setValue(info.getCell(row, 2), data.info[key] ?? null);
    }
  }
  const indicators = findSheet(workbook.worksheets, SHEETS.indicators);
  if (indicators !== undefined && data.indicators !== undefined) {
    const { row: header, columns } = findHeaderColumns(excelRows(indicators), INDICATOR_HEADERS);
    for (let row = header + 1; row <= indicators.rowCount; row++) {
      const code = asText(readCell(indicators.getCell(row, columns.code ?? 1)));
      const values = code === null ? undefined : data.indicators[code];
      if (values === undefined) continue;
      if (values.current !== undefined && columns.current)
        setValue(indicators.getCell(row, columns.current), values.current);
      if (values.previous !== undefined && columns.previous)
        setValue(indicators.getCell(row, columns.previous), values.previous);
      if (values.note !== undefined && columns.note) setValue(indicators.getCell(row, columns.note), values.note);
    }
  }
  const incidents = findSheet(workbook.worksheets, SHEETS.incidents);
  if (incidents !== undefined && data.incidents !== undefined) {
    const { row: header, columns } = findHeaderColumns(excelRows(incidents), INCIDENT_HEADERS);
    data.incidents.forEach((incident, index) => {
      for (const [key, value] of Object.entries(incident) as [IncidentColumn, TypedValue][]) {
        const column = columns[key];
        if (column !== undefined) setValue(incidents.getCell(header + 1 + index, column), value);
      }
    });
  }
  const assessment = findSheet(workbook.worksheets, SHEETS.assessment);
  if (assessment !== undefined && data.assessment !== undefined) {
    const { row: header, columns } = findHeaderColumns(excelRows(assessment), ASSESSMENT_HEADERS);
    for (let row = header + 1; row <= assessment.rowCount; row++) {
      const title = asText(readCell(assessment.getCell(row, columns.section ?? 1)));
      const key = (Object.keys(ASSESSMENT_SECTIONS) as AssessmentSection[]).find(
        (k) => ASSESSMENT_SECTIONS[k] === title,
      );
      if (key !== undefined && data.assessment[key] !== undefined && columns.content) {
        setValue(assessment.getCell(row, columns.content), data.assessment[key]);
      }
    }
  }
  return workbook;
}

/** An exceljs sheet's rows as intake reads them. */
function excelRows(sheet: ExcelJS.Worksheet): RowSource {
  return {
    rowCount: sheet.rowCount,
    cells(row) {
      const found: [number, ReturnType<typeof readCell>][] = [];
      sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, column) => found.push([column, readCell(cell)]));
      return found;
    },
  };
}

/** A blank form for the unit and period, filled with `data`, as deterministic .xlsx bytes. */
export async function writeFilledForm(input: BlankFormInput, data: FormData): Promise<Buffer> {
  const workbook = fillForm(await buildBlankForm(input), data);
  const written = await workbook.xlsx.writeBuffer();
  return withFixedZipTimestamps(new Uint8Array(written), formWindow(input.config, input.period).to);
}

function setValue(cell: ExcelJS.Cell, value: TypedValue): void {
  if (value !== null && typeof value === "object" && "year" in value && "month" in value && "day" in value) {
    cell.value = new Date(Date.UTC(value.year, value.month - 1, value.day));
    return;
  }
  cell.value = value;
}
