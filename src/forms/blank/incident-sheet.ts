// Vụ việc: the incident rows the unit fills in, with drop-down lists fed by the hidden `Danh mục` sheet.
import type { Workbook } from "exceljs";
import { INCIDENT_FIRST_ROW, INCIDENT_HEADERS, INCIDENT_LAST_ROW, SHEETS } from "../../domain/form-contract.js";
import type { IncidentColumn } from "../../domain/form-contract.js";
import type { WorkspaceConfig } from "../../workspace/schema.js";
import {
  addValidation,
  columnLetter,
  DATE_FORMAT,
  fitWidth,
  frozen,
  NUMBER_FORMAT,
  protect,
  sheetReference,
  TEXT_FORMAT,
} from "../excel/index.js";
import type { BlankFormInput } from "./build-blank-form.js";
import { columnsOf, setWidths, writeHeader } from "./sheet-parts.js";
import { inputStyle, LANDSCAPE_A4 } from "./styles.js";
import { dateValidation, wholeNumberValidation } from "./validations.js";

const INCIDENT_COLUMNS = columnsOf(INCIDENT_HEADERS);

/** Columns of the hidden `Danh mục` sheet, in order. The header text names the incident column it feeds. */
export interface ListColumn {
  column: IncidentColumn;
  values: readonly string[];
  letter: string;
}

export function listColumns(config: WorkspaceConfig): ListColumn[] {
  const lists: { column: IncidentColumn; values: readonly string[] }[] = [
    { column: "area", values: config.areas.map((area) => area.name) },
    { column: "field", values: config.codeLists.fields },
    { column: "behavior", values: config.codeLists.behaviors },
    { column: "handling", values: config.codeLists.handling },
  ];
  return lists.map((list, index) => ({ ...list, letter: columnLetter(index + 1) }));
}

export async function addIncidentSheet(
  workbook: Workbook,
  input: BlankFormInput,
  lists: readonly ListColumn[],
): Promise<void> {
  const sheet = workbook.addWorksheet(SHEETS.incidents, { views: [frozen(0, 1)], pageSetup: LANDSCAPE_A4 });
  writeHeader(sheet, INCIDENT_HEADERS);

  const formats: Partial<Record<IncidentColumn, string>> = {
    detectedOn: DATE_FORMAT,
    damage: NUMBER_FORMAT,
    fine: NUMBER_FORMAT,
    // "12/05" would otherwise turn into a date.
    decision: TEXT_FORMAT,
  };
  const wrapped = new Set<IncidentColumn>(["area", "field", "behavior", "description", "handling", "note"]);
  const keys = Object.keys(INCIDENT_HEADERS) as IncidentColumn[];
  const styles = keys.map((key) => inputStyle(formats[key], { fill: false, wrap: wrapped.has(key) }));
  for (let rowNumber = INCIDENT_FIRST_ROW; rowNumber <= INCIDENT_LAST_ROW; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    styles.forEach((style, index) => {
      row.getCell(index + 1).style = style;
    });
  }

  // Validations over the bounded row range, one entry per column (never whole columns: exceljs
  // expands those cell by cell on load).
  const range = (column: IncidentColumn): string => {
    const { letter } = INCIDENT_COLUMNS[column];
    return `${letter}${INCIDENT_FIRST_ROW}:${letter}${INCIDENT_LAST_ROW}`;
  };
  addValidation(sheet, range("number"), {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [1],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Số thứ tự không hợp lệ",
    error: "Số thứ tự là số nguyên từ 1 trở lên.",
  });
  addValidation(sheet, range("detectedOn"), dateValidation(input, "Ngày phát hiện"));
  addValidation(sheet, range("damage"), wholeNumberValidation());
  addValidation(sheet, range("fine"), wholeNumberValidation());
  for (const list of lists) {
    if (list.values.length === 0) continue;
    const source = `${sheetReference(SHEETS.lists)}!$${list.letter}$2:$${list.letter}$${list.values.length + 1}`;
    addValidation(sheet, range(list.column), {
      type: "list",
      formulae: [source],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Giá trị không có trong danh sách",
      error: `Chọn ${INCIDENT_HEADERS[list.column].toLowerCase()} trong danh sách thả xuống.`,
    });
  }

  const lastLetter = columnLetter(keys.length);
  sheet.autoFilter = `A1:${lastLetter}${INCIDENT_LAST_ROW}`;

  const listWidth = (column: IncidentColumn, min: number, max: number): number =>
    fitWidth([INCIDENT_HEADERS[column], ...(lists.find((list) => list.column === column)?.values ?? [])], min, max);
  const widths: Record<IncidentColumn, number> = {
    number: 6,
    detectedOn: 14,
    area: listWidth("area", 14, 24),
    field: listWidth("field", 14, 26),
    behavior: listWidth("behavior", 16, 34),
    description: 40,
    damage: 18,
    handling: listWidth("handling", 16, 28),
    fine: 18,
    decision: 18,
    note: 24,
  };
  setWidths(sheet, INCIDENT_COLUMNS, widths);
  await protect(sheet, { insertRows: true, deleteRows: true, sort: true, autoFilter: true });
}
