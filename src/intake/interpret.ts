// Reading a cell as a number or a date, the ways agencies actually type them.
import type { CalendarDate } from "../domain/calendar-date.js";
import { fromDayNumber, toDayNumber } from "../domain/calendar-date.js";
import { parseIsoDate } from "../domain/calendar-date.js";
import { parseShortDate } from "../vn/dates.js";
import { parseVietnameseNumber } from "../vn/numbers.js";
import type { CellValue } from "./cell-value.js";

export type Interpreted<T> = { ok: true; value: T | null } | { ok: false };

/** A number typed as a number, a formula's cached number, or Vietnamese-format text ("1.234.567", "12,5"). */
export function asNumber(value: CellValue): Interpreted<number> {
  switch (value.kind) {
    case "empty":
      return { ok: true, value: null };
    case "number":
      return { ok: true, value: value.value };
    case "text": {
      const parsed = parseVietnameseNumber(value.text.replace(/\s*(đồng|đ|vnđ|vnd)$/iu, ""));
      return parsed === null ? { ok: false } : { ok: true, value: parsed };
    }
    default:
      return { ok: false };
  }
}

// Excel day 25569 is 1970-01-01 (the 1900 system, counting the phantom 29/02/1900).
const EXCEL_EPOCH_OFFSET = 25_569;
const EXCEL_MIN_SERIAL = 61; // 01/03/1900: before it the 1900 leap-year bug shifts days
const EXCEL_MAX_SERIAL = 2_958_465; // 31/12/9999

/** A real date, an Excel serial number, or text dd/mm/yyyy (never month-first) or yyyy-mm-dd. */
export function asDate(value: CellValue): Interpreted<CalendarDate> {
  switch (value.kind) {
    case "empty":
      return { ok: true, value: null };
    case "date":
      return { ok: true, value: value.date };
    case "number": {
      const serial = Math.floor(value.value);
      if (serial < EXCEL_MIN_SERIAL || serial > EXCEL_MAX_SERIAL) return { ok: false };
      return { ok: true, value: fromDayNumber(serial - EXCEL_EPOCH_OFFSET) };
    }
    case "text": {
      const parsed = parseShortDate(value.text) ?? parseIsoDate(value.text);
      return parsed === null ? { ok: false } : { ok: true, value: parsed };
    }
    default:
      return { ok: false };
  }
}

export function toExcelSerial(date: CalendarDate): number {
  return toDayNumber(date) + EXCEL_EPOCH_OFFSET;
}

/** Text of a cell, whatever it holds (numbers as typed digits), or null when empty. */
export function asText(value: CellValue): string | null {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      return value.text;
    case "number":
      return String(value.value);
    case "date":
      return `${String(value.date.day).padStart(2, "0")}/${String(value.date.month).padStart(2, "0")}/${value.date.year}`;
    case "boolean":
      return String(value.value);
    case "error":
      return value.error;
    case "formula-without-result":
      return null;
  }
}
