// Chỉ tiêu: one row per indicator the unit's kind reports, this period and last year's.
import type { Workbook } from "exceljs";
import { indicatorsForKind } from "../../domain/catalogue.js";
import { INDICATOR_HEADERS, SHEETS } from "../../domain/form-contract.js";
import type { IndicatorColumn } from "../../domain/form-contract.js";
import { addValidation, fitWidth, frozen, NUMBER_FORMAT, protect, wrappedHeight } from "../excel/index.js";
import type { BlankFormInput } from "./build-blank-form.js";
import { OPTIONAL_MARK } from "./guide.js";
import { columnsOf, setCell, setWidths, writeHeader } from "./sheet-parts.js";
import { inputStyle, LANDSCAPE_A4, LOCKED_STYLE, LOCKED_WRAP_STYLE } from "./styles.js";
import { wholeNumberValidation } from "./validations.js";

const INDICATOR_COLUMNS = columnsOf(INDICATOR_HEADERS);

export async function addIndicatorSheet(workbook: Workbook, input: BlankFormInput): Promise<void> {
  const { config, unit, previousValues } = input;
  const sheet = workbook.addWorksheet(SHEETS.indicators, { views: [frozen(0, 1)], pageSetup: LANDSCAPE_A4 });
  writeHeader(sheet, INDICATOR_HEADERS);

  const indicators = indicatorsForKind(config, unit.kind);
  const widths: Record<IndicatorColumn, number> = {
    code: fitWidth([INDICATOR_HEADERS.code, ...indicators.map((i) => i.code)], 6, 12),
    name: fitWidth(
      indicators.map((i) => i.name),
      30,
      60,
    ),
    unit: fitWidth([INDICATOR_HEADERS.unit, ...indicators.map((i) => i.unit)], 10, 18),
    current: 16,
    previous: 18,
    note: 30,
  };
  setWidths(sheet, INDICATOR_COLUMNS, widths);

  const numberStyle = inputStyle(NUMBER_FORMAT);
  const noteStyle = inputStyle(undefined, { wrap: true });
  indicators.forEach((indicator, index) => {
    const row = sheet.getRow(index + 2);
    const name = indicator.optional ? `${indicator.name} ${OPTIONAL_MARK}` : indicator.name;
    setCell(row.getCell(INDICATOR_COLUMNS.code.number), indicator.code, LOCKED_STYLE);
    setCell(row.getCell(INDICATOR_COLUMNS.name.number), name, LOCKED_WRAP_STYLE);
    setCell(row.getCell(INDICATOR_COLUMNS.unit.number), indicator.unit, LOCKED_WRAP_STYLE);
    row.height = wrappedHeight([
      [name, widths.name],
      [indicator.unit, widths.unit],
    ]);
    row.getCell(INDICATOR_COLUMNS.current.number).style = numberStyle;
    const previous = row.getCell(INDICATOR_COLUMNS.previous.number);
    previous.style = numberStyle;
    const value = previousValues?.get(indicator.code);
    if (value !== undefined) {
      if (!Number.isFinite(value))
        throw new RangeError(`Previous value of ${indicator.code} is not a number: ${value}`);
      previous.value = value;
    }
    row.getCell(INDICATOR_COLUMNS.note.number).style = noteStyle;
  });

  const lastRow = indicators.length + 1;
  if (indicators.length > 0) {
    // One validation entry per number column over the indicator rows.
    for (const column of [INDICATOR_COLUMNS.current, INDICATOR_COLUMNS.previous]) {
      addValidation(sheet, `${column.letter}2:${column.letter}${lastRow}`, wholeNumberValidation());
    }
  }

  await protect(sheet, {});
}
