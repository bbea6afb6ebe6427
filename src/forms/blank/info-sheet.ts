// Thông tin: who reports, for which period, who prepared it and when.
import type { Workbook } from "exceljs";
import { INFO_LABELS, SHEETS } from "../../domain/form-contract.js";
import type { InfoKey } from "../../domain/form-contract.js";
import { periodLabel } from "../../domain/period/index.js";
import {
  addValidation,
  DATE_FORMAT,
  fitWidth,
  PORTRAIT_A4,
  protect,
  TEXT_FORMAT,
  wrappedHeight,
} from "../excel/index.js";
import type { BlankFormInput } from "./build-blank-form.js";
import { setCell } from "./sheet-parts.js";
import { inputStyle, LABEL_STYLE, LOCKED_WRAP_STYLE } from "./styles.js";
import { dateValidation } from "./validations.js";

export async function addInfoSheet(workbook: Workbook, input: BlankFormInput): Promise<void> {
  const { unit, period } = input;
  const sheet = workbook.addWorksheet(SHEETS.info, { pageSetup: PORTRAIT_A4 });
  const prefilled: Partial<Record<InfoKey, string>> = {
    unitCode: unit.code,
    unitName: unit.name,
    period: periodLabel(period),
  };
  const valueWidth = fitWidth([unit.name, periodLabel(period)], 40, 70);
  sheet.getColumn(1).width = fitWidth(Object.values(INFO_LABELS), 14, 30);
  sheet.getColumn(2).width = valueWidth;
  const keys = Object.keys(INFO_LABELS) as InfoKey[];
  keys.forEach((key, index) => {
    const row = sheet.getRow(index + 1);
    setCell(row.getCell(1), INFO_LABELS[key], LABEL_STYLE);
    const value = prefilled[key];
    const cell = row.getCell(2);
    if (value !== undefined) {
      setCell(cell, value, LOCKED_WRAP_STYLE);
      row.height = wrappedHeight([[value, valueWidth]]);
    } else if (key === "preparedOn") {
      cell.style = inputStyle(DATE_FORMAT);
      addValidation(sheet, cell.address, dateValidation(input, "Ngày lập"));
    } else {
      // Text format: a phone number keeps its leading 0.
      cell.style = inputStyle(TEXT_FORMAT, { wrap: true });
    }
  });
  await protect(sheet, {});
}
