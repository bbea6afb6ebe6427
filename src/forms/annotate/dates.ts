// The annotated copy's dates come from the agency's file, never from the clock: exceljs stamps a
// missing created/modified date with `new Date()` when it writes (lib/xlsx/xlsx.js), and JSZip stamps
// every zip entry with the current time (see ../../zip/timestamps.ts).
import type { Workbook } from "exceljs";
import type { CalendarDate } from "../../domain/calendar-date.js";

/** For a workbook that carries no usable date at all. */
export const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1));

function usable(date: unknown): Date | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Keeps the workbook's created and modified dates; fills a missing one from the other, else a constant. */
export function pinDates(workbook: Workbook): void {
  const created = usable(workbook.created);
  const modified = usable(workbook.modified);
  workbook.created = created ?? modified ?? FALLBACK_DATE;
  workbook.modified = modified ?? created ?? FALLBACK_DATE;
}

/** The zip entries' day: the workbook's modified day, as exceljs reads it (UTC). Call after pinDates. */
export function zipDate(workbook: Workbook): CalendarDate {
  const date = usable(workbook.modified) ?? FALLBACK_DATE;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
