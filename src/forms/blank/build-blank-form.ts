// The blank submission form (form version 1, DESIGN §4): one .xlsx per unit and period, sent to the
// agency, filled in and read back by intake. Pure: configuration in, workbook or bytes out; no file
// system, no clock. The same input gives byte-identical output (see zip/timestamps.ts for why the
// bytes need help). One file per sheet; this one puts them together in the order of the form.
import ExcelJS from "exceljs";
import type { Workbook } from "exceljs";
import type { Period } from "../../domain/period/index.js";
import { periodLabel } from "../../domain/period/index.js";
import type { Unit } from "../../domain/unit.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import { FORM_CREATOR, makeWorkbookTextXmlSafe } from "../excel/index.js";
import { addAssessmentSheet } from "./assessment-sheet.js";
import { formWindow } from "./guide.js";
import { addGuideSheet } from "./guide-sheet.js";
import { addListSheet, addMetaSheet } from "./hidden-sheets.js";
import { addIncidentSheet, listColumns } from "./incident-sheet.js";
import { addIndicatorSheet } from "./indicator-sheet.js";
import { addInfoSheet } from "./info-sheet.js";
import { toUtcDate } from "./validations.js";
import { withFixedZipTimestamps } from "../../zip/index.js";

export { DATE_FORMAT, FORM_CREATOR, NUMBER_FORMAT } from "../excel/index.js";

export interface BlankFormInput {
  readonly config: WorkspaceConfig;
  readonly unit: Unit;
  readonly period: Period;
  /** Last year's values by indicator code, pre-filled into `Cùng kỳ năm trước`. */
  readonly previousValues?: ReadonlyMap<string, number>;
}

export async function buildBlankForm(input: BlankFormInput): Promise<Workbook> {
  const { config, unit, period } = input;
  const window = formWindow(config, period);
  // The stamp is the day the data window closes: fixed by the input, never the clock.
  const stamp = toUtcDate(window.to);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = FORM_CREATOR;
  workbook.lastModifiedBy = FORM_CREATOR;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `${periodLabel(period)} — ${unit.name}`;

  const lists = listColumns(config);

  await addInfoSheet(workbook, input);
  await addIndicatorSheet(workbook, input);
  await addIncidentSheet(workbook, input, lists);
  await addAssessmentSheet(workbook);
  await addGuideSheet(workbook, input);
  await addListSheet(workbook, lists);
  addMetaSheet(workbook, input);
  makeWorkbookTextXmlSafe(workbook);
  return workbook;
}

/** The form as .xlsx bytes, identical for identical input. */
export async function writeBlankForm(input: BlankFormInput): Promise<Buffer> {
  const workbook = await buildBlankForm(input);
  const written = await workbook.xlsx.writeBuffer();
  const window = formWindow(input.config, input.period);
  return withFixedZipTimestamps(new Uint8Array(written), window.to);
}
