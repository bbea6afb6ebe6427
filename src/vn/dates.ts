// Dates as Decree 30/2020/NĐ-CP (Phụ lục I) writes them on official documents.

import { isValidCalendarDate } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { normalizeText } from "./normalize.js";

/**
 * The blank left for the records office (văn thư) to fill in by hand when the document is issued:
 * the day in "ngày      tháng 7 năm 2023" and the number in "Số:      /UBND-KGVX". Six ASCII spaces.
 */
export const DRAFT_BLANK = "      ";

/** A document date not yet issued: the month and year are known, the day is filled in at issue. */
export interface DraftDate {
  readonly draft: true;
  readonly year: number;
  readonly month: number;
}

// Decree 30: days below 10 and months 1 and 2 take a leading zero, so nobody can turn "ngày 1" into
// "ngày 11" or "tháng 2" into "tháng 12" by adding a digit by hand.
function decreeDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

function decreeMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function assertValidDate(date: CalendarDate): void {
  if (!isValidCalendarDate(date.year, date.month, date.day)) {
    throw new RangeError(`Invalid calendar date ${date.year}-${date.month}-${date.day}`);
  }
}

/** "ngày 03 tháng 7 năm 2023", "ngày 05 tháng 01 năm 2020". Throws RangeError for an impossible date. */
export function formatDecreeDate(date: CalendarDate): string {
  assertValidDate(date);
  return `ngày ${decreeDay(date.day)} tháng ${decreeMonth(date.month)} năm ${date.year}`;
}

/** "ngày      tháng 7 năm 2023": the day left blank (DRAFT_BLANK) for the records office. */
export function formatDraftDate(year: number, month: number): string {
  // Any day of the month validates year and month together.
  if (!isValidCalendarDate(year, month, 1)) {
    throw new RangeError(`Invalid draft month ${year}-${month}`);
  }
  return `ngày${DRAFT_BLANK}tháng ${decreeMonth(month)} năm ${year}`;
}

/**
 * The place-and-date line under the national motto: "Hưng Yên, ngày 03 tháng 7 năm 2023",
 * or "Hưng Yên, ngày      tháng 7 năm 2023" for a draft. The place is NFC-normalised and trimmed.
 */
export function formatPlaceDate(place: string, date: CalendarDate | DraftDate): string {
  const name = normalizeText(place);
  if (name === "") throw new RangeError("The place name (địa danh) is required");
  const when = "draft" in date ? formatDraftDate(date.year, date.month) : formatDecreeDate(date);
  return `${name}, ${when}`;
}

/** "03/07/2023": fixed-width dd/mm/yyyy for forms and tables. */
export function formatShortDate(date: CalendarDate): string {
  assertValidDate(date);
  return `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}`;
}

/**
 * "03/7/2023": the short date used inside official prose ("Báo cáo số 841/BC-STTTT ngày 03/7/2023"),
 * with the same leading-zero rule as the Decree 30 long form.
 */
export function formatDocumentShortDate(date: CalendarDate): string {
  assertValidDate(date);
  return `${decreeDay(date.day)}/${decreeMonth(date.month)}/${pad(date.year, 4)}`;
}

/**
 * Read "3/7/2023", "03/07/2023", "03-07-2023" or "03.07.2023". Always day first (Vietnamese order, never
 * the US month-first reading), a four-digit year (a two-digit year is a guess about the century) and one
 * separator used consistently. Returns null for an impossible date such as 31/02/2023 or any other text.
 */
export function parseShortDate(text: string): CalendarDate | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}
