// One spreadsheet cell, read the way a clerk means it (DESIGN §4): numbers as numbers, formulas by
// their cached result, rich text and hyperlinks as their text, everything NFC, and text typed in a
// legacy encoding (TCVN3/VNI, told by the cell's font or by its byte patterns) converted to Unicode.
import type ExcelJS from "exceljs";
import type { CalendarDate } from "../domain/calendar-date.js";
import { convertLegacyText } from "../vn/legacy/index.js";
import type { LegacyEncoding } from "../vn/legacy/index.js";
import { normalizeText } from "../vn/normalize.js";
import type { XlsxValue } from "../xlsx/index.js";

export type CellValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string; legacy: LegacyEncoding | null; original: string }
  | { kind: "date"; date: CalendarDate }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; error: string }
  | { kind: "formula-without-result"; formula: string };

/** Longest text kept from one cell: beyond this it is cut (a 100.000-character cell is not a name). */
export const MAX_CELL_TEXT = 10_000;

const EMPTY: CellValue = { kind: "empty" };

const READ_DATES = new Map<number, CellValue>();

/** A cell as our .xlsx reader gives it (undefined: the cell holds nothing). */
export function readValue(value: XlsxValue | undefined): CellValue {
  if (value === undefined) return EMPTY;
  switch (value.type) {
    case "number":
      return { kind: "number", value: value.value };
    case "text": {
      // The reader gives one value for all the cells showing the same shared string: read once, kept on it.
      const known = value.memo as CellValue | undefined;
      if (known !== undefined) return known;
      const read = text(value.text, value.font);
      value.memo = read;
      return read;
    }
    case "date": {
      const { year, month, day } = value;
      // One value per day, shared by every cell showing it (read values are never changed); a t="d" cell
      // may hold any month and day ("2023-00-45"), which are not remembered (their key could be another's).
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return { kind: "date", date: { year, month, day } };
      const key = (year * 13 + month) * 32 + day;
      let read = READ_DATES.get(key);
      if (read === undefined) {
        read = { kind: "date", date: { year, month, day } };
        if (READ_DATES.size >= 10_000) READ_DATES.clear();
        READ_DATES.set(key, read);
      }
      return read;
    }
    case "boolean":
      return { kind: "boolean", value: value.value };
    case "error":
      return { kind: "error", error: value.error };
    case "formula":
      return { kind: "formula-without-result", formula: value.formula };
  }
}

/** A cell of a workbook exceljs loaded (forms we fill ourselves). */
export function readCell(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  // exceljs' cell.value drops a cached formula result that is falsy (0, "", false); cell.result keeps it.
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return coerce({ ...value, result: cell.result }, cell.font?.name);
  }
  return coerce(value, cell.font?.name);
}

function coerce(value: ExcelJS.CellValue | undefined, fontName: string | undefined): CellValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", error: String(value) };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") return text(value, fontName);
  if (value instanceof Date) {
    // exceljs turns a date serial into a Date as if the wall-clock time were UTC.
    if (Number.isNaN(value.getTime())) return { kind: "error", error: "#DATE" };
    return {
      kind: "date",
      date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() },
    };
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      // The first run's font decides the encoding: legacy text was typed in one font.
      const runs = value.richText;
      return text(runs.map((run) => run.text ?? "").join(""), runs[0]?.font?.name ?? fontName);
    }
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      const formula = String(
        (value as { formula?: string; sharedFormula?: string }).formula ??
          (value as { sharedFormula?: string }).sharedFormula ??
          "",
      );
      if (result === undefined || result === null) return { kind: "formula-without-result", formula };
      if (typeof result === "object" && result !== null && "error" in result)
        return { kind: "error", error: String(result.error) };
      return coerce(result, fontName);
    }
    if ("error" in value) return { kind: "error", error: String(value.error) };
    if ("text" in value && typeof value.text === "string") return text(value.text, fontName);
  }
  // An object exceljs did not describe (none is known): its text, whatever String() makes of it.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return { kind: "text", text: normalizeText(String(value)), legacy: null, original: String(value) };
}

// The same short texts fill thousands of cells (list values, units, "Không"): reading one — NFC,
// spaces, legacy-encoding detection — gives the same value every time, so it is remembered. The values
// are never changed after reading, so they can be shared. Bounded: emptied when it grows past the limit.
// By font, then text: no key string made (and hashed) for each cell.
const READ_TEXTS = new Map<string | undefined, Map<string, CellValue>>();
let readTexts = 0;
const READ_TEXTS_LIMIT = 20_000;
const MEMO_MAX_LENGTH = 200;

function text(raw: string, fontName: string | undefined): CellValue {
  if (raw.length > MEMO_MAX_LENGTH) return readText(raw, fontName);
  let byText = READ_TEXTS.get(fontName);
  let value = byText?.get(raw);
  if (value === undefined) {
    value = readText(raw, fontName);
    if (readTexts >= READ_TEXTS_LIMIT) {
      READ_TEXTS.clear();
      readTexts = 0;
      byText = undefined;
    }
    if (byText === undefined) READ_TEXTS.set(fontName, (byText = new Map<string, CellValue>()));
    byText.set(raw, value);
    readTexts++;
  }
  return value;
}

function readText(raw: string, fontName: string | undefined): CellValue {
  const clipped = raw.length > MAX_CELL_TEXT ? raw.slice(0, MAX_CELL_TEXT) : raw;
  const normalized = normalizeText(clipped);
  if (normalized === "") return { kind: "empty" };
  const converted = convertLegacyText(normalized, fontName);
  // Unconverted text is already normalised (normalizeText is idempotent): only converted text needs it again.
  const result = converted.encoding === null ? normalized : normalizeText(converted.text);
  return { kind: "text", text: result, legacy: converted.encoding, original: normalized };
}

/** The value as display text for messages and JSON. */
export function displayValue(value: CellValue): string | number | boolean | null {
  switch (value.kind) {
    case "empty":
      return null;
    case "number":
      return value.value;
    case "text":
      return value.text;
    case "date":
      return `${String(value.date.day).padStart(2, "0")}/${String(value.date.month).padStart(2, "0")}/${value.date.year}`;
    case "boolean":
      return value.value;
    case "error":
      return value.error;
    case "formula-without-result":
      return `=${value.formula}`;
  }
}
