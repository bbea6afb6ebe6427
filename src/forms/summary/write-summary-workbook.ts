// The summary workbook out/<period>/tong-hop.xlsx for the clerk and the auditors (DESIGN §6): totals by
// indicator with the comparison, unit × indicator with live SUM totals, the merged incident list, the
// incident breakdowns and the units that did not submit, one file per sheet. Pure: aggregate,
// configuration and period in, bytes out; no file system, no clock. The same input gives byte-identical
// output.
//
// Written with exceljs' streaming WorkbookWriter, each row committed as soon as it is complete: the
// in-memory Workbook keeps an object per cell, and 100,000 incidents × 13 cells took over a gigabyte.
// Only the compressed package is held (a few megabytes per 100,000 incidents).
//
// Formulas carry cached results computed here the way Excel computes them, so a reader that never
// recalculates (exceljs, a viewer, LibreOffice with its default "never recalculate") shows the same
// figures as aggregate.json, and Excel recalculating changes nothing.
//
// Text from submissions (descriptions, notes, unit names, file names …) is only ever assigned as a JS
// string, which exceljs writes as a shared-string cell (t="s"): never a formula, whatever it starts with.
// Formulas are built here from cell addresses and the fixed sheet names only.
import ExcelJS from "exceljs";
import { Writable } from "node:stream";
import type { Aggregate } from "../../aggregate/types.js";
import { dataWindow, periodLabel } from "../../domain/period/index.js";
import type { Period } from "../../domain/period/index.js";
import type { WorkspaceConfig } from "../../workspace/schema.js";
import { withFixedZipTimestamps } from "../../zip/index.js";
import { FORM_CREATOR } from "../excel/index.js";
import { addBreakdownSheet } from "./breakdowns-sheet.js";
import { addByUnitSheet } from "./by-unit-sheet.js";
import { addIncidentSheet } from "./incidents-sheet.js";
import { addMissingSheet } from "./missing-sheet.js";
import { indicatorGroups, totalCells, unitRows } from "./rows.js";
import type { UnitRow } from "./rows.js";
import { SUMMARY_ZIP_LEVEL, withPrintOptions } from "./sheet-writer.js";
import type { PackageParts } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import { addTimelinessSheet } from "./timeliness-sheet.js";
import { addTotalsSheet } from "./totals-sheet.js";
import type { SubmissionHistory } from "../../store/submission-history.js";

/** The summary workbook of `period` as .xlsx bytes, identical for identical input. */
export async function writeSummaryWorkbook(
  aggregate: Aggregate,
  config: WorkspaceConfig,
  period: Period,
  /** Timeliness over the periods up to this one (the "Tiến độ nộp báo cáo" sheet); no sheet without it. */
  history?: SubmissionHistory,
): Promise<Buffer> {
  // The stamp is the day the data window closes: fixed by the input, never the clock.
  const end = dataWindow(period, config.periods.rule).to;
  const stamp = new Date(Date.UTC(end.year, end.month - 1, end.day));
  const label = periodLabel(period);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Shared strings: text cells are t="s" (never a formula); styles: the fonts, fills, borders and formats.
  // The deflate level named, so that withPrintOptions deflates the sheets it edits the same way.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: true,
    useStyles: true,
    zip: { zlib: { level: SUMMARY_ZIP_LEVEL } },
  });
  workbook.creator = FORM_CREATOR;
  workbook.lastModifiedBy = FORM_CREATOR;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Tổng hợp số liệu ${label}`;

  const units = unitRows(aggregate, config);
  const groups = indicatorGroups(aggregate, config);
  const indicators = groups.flatMap((group) => group.indicators);
  const totals = totalCells(units, indicators);
  // One sheet at a time, each committed before the next: the package is written in sheet order.
  addTotalsSheet(workbook, aggregate, period, groups, totals).commit();
  addByUnitSheet(workbook, aggregate, label, units, indicators, totals).commit();
  const incidents = addIncidentSheet(workbook, aggregate, label, units);
  incidents.sheet.commit();
  addBreakdownSheet(workbook, aggregate, label, units).commit();
  addMissingSheet(workbook, aggregate, label, units).commit();
  if (history) addTimelinessSheet(workbook, history, label, historyNames(config, units)).commit();
  await workbook.commit();
  // The incident rows are written into the Vụ việc sheet's XML directly (incidents-sheet.ts).
  const rows = incidents.rows;
  const direct =
    rows === null
      ? undefined
      : ({ read, sheetPart }: PackageParts) => {
          const edits = rows(read(SHARED_STRINGS));
          const parts = new Map([[sheetPart(SUMMARY_SHEETS.incidents), edits.sheet]]);
          if (edits.sharedStrings !== null) parts.set(SHARED_STRINGS, edits.sharedStrings);
          return parts;
        };
  return withFixedZipTimestamps(await withPrintOptions(workbook, Buffer.concat(chunks), direct), end);
}

const SHARED_STRINGS = "xl/sharedStrings.xml";

/** Names from the aggregate's rows, else from the configuration (a unit with no submission this period). */
function historyNames(config: WorkspaceConfig, units: readonly UnitRow[]): (code: string) => string {
  const names = new Map(config.units.map((unit) => [unit.code, unit.name]));
  for (const unit of units) names.set(unit.code, unit.name);
  return (code) => names.get(code) ?? code;
}
