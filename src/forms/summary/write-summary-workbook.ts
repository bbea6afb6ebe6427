// The summary workbook out/<period>/tong-hop.xlsx for the clerk and the auditors (DESIGN §6): totals by
// indicator with the comparison, unit × indicator with live SUM totals, the merged incident list, the
// incident breakdowns and the units that did not submit. Pure: aggregate and configuration in, bytes out;
// no file system, no clock. The same input gives byte-identical output.
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
import type { Alignment, Borders, Cell, Fill, Font, PageSetup, Style, Workbook, Worksheet, WorksheetView } from "exceljs";
import type { Aggregate, Breakdown, IncidentRecord, IndicatorAggregate, Tally } from "../../aggregate/types.js";
import { parseIsoDate } from "../../domain/calendar-date.js";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { parsePeriod, periodLabel } from "../../domain/period/index.js";
import { roundDecimal } from "../../vn/numbers.js";
import type { WorkspaceConfig } from "../../workspace/schema.js";
import { columnLetter, DATE_FORMAT, FORM_CREATOR, fitWidth, NUMBER_FORMAT, wrappedHeight } from "../excel/index.js";
import { withFixedZipTimestamps } from "../blank/zip-timestamps.js";

import { SUMMARY_SHEETS } from "./sheets.js";

export { SUMMARY_FILE, SUMMARY_SHEETS } from "./sheets.js";

export const PERCENT_FORMAT = "0.0%";

export const UNIT_STATUS = {
  missing: "Chưa nộp",
  rejected: "Bị từ chối",
  late: "Nộp muộn",
} as const;

export const INCIDENT_LIST_HEADERS = [
  "STT",
  "Đơn vị",
  "Ngày phát hiện",
  "Địa bàn",
  "Lĩnh vực",
  "Hành vi",
  "Mô tả",
  "Thiệt hại (đồng)",
  "Hình thức xử lý",
  "Tiền phạt (đồng)",
  "Số quyết định",
  "Ghi chú",
  "Nguồn",
] as const;

/** Column letters of the "Tổng hợp" sheet. */
export const TOTALS_COLUMNS = {
  number: "A",
  code: "B",
  name: "C",
  unit: "D",
  current: "E",
  previous: "F",
  change: "G",
  changePct: "H",
} as const;

/** "Theo đơn vị": two header rows (codes, then names), then one row per unit, then "Tổng cộng". */
export const BY_UNIT_FIRST_ROW = 3;
export const BY_UNIT_FIRST_COLUMN = 3;
export const TOTAL_LABEL = "Tổng cộng";

// ---------------------------------------------------------------------------------------------
// Styles: shared objects, never mutated.

const FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };
const BOLD: Partial<Font> = { ...FONT, bold: true };
const ITALIC: Partial<Font> = { ...FONT, italic: true };
const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GROUP_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const TOTAL_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TOP: Partial<Alignment> = { vertical: "top" };
const WRAP_TOP: Partial<Alignment> = { vertical: "top", wrapText: true };
const CENTER_TOP: Partial<Alignment> = { vertical: "top", horizontal: "center" };

const HEADER: Partial<Style> = {
  font: BOLD,
  fill: HEADER_FILL,
  border: BORDER,
  alignment: { vertical: "middle", horizontal: "center", wrapText: true },
};
const TEXT: Partial<Style> = { font: FONT, border: BORDER, alignment: TOP };
const WRAPPED: Partial<Style> = { font: FONT, border: BORDER, alignment: WRAP_TOP };
const CENTERED: Partial<Style> = { font: FONT, border: BORDER, alignment: CENTER_TOP };
const NUMBER: Partial<Style> = { font: FONT, border: BORDER, alignment: TOP, numFmt: NUMBER_FORMAT };
const PERCENT: Partial<Style> = { font: FONT, border: BORDER, alignment: { vertical: "top", horizontal: "right" }, numFmt: PERCENT_FORMAT };
const DATE: Partial<Style> = { font: FONT, border: BORDER, alignment: CENTER_TOP, numFmt: DATE_FORMAT };
const GROUP: Partial<Style> = { font: BOLD, fill: GROUP_FILL, border: BORDER, alignment: TOP };
const TOTAL_TEXT: Partial<Style> = { font: BOLD, fill: TOTAL_FILL, border: BORDER, alignment: TOP };
const TOTAL_NUMBER: Partial<Style> = { ...TOTAL_TEXT, numFmt: NUMBER_FORMAT };
const SECTION: Partial<Style> = { font: { ...BOLD, size: 12 }, alignment: TOP };
const NOTE: Partial<Style> = { font: ITALIC, alignment: TOP };

/** A4 landscape, all columns on one page width. */
const LANDSCAPE_A4: Partial<PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Column-width units (characters of the default font) across A4 landscape at 100% within the margins above. */
const PRINTABLE_WIDTH = 140;

// ---------------------------------------------------------------------------------------------

/** The summary workbook as .xlsx bytes, identical for identical input. */
export async function writeSummaryWorkbook(aggregate: Aggregate, config: WorkspaceConfig): Promise<Buffer> {
  const end = windowEnd(aggregate);
  const stamp = new Date(Date.UTC(end.year, end.month - 1, end.day));
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Shared strings: text cells are t="s" (never a formula); styles: the fonts, fills, borders and formats.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true, useStyles: true });
  workbook.creator = FORM_CREATOR;
  workbook.lastModifiedBy = FORM_CREATOR;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Tổng hợp số liệu ${aggregate.label}`;

  const units = unitRows(aggregate, config);
  const groups = indicatorGroups(aggregate, config);
  const indicators = groups.flatMap((group) => group.indicators);
  const totals = totalCells(aggregate, units, indicators);
  // One sheet at a time, each committed before the next: the package is written in sheet order.
  addTotalsSheet(workbook, aggregate, groups, totals).commit();
  addByUnitSheet(workbook, aggregate, units, indicators, totals).commit();
  (await addIncidentSheet(workbook, aggregate, units)).commit();
  addBreakdownSheet(workbook, aggregate, units).commit();
  addMissingSheet(workbook, aggregate, units).commit();
  await workbook.commit();
  return withFixedZipTimestamps(Buffer.concat(chunks), end);
}

function windowEnd(aggregate: Aggregate): CalendarDate {
  const end = parseIsoDate(aggregate.window.to);
  if (end === null) throw new RangeError(`Aggregate window end is not a date: ${aggregate.window.to}`);
  return end;
}

// ---------------------------------------------------------------------------------------------
// Rows and columns shared by the sheets

interface UnitRow {
  readonly code: string;
  readonly name: string;
}

/** Configuration order, then any unit the aggregate mentions that the configuration no longer lists. */
function unitRows(aggregate: Aggregate, config: WorkspaceConfig): UnitRow[] {
  const rows: UnitRow[] = config.units.map((unit) => ({ code: unit.code, name: unit.name }));
  const known = new Set(rows.map((row) => row.code));
  const extra = new Set<string>();
  const mention = (code: string): void => {
    if (!known.has(code)) extra.add(code);
  };
  for (const list of Object.values(aggregate.units)) list.forEach(mention);
  for (const indicator of aggregate.indicators) Object.keys(indicator.byUnit).forEach(mention);
  aggregate.incidents.list.forEach((incident) => mention(incident.unit));
  Object.keys(aggregate.incidents.byUnit).forEach(mention);
  for (const code of [...extra].sort()) rows.push({ code, name: code });
  return rows;
}

interface IndicatorGroupRows {
  readonly title: string;
  readonly indicators: readonly IndicatorAggregate[];
}

/** Groups in configuration order (an unknown group last, titled by its code); indicators in aggregate order. */
function indicatorGroups(aggregate: Aggregate, config: WorkspaceConfig): IndicatorGroupRows[] {
  const codes = [...config.indicatorGroups.map((group) => group.code)];
  for (const indicator of aggregate.indicators) if (!codes.includes(indicator.group)) codes.push(indicator.group);
  return codes
    .map((code) => ({
      title: config.indicatorGroups.find((group) => group.code === code)?.title ?? code,
      indicators: aggregate.indicators.filter((indicator) => indicator.group === code),
    }))
    .filter((group) => group.indicators.length > 0)
    .map((group, index) => ({ ...group, title: `${roman(index + 1)}. ${group.title}` }));
}

/** Where each indicator's total lives on "Theo đơn vị", and its value (null: nobody reported it). */
interface TotalCell {
  readonly indicator: IndicatorAggregate;
  readonly letter: string;
  readonly range: string;
  readonly address: string;
  readonly value: number | null;
}

function totalCells(aggregate: Aggregate, units: readonly UnitRow[], indicators: readonly IndicatorAggregate[]): TotalCell[] {
  const lastUnitRow = BY_UNIT_FIRST_ROW + units.length - 1;
  const totalRow = lastUnitRow + 1;
  return indicators.map((indicator, index) => {
    const letter = columnLetter(BY_UNIT_FIRST_COLUMN + index);
    const values = units.flatMap((unit) => {
      const value = indicator.byUnit[unit.code];
      return value === undefined ? [] : [value];
    });
    return {
      indicator,
      letter,
      range: `${letter}${BY_UNIT_FIRST_ROW}:${letter}${lastUnitRow}`,
      address: `${letter}${totalRow}`,
      // What SUM gives over the cells written (the same as the aggregate total: every unit of byUnit has a row).
      value: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Tổng hợp

function addTotalsSheet(workbook: Workbook, aggregate: Aggregate, groups: readonly IndicatorGroupRows[], totals: readonly TotalCell[]): Worksheet {
  const sheet = addSheet(workbook, SUMMARY_SHEETS.totals, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, printTitlesRow: "1:1" },
    headerFooter: printHeader(`Tổng hợp số liệu ${aggregate.label}`),
  });
  const previous = parsePeriod(aggregate.previousPeriod);
  const headers = [
    "STT",
    "Mã",
    "Chỉ tiêu",
    "Đơn vị tính",
    `Kỳ này\n(${aggregate.label})`,
    previous === null ? "Cùng kỳ năm trước" : `Cùng kỳ\n(${periodLabel(previous)})`,
    "Tăng/giảm",
    "Tỷ lệ (%)",
  ];
  const widths = [6, fitWidth(aggregate.indicators.map((i) => i.code), 8, 12), 60, fitWidth(aggregate.indicators.map((i) => i.unit), 12, 20), 18, 18, 16, 11];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, headers, widths);

  const totalByCode = new Map(totals.map((total) => [total.indicator.code, total]));
  const c = TOTALS_COLUMNS;
  let rowNumber = 2;
  for (const group of groups) {
    const groupRow = sheet.getRow(rowNumber);
    setText(groupRow.getCell(1), group.title, GROUP);
    for (let column = 2; column <= headers.length; column += 1) groupRow.getCell(column).style = GROUP;
    sheet.mergeCells(rowNumber, 1, rowNumber, headers.length);
    rowNumber += 1;
    group.indicators.forEach((indicator, index) => {
      const total = totalByCode.get(indicator.code);
      if (total === undefined) throw new Error(`No total cell for ${indicator.code}`);
      const row = sheet.getRow(rowNumber);
      const r = rowNumber;
      setNumber(row.getCell(1), index + 1, CENTERED);
      setText(row.getCell(2), indicator.code, TEXT);
      setText(row.getCell(3), indicator.name, WRAPPED);
      setText(row.getCell(4), indicator.unit, WRAPPED);
      // Kỳ này: the live total of "Theo đơn vị" ("" when nobody reported the indicator).
      setFormula(row.getCell(5), `${sheetReference(SUMMARY_SHEETS.byUnit)}!${total.address}`, total.value ?? "", NUMBER);
      row.getCell(6).style = NUMBER;
      if (indicator.previous !== null) row.getCell(6).value = indicator.previous;
      const current = total.value;
      const before = indicator.previous;
      // Blank on either side: no comparison (aggregate.json says null).
      setFormula(
        row.getCell(7),
        `IF(OR(${c.current}${r}="",${c.previous}${r}=""),"",${c.current}${r}-${c.previous}${r})`,
        current === null || before === null ? "" : current - before,
        NUMBER,
      );
      // The percentage of the previous figure rounded to 0.1% (half away from zero, as computeChange does);
      // none on a zero base.
      setFormula(
        row.getCell(8),
        `IF(OR(${c.current}${r}="",${c.previous}${r}="",${c.previous}${r}=0),"",ROUND((${c.current}${r}-${c.previous}${r})/ABS(${c.previous}${r}),3))`,
        current === null || before === null || before === 0 ? "" : roundDecimal((current - before) / Math.abs(before), 3),
        PERCENT,
      );
      row.height = wrappedHeight([
        [indicator.name, widths[2] ?? 60],
        [indicator.unit, widths[3] ?? 12],
      ]);
      rowNumber += 1;
    });
  }
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Theo đơn vị

function addByUnitSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  units: readonly UnitRow[],
  indicators: readonly IndicatorAggregate[],
  totals: readonly TotalCell[],
): Worksheet {
  const codeWidth = fitWidth(["Mã", ...units.map((unit) => unit.code)], 8, 18);
  const nameWidth = fitWidth(units.map((unit) => unit.name), 24, 40);
  const widths = [codeWidth, nameWidth, ...indicators.map((indicator) => (indicator.type === "money" ? 17 : 13))];
  // Twenty indicators on one A4 width would print at a third of their size: spread them over as many
  // pages as keep the scale near 75%, with the unit columns repeated on each.
  const indicatorWidth = widths.slice(2).reduce((sum, width) => sum + width, 0);
  const pagesWide = Math.max(1, Math.ceil(indicatorWidth / (PRINTABLE_WIDTH / 0.75 - codeWidth - nameWidth)));
  const sheet = addSheet(workbook, SUMMARY_SHEETS.byUnit, {
    views: [frozen(BY_UNIT_FIRST_COLUMN - 1, BY_UNIT_FIRST_ROW - 1)],
    pageSetup: { ...LANDSCAPE_A4, fitToWidth: pagesWide, printTitlesRow: `1:${BY_UNIT_FIRST_ROW - 1}`, printTitlesColumn: "A:B" },
    headerFooter: printHeader(`Số liệu theo đơn vị — ${aggregate.label}`),
  });
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));

  writeHeaderRow(sheet, 1, ["Mã", "Đơn vị", ...indicators.map((indicator) => indicator.code)], widths);
  const names = ["", "", ...indicators.map((indicator) => `${indicator.name} (${indicator.unit})`)];
  writeHeaderRow(sheet, 2, names, widths, { font: FONT });
  sheet.mergeCells("A1:A2");
  sheet.mergeCells("B1:B2");

  // A unit without an accepted submission is shaded, so its blank row reads "not submitted" rather than
  // "nothing to report" (a unit also leaves blank the indicators its kind does not report).
  const submitted = new Set(aggregate.units.submitted);
  units.forEach((unit, index) => {
    const row = sheet.getRow(BY_UNIT_FIRST_ROW + index);
    const shade = submitted.has(unit.code) ? {} : { fill: GROUP_FILL };
    setText(row.getCell(1), unit.code, { ...TEXT, ...shade });
    setText(row.getCell(2), unit.name, { ...WRAPPED, ...shade });
    indicators.forEach((indicator, column) => {
      const cell = row.getCell(BY_UNIT_FIRST_COLUMN + column);
      cell.style = { ...NUMBER, ...shade };
      const value = indicator.byUnit[unit.code];
      if (value !== undefined) cell.value = value;
    });
    row.height = wrappedHeight([[unit.name, nameWidth]]);
  });

  const totalRow = sheet.getRow(BY_UNIT_FIRST_ROW + units.length);
  setText(totalRow.getCell(1), TOTAL_LABEL, TOTAL_TEXT);
  totalRow.getCell(2).style = TOTAL_TEXT;
  sheet.mergeCells(totalRow.number, 1, totalRow.number, 2);
  totals.forEach((total, index) => {
    const cell = totalRow.getCell(BY_UNIT_FIRST_COLUMN + index);
    // Nobody reported the indicator: blank rather than a misleading 0, but still live if a figure is typed in.
    const formula = total.value === null ? `IF(COUNT(${total.range})=0,"",SUM(${total.range}))` : `SUM(${total.range})`;
    setFormula(cell, formula, total.value ?? "", TOTAL_NUMBER);
  });
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Vụ việc

/** Rows written between two checks that the zip keeps up (see zipBacklog). */
const ROWS_PER_TURN = 500;
/** The most sheet XML waiting to be compressed before writing pauses: 32 chunks of 64 KB. */
const MAX_PENDING_CHUNKS = 32;

/**
 * Back-pressure for a sheet of the streaming writer. Its stream hands 64 KB chunks of XML to the zip
 * without waiting (exceljs' StreamBuf ignores the result of write()), and deflate runs on libuv's thread
 * pool: on a busy machine, rows are made faster than they are compressed and the XML piles up (some
 * 300 MB of 100,000 incidents on a loaded two-core machine). `settled()` waits until the chunks handed
 * over, and those not yet handed over, are few again. Relies on StreamBuf's `_pipe` and `buffers`; when
 * they are not there (another exceljs), it only yields to the event loop.
 */
function zipBacklog(sheet: Worksheet): { settled(): Promise<void> } {
  type Chunk = unknown;
  const stream = (sheet as Worksheet & { stream?: { _pipe?: (chunk: Chunk) => Promise<void>; buffers?: unknown[] } }).stream;
  const handOver = stream?._pipe;
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  if (stream === undefined || typeof handOver !== "function" || !Array.isArray(stream.buffers)) return { settled: turn };
  let inFlight = 0;
  let wake: (() => void) | null = null;
  stream._pipe = async (chunk: Chunk) => {
    inFlight += 1;
    try {
      await handOver.call(stream, chunk);
    } finally {
      inFlight -= 1;
      wake?.();
    }
  };
  const pending = () => inFlight + (stream.buffers?.length ?? 0);
  return {
    async settled() {
      await turn();
      while (pending() > MAX_PENDING_CHUNKS) {
        // Woken by a compressed chunk, or after a moment (chunks not yet handed over wait for the zip to reach this sheet).
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 20);
          wake = () => {
            clearTimeout(timer);
            wake = null;
            resolve();
          };
        });
      }
    },
  };
}

async function addIncidentSheet(workbook: Workbook, aggregate: Aggregate, units: readonly UnitRow[]): Promise<Worksheet> {
  const list = aggregate.incidents.list;
  const lastRow = Math.max(2, list.length + 1);
  const sheet = addSheet(workbook, SUMMARY_SHEETS.incidents, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, printTitlesRow: "1:1" },
    headerFooter: printHeader(`Danh sách vụ việc — ${aggregate.label}`),
    autoFilter: `A1:${columnLetter(INCIDENT_LIST_HEADERS.length)}${lastRow}`,
  });
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  const unitLabel = (code: string): string => `${code} - ${names.get(code) ?? code}`;
  const sourceLabel = (incident: IncidentRecord): string => `${incident.source.file}!${incident.source.row}`;
  // Distinct texts only: a column of 100,000 rows repeats a few dozen areas, fields and behaviours.
  const texts = (pick: (incident: IncidentRecord) => string | null): Set<string> => {
    const seen = new Set<string>();
    for (const incident of list) {
      const text = pick(incident);
      if (text !== null) seen.add(text);
    }
    return seen;
  };

  const widths = [
    6,
    fitWidth(texts((i) => unitLabel(i.unit)), 18, 30),
    12,
    fitWidth(texts((i) => i.area), 12, 18),
    fitWidth(texts((i) => i.field), 12, 20),
    fitWidth(texts((i) => i.behavior), 14, 26),
    40,
    15,
    fitWidth(texts((i) => i.handling), 14, 22),
    15,
    fitWidth(texts((i) => i.decision), 12, 18),
    fitWidth(texts((i) => i.note), 12, 24),
    fitWidth(texts(sourceLabel), 14, 32),
  ];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, INCIDENT_LIST_HEADERS, widths);
  const backlog = zipBacklog(sheet);

  for (const [index, incident] of list.entries()) {
    const row = sheet.getRow(index + 2);
    const cells: [text: string | number | Date | null, style: Partial<Style>][] = [
      [index + 1, CENTERED],
      [unitLabel(incident.unit), WRAPPED],
      [incidentDate(incident.detectedOn), DATE],
      [incident.area, WRAPPED],
      [incident.field, WRAPPED],
      [incident.behavior, WRAPPED],
      [incident.description, WRAPPED],
      [incident.damage, NUMBER],
      [incident.handling, WRAPPED],
      [incident.fine, NUMBER],
      [incident.decision, WRAPPED],
      [incident.note, WRAPPED],
      [sourceLabel(incident), WRAPPED],
    ];
    cells.forEach(([value, style], column) => {
      const cell = row.getCell(column + 1);
      cell.style = style;
      if (value !== null) cell.value = value;
    });
    row.height = wrappedHeight(
      cells.flatMap(([value, style], column): [string, number][] =>
        typeof value === "string" && style === WRAPPED ? [[value, widths[column] ?? 10]] : [],
      ),
    );
    // Written out now (with the header row before it); the row's objects can then be collected.
    row.commit();
    if ((index + 1) % ROWS_PER_TURN === 0) await backlog.settled();
  }

  if (list.length === 0) setText(sheet.getCell("A2"), "Không có vụ việc nào được báo cáo.", NOTE);
  return sheet;
}

/** An ISO date as a real date cell (UTC midnight, as exceljs writes serials); anything else stays text. */
function incidentDate(text: string | null): Date | string | null {
  if (text === null) return null;
  const date = parseIsoDate(text);
  return date === null ? text : new Date(Date.UTC(date.year, date.month - 1, date.day));
}

// ---------------------------------------------------------------------------------------------
// Phân loại vụ việc

export const BREAKDOWN_SECTIONS = [
  { key: "byArea", title: "Theo địa bàn" },
  { key: "byField", title: "Theo lĩnh vực" },
  { key: "byBehavior", title: "Theo hành vi" },
  { key: "byHandling", title: "Theo hình thức xử lý" },
  { key: "byUnit", title: "Theo đơn vị báo cáo" },
] as const;

const BREAKDOWN_HEADERS = ["STT", "Phân loại", "Số vụ", "Thiệt hại (đồng)", "Tiền phạt (đồng)"] as const;

function addBreakdownSheet(workbook: Workbook, aggregate: Aggregate, units: readonly UnitRow[]): Worksheet {
  const sheet = addSheet(workbook, SUMMARY_SHEETS.breakdowns, {
    pageSetup: { ...LANDSCAPE_A4, orientation: "portrait" },
    headerFooter: printHeader(`Phân loại vụ việc — ${aggregate.label}`),
  });
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  const incidents = aggregate.incidents;
  const sections = BREAKDOWN_SECTIONS.map((section) => {
    const entries: [label: string, tally: Tally][] =
      section.key === "byUnit"
        ? unitOrder(units, incidents.byUnit).map((code): [string, Tally] => [`${code} - ${names.get(code) ?? code}`, incidents.byUnit[code] as Tally])
        : Object.entries(incidents[section.key] as Readonly<Record<string, Breakdown>>).map(([label, breakdown]): [string, Tally] => [label, breakdown.total]);
    return { title: section.title, entries };
  });
  const labelWidth = fitWidth(sections.flatMap((section) => section.entries.map(([label]) => label)), 30, 50);
  const widths = [6, labelWidth, 10, 18, 18];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));

  let rowNumber = 1;
  sections.forEach((section, index) => {
    setText(sheet.getCell(rowNumber, 1), `${index + 1}. ${section.title}`, SECTION);
    rowNumber += 1;
    writeHeaderRow(sheet, rowNumber, BREAKDOWN_HEADERS, widths);
    rowNumber += 1;
    const first = rowNumber;
    section.entries.forEach(([label, tally], position) => {
      const row = sheet.getRow(rowNumber);
      setNumber(row.getCell(1), position + 1, CENTERED);
      setText(row.getCell(2), label, WRAPPED);
      setNumber(row.getCell(3), tally.count, NUMBER);
      setNumber(row.getCell(4), tally.damage, NUMBER);
      setNumber(row.getCell(5), tally.fines, NUMBER);
      row.height = wrappedHeight([[label, labelWidth]]);
      rowNumber += 1;
    });
    const row = sheet.getRow(rowNumber);
    setText(row.getCell(1), "Cộng", TOTAL_TEXT);
    row.getCell(2).style = TOTAL_TEXT;
    sheet.mergeCells(rowNumber, 1, rowNumber, 2);
    const sums: Tally = section.entries.reduce(
      (sum, [, tally]) => ({ count: sum.count + tally.count, damage: sum.damage + tally.damage, fines: sum.fines + tally.fines }),
      { count: 0, damage: 0, fines: 0 },
    );
    (["count", "damage", "fines"] as const).forEach((key, offset) => {
      const letter = columnLetter(3 + offset);
      const formula = section.entries.length === 0 ? "0" : `SUM(${letter}${first}:${letter}${rowNumber - 1})`;
      setFormula(row.getCell(3 + offset), formula, sums[key], TOTAL_NUMBER);
    });
    rowNumber += 2;
  });
  return sheet;
}

function unitOrder(units: readonly UnitRow[], byUnit: Readonly<Record<string, Tally>>): string[] {
  return units.map((unit) => unit.code).filter((code) => byUnit[code] !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Đơn vị chưa nộp

const MISSING_HEADERS = ["STT", "Mã", "Tên đơn vị", "Tình trạng"] as const;

function addMissingSheet(workbook: Workbook, aggregate: Aggregate, units: readonly UnitRow[]): Worksheet {
  const sheet = addSheet(workbook, SUMMARY_SHEETS.missing, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, orientation: "portrait", printTitlesRow: "1:1" },
    headerFooter: printHeader(`Đơn vị chưa nộp, bị từ chối, nộp muộn — ${aggregate.label}`),
  });
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  const rejected = new Set(aggregate.units.rejected);
  // A rejected unit has no accepted submission, so it is also "missing": list it once, as rejected.
  const rows: [code: string, status: string][] = [
    ...aggregate.units.missing.filter((code) => !rejected.has(code)).map((code): [string, string] => [code, UNIT_STATUS.missing]),
    ...aggregate.units.rejected.map((code): [string, string] => [code, UNIT_STATUS.rejected]),
    ...aggregate.units.late.map((code): [string, string] => [code, UNIT_STATUS.late]),
  ];
  const nameWidth = fitWidth(rows.map(([code]) => names.get(code) ?? code), 30, 60);
  const widths = [6, fitWidth(["Mã", ...rows.map(([code]) => code)], 10, 20), nameWidth, 14];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, MISSING_HEADERS, widths);
  rows.forEach(([code, status], index) => {
    const row = sheet.getRow(index + 2);
    const name = names.get(code) ?? code;
    setNumber(row.getCell(1), index + 1, CENTERED);
    setText(row.getCell(2), code, TEXT);
    setText(row.getCell(3), name, WRAPPED);
    setText(row.getCell(4), status, TEXT);
    row.height = wrappedHeight([[name, nameWidth]]);
  });
  if (rows.length === 0) setText(sheet.getCell("A2"), "Tất cả đơn vị đã nộp đúng hạn.", NOTE);
  const submitted = aggregate.units.submitted.length;
  const expected = aggregate.units.expected.length;
  setText(sheet.getCell(Math.max(2, rows.length + 1) + 2, 1), `Đã nộp: ${submitted}/${expected} đơn vị.`, NOTE);
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Helpers

type SheetOptions = Partial<ExcelJS.AddWorksheetOptions> & { autoFilter?: string };

/**
 * A sheet of the streaming writer. Its worksheet writer leaves out <printOptions> (which the in-memory
 * Workbook writes from pageSetup): put it back before <pageMargins>, where the schema wants it, so the
 * sheets still print centred on the page.
 */
function addSheet(workbook: Workbook, name: string, options: SheetOptions): Worksheet {
  const sheet = workbook.addWorksheet(name, options as Partial<ExcelJS.AddWorksheetOptions>);
  const writer = sheet as Worksheet & { _writePageMargins?: () => void; stream?: { write(text: string): void } };
  const writeMargins = writer._writePageMargins;
  const setup = options.pageSetup ?? {};
  const attributes = [
    setup.showRowColHeaders === true ? ' headings="1"' : "",
    setup.showGridLines === true ? ' gridLines="1"' : "",
    setup.horizontalCentered === true ? ' horizontalCentered="1"' : "",
    setup.verticalCentered === true ? ' verticalCentered="1"' : "",
  ].join("");
  if (typeof writeMargins === "function" && attributes !== "") {
    writer._writePageMargins = function (this: typeof writer) {
      this.stream?.write(`<printOptions${attributes}/>`);
      writeMargins.call(this);
    };
  }
  return sheet;
}

function writeHeaderRow(sheet: Worksheet, rowNumber: number, headers: readonly string[], widths: readonly number[], override: Partial<Style> = {}): void {
  const row = sheet.getRow(rowNumber);
  const style = { ...HEADER, ...override };
  headers.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.style = style;
    if (text !== "") cell.value = text;
  });
  row.height = wrappedHeight(headers.map((text, index) => [text, (widths[index] ?? 10) - 1] as const));
}

/** Text from anywhere (a submission, the configuration): always a plain string cell, never a formula. */
function setText(cell: Cell, text: string, style: Partial<Style>): void {
  cell.value = String(text);
  cell.style = style;
}

function setNumber(cell: Cell, value: number, style: Partial<Style>): void {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number: ${value}`);
  cell.value = value;
  cell.style = style;
}

/** A formula with the result it evaluates to (a number, or "" for a blank result). */
function setFormula(cell: Cell, formula: string, result: number | string, style: Partial<Style>): void {
  if (typeof result === "number" && !Number.isFinite(result)) throw new RangeError(`Not a number: ${result}`);
  cell.value = { formula, result };
  cell.style = style;
}

function frozen(xSplit: number, ySplit: number): Partial<WorksheetView> {
  const topLeftCell = `${columnLetter(xSplit + 1)}${ySplit + 1}`;
  return { state: "frozen", xSplit, ySplit, topLeftCell, activeCell: topLeftCell };
}

function printHeader(title: string): Partial<ExcelJS.HeaderFooter> {
  // "&" starts a header/footer code: double it in text.
  return { oddHeader: `&C&"Calibri,Bold"&12${title.replace(/&/g, "&&")}`, oddFooter: "&CTrang &P/&N" };
}

/** 'Theo đơn vị' — quoted for a formula, inner apostrophes doubled. */
function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → I, 4 → IV, 14 → XIV. */
export function roman(value: number): string {
  let rest = value;
  let text = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}
