// Reporting periods ("kỳ báo cáo") and the date windows that belong to them.
import type { CalendarDate } from "../calendar-date.js";

export type Period =
  | { kind: "half"; year: number; half: 1 | 2 }
  | { kind: "year"; year: number }
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "month"; year: number; month: number };

/**
 * How a period maps to dates. "decree-09": the data cut-off of Decree 09/2019/NĐ-CP Điều 12 (15th → 14th),
 * the default for state-agency periodic reports. "calendar": the plain calendar range.
 */
export type PeriodRule = "decree-09" | "calendar";

/** Both ends inclusive. */
export interface DateWindow {
  from: CalendarDate;
  to: CalendarDate;
}

export const DEFAULT_PERIOD_RULE: PeriodRule = "decree-09";

// Four-digit years only: codes and labels are written with exactly four digits, and anything outside
// this range in a clerk's input is a typo rather than a real reporting year.
export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2999;

export function isValidPeriod(p: Period): boolean {
  if (!Number.isInteger(p.year) || p.year < MIN_PERIOD_YEAR || p.year > MAX_PERIOD_YEAR) return false;
  switch (p.kind) {
    case "half":
      return p.half === 1 || p.half === 2;
    case "year":
      return true;
    case "quarter":
      return p.quarter === 1 || p.quarter === 2 || p.quarter === 3 || p.quarter === 4;
    case "month":
      return Number.isInteger(p.month) && p.month >= 1 && p.month <= 12;
  }
}
