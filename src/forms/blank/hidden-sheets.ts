// The hidden sheets: `Danh mục` (the drop-down lists) and the very hidden meta sheet intake reads back
// (form version, period, unit).
import type { Workbook } from "exceljs";
import { FORM_VERSION, INCIDENT_HEADERS, META_KEYS, SHEETS } from "../../domain/form-contract.js";
import { periodCode } from "../../domain/period/index.js";
import { BOLD, fitWidth, protect } from "../excel/index.js";
import type { BlankFormInput } from "./build-blank-form.js";
import type { ListColumn } from "./incident-sheet.js";

export async function addListSheet(workbook: Workbook, lists: readonly ListColumn[]): Promise<void> {
  const sheet = workbook.addWorksheet(SHEETS.lists, { state: "hidden" });
  lists.forEach((list, index) => {
    const column = sheet.getColumn(index + 1);
    sheet.getCell(1, index + 1).value = INCIDENT_HEADERS[list.column];
    sheet.getCell(1, index + 1).font = BOLD;
    list.values.forEach((value, row) => {
      sheet.getCell(row + 2, index + 1).value = value;
    });
    column.width = fitWidth([INCIDENT_HEADERS[list.column], ...list.values], 12, 50);
  });
  await protect(sheet, {});
}

export function addMetaSheet(workbook: Workbook, input: BlankFormInput): void {
  const sheet = workbook.addWorksheet(SHEETS.meta, { state: "veryHidden" });
  const values: Record<keyof typeof META_KEYS, string | number> = {
    formVersion: FORM_VERSION,
    period: periodCode(input.period),
    unit: input.unit.code,
  };
  (Object.keys(META_KEYS) as (keyof typeof META_KEYS)[]).forEach((key, index) => {
    sheet.getCell(index + 1, 1).value = META_KEYS[key];
    sheet.getCell(index + 1, 2).value = values[key];
  });
}
