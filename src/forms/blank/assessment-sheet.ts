// Đánh giá: the unit's written assessment, one row per section.
import type { Workbook } from "exceljs";
import { ASSESSMENT_HEADERS, ASSESSMENT_SECTIONS, SHEETS } from "../../domain/form-contract.js";
import { fitWidth, frozen, protect, WRAP_TOP } from "../excel/index.js";
import { setCell, writeHeader } from "./sheet-parts.js";
import { inputStyle, LABEL_STYLE, LANDSCAPE_A4 } from "./styles.js";

export async function addAssessmentSheet(workbook: Workbook): Promise<void> {
  const sheet = workbook.addWorksheet(SHEETS.assessment, { views: [frozen(0, 1)], pageSetup: LANDSCAPE_A4 });
  writeHeader(sheet, ASSESSMENT_HEADERS);
  const contentStyle = inputStyle(undefined, { wrap: true });
  Object.values(ASSESSMENT_SECTIONS).forEach((section, index) => {
    const row = sheet.getRow(index + 2);
    setCell(row.getCell(1), section, { ...LABEL_STYLE, alignment: WRAP_TOP });
    row.getCell(2).style = contentStyle;
    row.height = 90;
  });
  sheet.getColumn(1).width = fitWidth(Object.values(ASSESSMENT_SECTIONS), 16, 26);
  sheet.getColumn(2).width = 100;
  await protect(sheet, {});
}
