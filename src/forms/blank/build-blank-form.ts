// The blank submission form (form version 1, DESIGN §4): one .xlsx per unit and period, sent to the
// agency, filled in and read back by intake. Pure: configuration in, workbook or bytes out; no file
// system, no clock. The same input gives byte-identical output (see zip/timestamps.ts for why the
// bytes need help).
import ExcelJS from "exceljs";
import type { Alignment, DataValidation, Fill, Font, Style, Workbook, Worksheet, WorksheetProtection } from "exceljs";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { indicatorsForKind } from "../../domain/catalogue.js";
import { periodCode, periodLabel } from "../../domain/period/index.js";
import type { Period } from "../../domain/period/index.js";
import { formatShortDate } from "../../vn/index.js";
import type { Unit } from "../../domain/unit.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";
import {
  ASSESSMENT_HEADERS,
  ASSESSMENT_SECTIONS,
  FORM_VERSION,
  INCIDENT_FIRST_ROW,
  INCIDENT_HEADERS,
  INCIDENT_LAST_ROW,
  INDICATOR_HEADERS,
  INFO_LABELS,
  META_KEYS,
  SHEETS,
} from "../../domain/form-contract.js";
import type { IncidentColumn, IndicatorColumn, InfoKey } from "../../domain/form-contract.js";
import { formWindow, guideRows, OPTIONAL_MARK } from "./guide.js";
import { withFixedZipTimestamps } from "../../zip/index.js";

export interface BlankFormInput {
  readonly config: WorkspaceConfig;
  readonly unit: Unit;
  readonly period: Period;
  /** Last year's values by indicator code, pre-filled into `Cùng kỳ năm trước`. */
  readonly previousValues?: ReadonlyMap<string, number>;
}

export const FORM_CREATOR = "baocao";
export const DATE_FORMAT = "dd/mm/yyyy";
export const NUMBER_FORMAT = "#,##0";
const TEXT_FORMAT = "@";

// ---------------------------------------------------------------------------------------------
// Styles. Each object is shared by many cells and never mutated after creation.

const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const INPUT_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
// Excel's default font, named: a font element without a name falls back to a serif face in LibreOffice.
const FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };
const BOLD: Partial<Font> = { ...FONT, bold: true };
const TITLE_FONT: Partial<Font> = { ...FONT, size: 14, bold: true };
const CHARACTERS_PER_WIDTH = 1.1;
/** Height of one line of the default font, in points. */
const LINE_HEIGHT = 15;
const WRAP_TOP: Partial<Alignment> = { wrapText: true, vertical: "top" };

const HEADER_STYLE: Partial<Style> = {
  font: BOLD,
  fill: HEADER_FILL,
  alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
  protection: { locked: true },
};
const LABEL_STYLE: Partial<Style> = { font: BOLD, alignment: { vertical: "top" }, protection: { locked: true } };
const LOCKED_STYLE: Partial<Style> = { alignment: { vertical: "top" }, protection: { locked: true } };
const LOCKED_WRAP_STYLE: Partial<Style> = { alignment: WRAP_TOP, protection: { locked: true } };

function inputStyle(numFmt?: string, options: { fill?: boolean; wrap?: boolean } = {}): Partial<Style> {
  return {
    ...(numFmt === undefined ? {} : { numFmt }),
    ...(options.fill === false ? {} : { fill: INPUT_FILL }),
    alignment: options.wrap === true ? WRAP_TOP : { vertical: "top" },
    protection: { locked: false },
  };
}

/** Protection without a password: no hashing (fast) and no random salt (deterministic). */
const PROTECTION_BASE: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
};

/** A4, all columns on one page width (merged by exceljs with its default margins). */
const PORTRAIT_A4: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "portrait",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
const LANDSCAPE_A4: Partial<ExcelJS.PageSetup> = { ...PORTRAIT_A4, orientation: "landscape" };

// ---------------------------------------------------------------------------------------------

export function buildBlankForm(input: BlankFormInput): Workbook {
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

  addInfoSheet(workbook, input);
  addIndicatorSheet(workbook, input);
  addIncidentSheet(workbook, input, lists);
  addAssessmentSheet(workbook);
  addGuideSheet(workbook, input);
  addListSheet(workbook, lists);
  addMetaSheet(workbook, input);
  return workbook;
}

/** The form as .xlsx bytes, identical for identical input. */
export async function writeBlankForm(input: BlankFormInput): Promise<Buffer> {
  const workbook = buildBlankForm(input);
  const written = await workbook.xlsx.writeBuffer();
  const window = formWindow(input.config, input.period);
  return withFixedZipTimestamps(new Uint8Array(written as ArrayBuffer), window.to);
}

// ---------------------------------------------------------------------------------------------
// Thông tin

function addInfoSheet(workbook: Workbook, input: BlankFormInput): void {
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
  protect(sheet, {});
}

// ---------------------------------------------------------------------------------------------
// Chỉ tiêu

const INDICATOR_COLUMNS = columnsOf(INDICATOR_HEADERS);

function addIndicatorSheet(workbook: Workbook, input: BlankFormInput): void {
  const { config, unit, previousValues } = input;
  const sheet = workbook.addWorksheet(SHEETS.indicators, { views: [frozenHeader()], pageSetup: LANDSCAPE_A4 });
  writeHeader(sheet, INDICATOR_HEADERS);

  const indicators = indicatorsForKind(config, unit.kind);
  const widths: Record<IndicatorColumn, number> = {
    code: fitWidth([INDICATOR_HEADERS.code, ...indicators.map((i) => i.code)], 6, 12),
    name: fitWidth(indicators.map((i) => i.name), 30, 60),
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
      if (!Number.isFinite(value)) throw new RangeError(`Previous value of ${indicator.code} is not a number: ${value}`);
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

  protect(sheet, {});
}

// ---------------------------------------------------------------------------------------------
// Vụ việc

const INCIDENT_COLUMNS = columnsOf(INCIDENT_HEADERS);

/** Columns of the hidden `Danh mục` sheet, in order. The header text names the incident column it feeds. */
interface ListColumn {
  column: IncidentColumn;
  values: readonly string[];
  letter: string;
}

function listColumns(config: WorkspaceConfig): ListColumn[] {
  const lists: { column: IncidentColumn; values: readonly string[] }[] = [
    { column: "area", values: config.areas.map((area) => area.name) },
    { column: "field", values: config.codeLists.fields },
    { column: "behavior", values: config.codeLists.behaviors },
    { column: "handling", values: config.codeLists.handling },
  ];
  return lists.map((list, index) => ({ ...list, letter: columnLetter(index + 1) }));
}

function addIncidentSheet(workbook: Workbook, input: BlankFormInput, lists: readonly ListColumn[]): void {
  const sheet = workbook.addWorksheet(SHEETS.incidents, { views: [frozenHeader()], pageSetup: LANDSCAPE_A4 });
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
  protect(sheet, { insertRows: true, deleteRows: true, sort: true, autoFilter: true });
}

// ---------------------------------------------------------------------------------------------
// Đánh giá

function addAssessmentSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(SHEETS.assessment, { views: [frozenHeader()], pageSetup: LANDSCAPE_A4 });
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
  protect(sheet, {});
}

// ---------------------------------------------------------------------------------------------
// Hướng dẫn

const GUIDE_TEXT_WIDTH = 90;

function addGuideSheet(workbook: Workbook, input: BlankFormInput): void {
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
  protect(sheet, {});
}

// ---------------------------------------------------------------------------------------------
// Hidden sheets

function addListSheet(workbook: Workbook, lists: readonly ListColumn[]): void {
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
  protect(sheet, {});
}

function addMetaSheet(workbook: Workbook, input: BlankFormInput): void {
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

// ---------------------------------------------------------------------------------------------
// Helpers

interface ColumnRef {
  number: number;
  letter: string;
}

/** Column number and letter of each header, in contract order. */
function columnsOf<K extends string>(headers: Record<K, string>): Record<K, ColumnRef> {
  const result = {} as Record<K, ColumnRef>;
  (Object.keys(headers) as K[]).forEach((key, index) => {
    result[key] = { number: index + 1, letter: columnLetter(index + 1) };
  });
  return result;
}

function writeHeader(sheet: Worksheet, headers: Record<string, string>): void {
  const row = sheet.getRow(1);
  Object.values(headers).forEach((text, index) => setCell(row.getCell(index + 1), text, HEADER_STYLE));
}

function setWidths<K extends string>(sheet: Worksheet, columns: Record<K, ColumnRef>, widths: Record<K, number>): void {
  for (const key of Object.keys(columns) as K[]) sheet.getColumn(columns[key].number).width = widths[key];
}

function setCell(cell: ExcelJS.Cell, value: string, style: Partial<Style>): void {
  cell.value = value;
  cell.style = style;
}

function frozenHeader(): Partial<ExcelJS.WorksheetView> {
  return { state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" };
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let rest = column;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** 'Danh mục' — quoted for a formula, inner apostrophes doubled. */
function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A row height that shows every line of wrapped text. Excel fits rows without a height when it opens
 * a file, but LibreOffice keeps the default height and the lines overlap, so the height is set here,
 * estimated from the text length. Column widths count "0" digits; Vietnamese prose in Calibri fits
 * about 1.2 characters per unit (measured in a LibreOffice PDF); 1.1 leaves a margin.
 */
export function wrappedHeight(cells: readonly (readonly [text: string, width: number])[]): number {
  const lines = Math.max(
    1,
    ...cells.map(([text, width]) =>
      text
        .split("\n")
        .reduce((sum, line) => sum + Math.max(1, Math.ceil([...line.normalize("NFC")].length / Math.max(1, width * CHARACTERS_PER_WIDTH))), 0),
    ),
  );
  return lines * LINE_HEIGHT;
}

/** A column width (in characters of the default font) that fits the longest text, within bounds. */
export function fitWidth(texts: Iterable<string>, min: number, max: number): number {
  // A loop, not Math.max(...texts): spreading 100,000+ arguments overflows the stack.
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, [...text.normalize("NFC")].length);
  return Math.min(max, Math.max(min, Math.ceil(longest * 1.1) + 2));
}

function toUtcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function wholeNumberValidation(): DataValidation {
  return {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Số liệu không hợp lệ",
    error: "Nhập số nguyên không âm (0, 1, 2 …), không có phần thập phân, không có chữ. Số liệu bằng không thì gõ 0.",
  };
}

/** A date inside the data window; outside it Excel warns but lets the user keep the date. */
function dateValidation(input: BlankFormInput, what: string): DataValidation {
  const window = formWindow(input.config, input.period);
  return {
    type: "date",
    operator: "between",
    formulae: [toUtcDate(window.from), toUtcDate(window.to)],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Kiểm tra ngày",
    error:
      `${what} phải là ngày dạng dd/mm/yyyy, thường nằm trong kỳ báo cáo ` +
      `(từ ${formatShortDate(window.from)} đến ${formatShortDate(window.to)}).`,
  };
}

// exceljs 4.4 has `worksheet.dataValidations.add(range, validation)` but leaves it out of its types (#1109).
interface RangeValidations {
  add(address: string, validation: DataValidation): void;
}

function addValidation(sheet: Worksheet, address: string, validation: DataValidation): void {
  (sheet as Worksheet & { dataValidations: RangeValidations }).dataValidations.add(address, validation);
}

/**
 * Protect without a password: exceljs then neither hashes (the SHA-512 spin takes ~600 ms) nor draws a
 * random salt (which would break byte-identical output). exceljs sets the protection synchronously
 * inside the promise it returns; check that, so a future async version fails loudly here.
 */
function protect(sheet: Worksheet, allow: Partial<WorksheetProtection>): void {
  void sheet.protect("", { ...PROTECTION_BASE, ...allow });
  const applied = (sheet as Worksheet & { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  if (applied?.sheet !== true) throw new Error(`exceljs did not protect sheet ${sheet.name} synchronously`);
}
