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
 * Rows written between two turns of the event loop. The sheet's XML goes to the zip in 64 KB chunks and
 * is compressed on libuv's thread pool, whose results come back through the event loop: the zip takes
 * about one chunk per turn while rows are being made, so rows must not outrun it (500 rows, some
 * 200 KB of XML, per turn left it behind). Ten rows per turn keep it up without counting exceljs'
 * private buffers (as an earlier version did): aggregate's peak RSS at 100,000 incidents measured
 * 398–459 MB against 435–457 MB before, on the same loaded two-core machine, and the same CPU time.
 */
const ROWS_PER_TURN = 10;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function addIncidentSheet(
  workbook: Workbook,
  aggregate: Aggregate,
  label: string,
  units: readonly UnitRow[],
): Promise<Worksheet> {
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
      if (value !== null) cell.value = typeof value === "string" ? xlsxText(value) : value;
    });
    row.height = wrappedHeight(
      cells.flatMap(([value, style], column): [string, number][] =>
        typeof value === "string" && style === WRAPPED ? [[value, widths[column] ?? 10]] : [],
      ),
    );
    // Written out now (with the header row before it); the row's objects can then be collected.
    row.commit();
    if ((index + 1) % ROWS_PER_TURN === 0) await turn();
  }

  if (list.length === 0) setText(sheet.getCell("A2"), "Không có vụ việc nào được báo cáo.", NOTE);
  return sheet;
}

/** A date as a real date cell (UTC midnight, as exceljs writes serials). */
function incidentDate(date: CalendarDate | null): Date | null {
  return date === null ? null : new Date(Date.UTC(date.year, date.month - 1, date.day));
}
