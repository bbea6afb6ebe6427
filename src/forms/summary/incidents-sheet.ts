// Vụ việc: the merged incident list, one row per incident, committed as soon as it is written.
import type { Style, Workbook, Worksheet } from "exceljs";
import type { Aggregate, IncidentRecord } from "../../aggregate/types.js";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { xlsxText } from "../../domain/xml-text.js";
import { columnLetter, fitWidth, frozen, wrappedHeight } from "../excel/index.js";
import { unitNames } from "./rows.js";
import type { UnitRow } from "./rows.js";
import { addSheet, printHeader, setText, writeHeaderRow } from "./sheet-writer.js";
import { SUMMARY_SHEETS } from "./sheets.js";
import type { PartEdit } from "../../zip/index.js";
import { CENTERED, DATE, LANDSCAPE_A4, NOTE, NUMBER, WRAPPED } from "./styles.js";

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

/**
 * The Vụ việc sheet. exceljs writes its header and first incident row (and so registers the row's styles);
 * `rows`, given to withPrintOptions, then replaces that row in the sheet's XML with every incident row,
 * written directly: a cell object per value of 100,000 rows through exceljs cost most of aggregate's time
 * and memory. Text is written inline (t="inlineStr", never a formula), with the same styles, heights and
 * values as exceljs' row. `rows` is null when there is no incident (the sheet says so in A2).
 */
export function addIncidentSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  label: string,
  units: readonly UnitRow[],
): { sheet: Worksheet; rows: PartEdit | null } {
  const list = aggregate.incidents.list;
  const lastRow = Math.max(2, list.length + 1);
  const sheet = addSheet(workbook, SUMMARY_SHEETS.incidents, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, printTitlesRow: "1:1" },
    headerFooter: printHeader(`Danh sách vụ việc — ${label}`),
    autoFilter: `A1:${columnLetter(INCIDENT_LIST_HEADERS.length)}${lastRow}`,
  });
  const nameOf = unitNames(units);
  const unitLabel = (code: string): string => `${code} - ${nameOf(code)}`;
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
    fitWidth(
      texts((i) => unitLabel(i.unit)),
      18,
      30,
    ),
    12,
    fitWidth(
      texts((i) => i.area),
      12,
      18,
    ),
    fitWidth(
      texts((i) => i.field),
      12,
      20,
    ),
    fitWidth(
      texts((i) => i.behavior),
      14,
      26,
    ),
    40,
    15,
    fitWidth(
      texts((i) => i.handling),
      14,
      22,
    ),
    15,
    fitWidth(
      texts((i) => i.decision),
      12,
      18,
    ),
    fitWidth(
      texts((i) => i.note),
      12,
      24,
    ),
    fitWidth(texts(sourceLabel), 14, 32),
  ];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeHeaderRow(sheet, 1, INCIDENT_LIST_HEADERS, widths);

  const rowOf = (incident: IncidentRecord, index: number): IncidentRow => {
    const cells: IncidentRow["cells"] = [
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
    const height = wrappedHeight(
      cells.flatMap(([value, style], column): [string, number][] =>
        typeof value === "string" && style === WRAPPED ? [[value, widths[column] ?? 10]] : [],
      ),
    );
    return { cells, height };
  };

  const first = list[0];
  if (first === undefined) {
    setText(sheet.getCell("A2"), "Không có vụ việc nào được báo cáo.", NOTE);
    return { sheet, rows: null };
  }
  const { cells, height } = rowOf(first, 0);
  const row = sheet.getRow(2);
  cells.forEach(([value, style], column) => {
    const cell = row.getCell(column + 1);
    cell.style = style;
    if (value !== null) cell.value = typeof value === "string" ? xlsxText(value) : value;
  });
  row.height = height;
  row.commit();
  return { sheet, rows: replaceRows(list, rowOf) };
}

interface IncidentRow {
  cells: [value: string | number | Date | null, style: Partial<Style>][];
  height: number;
}

const ROW_2 = Buffer.from('<row r="2"', "utf8");
const ROW_END = Buffer.from("</row>", "utf8");
/** XML made per chunk handed to the zip (about 64 KB). */
const CHUNK_CHARS = 64 * 1024;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The sheet's XML with its row 2 (the first incident, as exceljs wrote it) replaced by one row per incident,
 * each cell with the style exceljs gave that column in row 2. The sheet holds only that row, so it is read
 * whole; the rows are made and handed on some 64 KB at a time.
 */
function replaceRows(
  list: readonly IncidentRecord[],
  rowOf: (incident: IncidentRecord, index: number) => IncidentRow,
): PartEdit {
  return async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    const xml = Buffer.concat(parts);
    const start = xml.indexOf(ROW_2);
    const end = start < 0 ? -1 : xml.indexOf(ROW_END, start);
    if (end < 0) throw new Error("Vụ việc: row 2 not found in the sheet's XML");
    const written = xml.subarray(start, end).toString("utf8");
    const styles = [...written.matchAll(/<c r="([A-Z]+)2" s="(\d+)"/g)].map((match) => match[2]!);
    if (styles.length !== INCIDENT_LIST_HEADERS.length) throw new Error("Vụ việc: row 2 lacks a styled cell");
    // The row's attributes as exceljs writes them, with the number and height put in.
    const opening = /^<row r="2" ht="[^"]*"(.*?)>/.exec(written);
    if (opening === null) throw new Error("Vụ việc: row 2 has no height");
    const attributes = opening[1]!;
    yield xml.subarray(0, start);
    let text = "";
    for (const [index, incident] of list.entries()) {
      const { cells, height } = rowOf(incident, index);
      const r = index + 2;
      text += `<row r="${r}" ht="${height}"${attributes}>`;
      cells.forEach(([value], column) => {
        const ref = `${columnLetter(column + 1)}${r}`;
        const s = styles[column]!;
        if (value === null) text += `<c r="${ref}" s="${s}"/>`;
        else if (typeof value === "number") text += `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
        else if (value instanceof Date)
          text += `<c r="${ref}" s="${s}"><v>${(value.getTime() - EXCEL_EPOCH) / 86_400_000}</v></c>`;
        else text += `<c r="${ref}" s="${s}" t="inlineStr"><is>${textElement(xlsxText(value))}</is></c>`;
      });
      text += "</row>";
      if (text.length >= CHUNK_CHARS) {
        yield Buffer.from(text, "utf8");
        text = "";
      }
    }
    if (text !== "") yield Buffer.from(text, "utf8");
    yield xml.subarray(end + ROW_END.length);
  };
}

/** <t> with the text escaped, keeping its leading and trailing spaces and line breaks as exceljs does. */
function textElement(text: string): string {
  const escaped = text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** A date as a real date cell (UTC midnight, as exceljs writes serials). */
function incidentDate(date: CalendarDate | null): Date | null {
  return date === null ? null : new Date(Date.UTC(date.year, date.month - 1, date.day));
}
