// Hướng dẫn: how to fill in the form (its text comes from guide.ts).
import type { Workbook } from "exceljs";
import { SHEETS } from "../../domain/form-contract.js";
import { BOLD, fitWidth, HEADER_FILL, protect, wrappedHeight } from "../excel/index.js";
import type { BlankFormInput } from "./build-blank-form.js";
import { guideRows } from "./guide.js";
import { setCell } from "./sheet-parts.js";
import { LABEL_STYLE, LANDSCAPE_A4, LOCKED_WRAP_STYLE, TITLE_FONT } from "./styles.js";

const GUIDE_TEXT_WIDTH = 90;

export async function addGuideSheet(workbook: Workbook, input: BlankFormInput): Promise<void> {
  const sheet = workbook.addWorksheet(SHEETS.guide, { pageSetup: LANDSCAPE_A4 });
  const rows = guideRows(input);
  rows.forEach((guideRow, index) => {
    const row = sheet.getRow(index + 1);
    switch (guideRow.kind) {
      case "title":
        setCell(row.getCell(1), guideRow.text, { font: TITLE_FONT, protection: { locked: true } });
        break;
      case "section":
        setCell(row.getCell(1), guideRow.text, { font: BOLD, fill: HEADER_FILL, protection: { locked: true } });
        row.getCell(2).style = { fill: HEADER_FILL, protection: { locked: true } };
        break;
      case "item":
        setCell(row.getCell(1), guideRow.label, LABEL_STYLE);
        setCell(row.getCell(2), guideRow.text, LOCKED_WRAP_STYLE);
        row.height = wrappedHeight([[guideRow.text, GUIDE_TEXT_WIDTH]]);
        break;
    }
  });
  sheet.getColumn(1).width = fitWidth(
    rows.flatMap((row) => (row.kind === "item" ? [row.label] : [])),
    16,
    28,
  );
  sheet.getColumn(2).width = GUIDE_TEXT_WIDTH;
  await protect(sheet, {});
}
