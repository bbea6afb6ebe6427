// Vụ việc: the merged incident list, one row per incident, committed as soon as it is written.
import type { Style, Workbook, Worksheet } from "exceljs";
import type { Aggregate, IncidentRecord } from "../../aggregate/types.js";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { xlsxText } from "../../domain/xml-text.js";
import {
  characterCount,
  columnLetter,
  fitWidth,
  frozen,
  lineWraps,
  rowHeight,
  widthFor,
  wrappedHeight,
  wrappedLines,
} from "../excel/index.js";
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
): { sheet: Worksheet; rows: DirectRows | null } {
  const list = aggregate.incidents.list;
  const lastRow = Math.max(2, list.length + 1);
  const sheet = addSheet(workbook, SUMMARY_SHEETS.incidents, {
    views: [frozen(0, 1)],
    pageSetup: { ...LANDSCAPE_A4, printTitlesRow: "1:1" },
    headerFooter: printHeader(`Danh sách vụ việc — ${label}`),
    autoFilter: `A1:${columnLetter(INCIDENT_LIST_HEADERS.length)}${lastRow}`,
  });
  const nameOf = unitNames(units);
  // Made once per unit, not once per incident (a few dozen units, 100,000 incidents).
  const unitLabels = new Map<string, string>();
  const unitLabel = (code: string): string => {
    let text = unitLabels.get(code);
    if (text === undefined) unitLabels.set(code, (text = `${code} - ${nameOf(code)}`));
    return text;
  };
  const sourceLabel = (incident: IncidentRecord): string => `${incident.source.file}!${incident.source.row}`;
  // The width of a column from its longest text, counted without making the set of its texts. Why so:
  // only the longest matters (counting a short text again costs less than a set's look-up), and once a
  // text is long enough for the widest width allowed the rest cannot change it.
  const width = (pick: (incident: IncidentRecord) => string | null, min: number, max: number): number => {
    let most = 0;
    for (const incident of list) {
      const text = pick(incident);
      if (text === null) continue;
      most = Math.max(most, characterCount(text));
      if (widthFor(most, min, max) === max) break;
    }
    return widthFor(most, min, max);
  };
  // A source is "<file>!<row>": its file's characters (counted once per file), "!" and the row's digits.
  let mostSource = 0;
  let lastFile: string | null = null;
  let fileCharacters = 0;
  for (const { source } of list) {
    if (source.file !== lastFile) {
      lastFile = source.file;
      fileCharacters = characterCount(source.file);
    }
    mostSource = Math.max(mostSource, fileCharacters + 1 + String(source.row).length);
  }

  const unitCodes = new Set<string>();
  for (const incident of list) unitCodes.add(incident.unit);
  const widths = [
    6,
    fitWidth([...unitCodes].map(unitLabel), 18, 30),
    12,
    width((i) => i.area, 12, 18),
    width((i) => i.field, 12, 20),
    width((i) => i.behavior, 14, 26),
    40,
    15,
    width((i) => i.handling, 14, 22),
    15,
    width((i) => i.decision, 12, 18),
    width((i) => i.note, 12, 24),
    widthFor(mostSource, 14, 32),
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
  // Texts with an _xHHHH_ of their own go to the shared strings: exceljs reads the escape back only there.
  // A cheap includes("_x") first: nearly no text has one, and the labels are made only for one that does.
  const shared = new Map<string, number>();
  let uses = 0;
  const share = (text: string | null): void => {
    if (text !== null && text.includes("_x") && OOXML_ESCAPED.test(text)) {
      uses += 1;
      const escaped = xlsxText(text);
      if (!shared.has(escaped)) shared.set(escaped, shared.size);
    }
  };
  for (const incident of list) {
    share(unitLabel(incident.unit));
    share(incident.area);
    share(incident.field);
    share(incident.behavior);
    share(incident.description);
    share(incident.handling);
    share(incident.decision);
    share(incident.note);
    // "<file>!<row>" has an escape only where its file has one ("!" and digits end none).
    if (incident.source.file.includes("_x")) share(sourceLabel(incident));
  }
  return {
    sheet,
    rows: (sharedStrings) => {
      const counts =
        sharedStrings === null ? null : /<sst\b[^>]*?\bcount="(\d+)"[^>]*?\buniqueCount="(\d+)"/.exec(sharedStrings);
      if (shared.size > 0 && counts === null) throw new Error("Vụ việc: no shared strings to add to");
      const base = counts === null ? 0 : Number(counts[2]);
      return {
        sheet: replaceRows(list, widths, unitLabel, (text) => {
          if (shared.size === 0) return null;
          const index = shared.get(text);
          return index === undefined ? null : base + index;
        }),
        sharedStrings: shared.size === 0 ? null : addSharedStrings([...shared.keys()], uses),
      };
    },
  };
}

/**
 * Given the package's xl/sharedStrings.xml (null without one), the edits that write the incident rows: of
 * the Vụ việc sheet, and of the shared strings when some texts must go there.
 */
export type DirectRows = (sharedStrings: string | null) => { sheet: PartEdit; sharedStrings: PartEdit | null };

/** An _xHHHH_ in a text: written as _x005F_xHHHH_ (xlsxText), which exceljs decodes in shared strings only. */
const OOXML_ESCAPED = /_x[0-9A-Fa-f]{4}_/;

interface IncidentRow {
  cells: [value: string | number | Date | null, style: Partial<Style>][];
  height: number;
}

const ROW_2 = Buffer.from('<row r="2"', "utf8");
const ROW_END = Buffer.from("</row>", "utf8");
/** XML made per chunk handed to the zip (about 300 KB: fewer hand-overs to zlib's thread). */
const CHUNK_CHARS = 256 * 1024;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The sheet's XML with its row 2 (the first incident, as exceljs wrote it) replaced by one row per incident,
 * each cell with the style exceljs gave that column in row 2. The sheet holds only that row, so it is read
 * whole; the rows are made and handed on some 300 KB at a time.
 *
 * The same cells, styles and heights as rowOf gives (the first row's, through exceljs), made without a
 * cell object per value: the XML of a text cell after its reference, and its lines, are kept for the
 * columns whose texts repeat (unit, area, field, behaviour, handling: a few dozen values in 100,000 rows),
 * and each row is one string of its cells.
 */
function replaceRows(
  list: readonly IncidentRecord[],
  widths: readonly number[],
  unitLabel: (code: string) => string,
  sharedIndex: (text: string) => number | null,
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

    // A cell is `<c r="` + its reference + its tail (the style, the type and the value, closed).
    const empty = styles.map((s) => `" s="${s}"/>`);
    const number = (column: number, value: number | null): string =>
      value === null ? empty[column]! : `" s="${styles[column]!}"><v>${value}</v></c>`;
    const text = (column: number, value: string): string => {
      const escaped = xlsxText(value);
      const index = sharedIndex(escaped);
      return index === null
        ? `" s="${styles[column]!}" t="inlineStr"><is>${textElement(escaped)}</is></c>`
        : `" s="${styles[column]!}" t="s"><v>${index}</v></c>`;
    };
    // A text cell's tail and its lines (1 for an empty cell: rowHeight takes the tallest).
    let lines = 1;
    const fresh = (column: number, value: string | null): string => {
      if (value === null) return empty[column]!;
      if (plainText(value)) {
        // What xlsxText, textElement and wrappedLines give a plain text, from one look at its characters.
        lines = Math.max(lines, lineWraps(value.length, widths[column] ?? 10));
        return `" s="${styles[column]!}" t="inlineStr"><is><t>${value}</t></is></c>`;
      }
      lines = Math.max(lines, wrappedLines(value, widths[column] ?? 10));
      return text(column, value);
    };
    const repeated = INCIDENT_LIST_HEADERS.map(() => new Map<string, { tail: string; lines: number }>());
    const kept = (column: number, value: string | null): string => {
      if (value === null) return empty[column]!;
      const cache = repeated[column]!;
      let cell = cache.get(value);
      if (cell === undefined) {
        cell = { tail: text(column, value), lines: wrappedLines(value, widths[column] ?? 10) };
        cache.set(value, cell);
      }
      lines = Math.max(lines, cell.lines);
      return cell.tail;
    };

    // A source "<file>!<row>": the cell's tail up to the row, and the file's characters, made once per file.
    // Why the file alone decides: "!" and digits need no escaping, end no _xHHHH_, start or end no space.
    // A file name that is not plain (an _x, a line break, a leading space) goes the general way.
    let sourceFile: string | null = null;
    let sourceTail: { opening: string; characters: number } | null = null;
    const source = (file: string, row: number): string => {
      if (file !== sourceFile) {
        sourceFile = file;
        sourceTail =
          file.includes("_x") || file.includes("\n") || /^\s/.test(file)
            ? null
            : {
                opening: `" s="${styles[12]!}" t="inlineStr"><is><t>${escapeMarkup(xlsxText(file))}!`,
                characters: characterCount(file) + 1,
              };
      }
      if (sourceTail === null) return fresh(12, `${file}!${row}`);
      const digits = String(row);
      lines = Math.max(lines, lineWraps(sourceTail.characters + digits.length, widths[12] ?? 10));
      return `${sourceTail.opening}${digits}</t></is></c>`;
    };

    let chunk = "";
    for (let index = 0; index < list.length; index += 1) {
      const incident = list[index]!;
      // The row's number as text once: it is in each of its 13 cells' references.
      const r = String(index + 2);
      lines = 1;
      const unit = kept(1, unitLabel(incident.unit));
      const date = incident.detectedOn;
      const detected =
        date === null
          ? empty[2]!
          : `" s="${styles[2]!}"><v>${(Date.UTC(date.year, date.month - 1, date.day) - EXCEL_EPOCH) / 86_400_000}</v></c>`;
      const area = kept(3, incident.area);
      const field = kept(4, incident.field);
      const behavior = kept(5, incident.behavior);
      const description = fresh(6, incident.description);
      const handling = kept(8, incident.handling);
      const decision = fresh(10, incident.decision);
      const note = fresh(11, incident.note);
      const sourceCell = source(incident.source.file, incident.source.row);
      chunk +=
        `<row r="${r}" ht="${rowHeight(lines)}"${attributes}>` +
        `<c r="A${r}" s="${styles[0]!}"><v>${index + 1}</v></c><c r="B${r}${unit}<c r="C${r}${detected}` +
        `<c r="D${r}${area}<c r="E${r}${field}<c r="F${r}${behavior}<c r="G${r}${description}` +
        `<c r="H${r}${number(7, incident.damage)}<c r="I${r}${handling}<c r="J${r}${number(9, incident.fine)}` +
        `<c r="K${r}${decision}<c r="L${r}${note}<c r="M${r}${sourceCell}</row>`;
      if (chunk.length >= CHUNK_CHARS) {
        yield Buffer.from(chunk, "utf8");
        chunk = "";
      }
    }
    if (chunk !== "") yield Buffer.from(chunk, "utf8");
    yield xml.subarray(end + ROW_END.length);
  };
}

/** xl/sharedStrings.xml with `texts` added at its end (their indexes follow the existing ones). */
function addSharedStrings(texts: readonly string[], uses: number): PartEdit {
  return async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    const xml = Buffer.concat(parts).toString("utf8");
    const end = xml.lastIndexOf("</sst>");
    if (end < 0) throw new Error("Vụ việc: shared strings without </sst>");
    const opened = xml
      .slice(0, end)
      .replace(
        /(<sst\b[^>]*?\bcount=")(\d+)(")/,
        (_m, a: string, n: string, b: string) => `${a}${Number(n) + uses}${b}`,
      )
      .replace(
        /(<sst\b[^>]*?\buniqueCount=")(\d+)(")/,
        (_m, a: string, n: string, b: string) => `${a}${Number(n) + texts.length}${b}`,
      );
    yield Buffer.from(opened + texts.map((text) => `<si>${textElement(text)}</si>`).join("") + xml.slice(end), "utf8");
  };
}

/** <t> with the text escaped, keeping its leading and trailing spaces and line breaks as exceljs does. */
function textElement(text: string): string {
  const escaped = escapeMarkup(text);
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/**
 * Whether a cell's text needs nothing done to it: not empty; no control character (tab and line break
 * included), no &, < or >, no "_x" (xlsxText's work, and the shared strings'); no space or no-break space at
 * either end (textElement's xml:space); and only characters of U+0000–U+02FF and U+1E00–U+1EFF, so that its
 * length is its count of characters (characterCount). Why: nearly every description is such a text, and one
 * look at its characters replaces four regular expressions and a count.
 */
function plainText(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  if (first === 0x20 || first === 0xa0 || last === 0x20 || last === 0xa0) return false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x26 || code === 0x3c || code === 0x3e) return false;
    if (code === 0x5f && text.charCodeAt(index + 1) === 0x78) return false;
    if (code >= 0x300 && (code < 0x1e00 || code > 0x1eff)) return false;
  }
  return true;
}

/** &, < and > as entities (text in an element). */
function escapeMarkup(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** A date as a real date cell (UTC midnight, as exceljs writes serials). */
function incidentDate(date: CalendarDate | null): Date | null {
  return date === null ? null : new Date(Date.UTC(date.year, date.month - 1, date.day));
}
