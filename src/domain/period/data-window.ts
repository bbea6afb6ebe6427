import { daysInMonth } from "../calendar-date.js";
import type { CalendarDate } from "../calendar-date.js";
import type { DateWindow, Period, PeriodRule } from "./period.js";
import { DEFAULT_PERIOD_RULE } from "./period.js";

interface YearMonth {
  year: number;
  month: number;
}

/**
 * The dates whose data a report for `p` covers.
 *
 * "decree-09" — Decree 09/2019/NĐ-CP Điều 12 (thời gian chốt số liệu báo cáo định kỳ): every periodic report
 * runs from the 15th of the month before the period to the 14th of the period's last month, so that the data
 * are closed before the deadline. Monthly: 15/(m−1) → 14/m; quarterly: 15th of the month before the quarter →
 * 14th of its last month; six-monthly: 15/12 of the previous year → 14/6; yearly: 15/12 of the previous
 * year → 14/12. Điều 12 only spells out the first six months; the second half is taken as 15/6 → 14/12 so
 * that H1 and H2 tile the year window.
 *
 * "calendar" — the plain calendar months of the period (01/01 → 30/06 for H1, leap Februaries included).
 */
export function dataWindow(p: Period, rule: PeriodRule = DEFAULT_PERIOD_RULE): DateWindow {
  const { first, last } = monthSpan(p);
  switch (rule) {
    case "decree-09": {
      const before = addMonths(first, -1);
      return { from: day(before, 15), to: day(last, 14) };
    }
    case "calendar":
      return { from: day(first, 1), to: day(last, daysInMonth(last.year, last.month)) };
  }
}

/** The first and last calendar month that make up the period. */
function monthSpan(p: Period): { first: YearMonth; last: YearMonth } {
  switch (p.kind) {
    case "month":
      return { first: { year: p.year, month: p.month }, last: { year: p.year, month: p.month } };
    case "quarter": {
      const lastMonth = p.quarter * 3;
      return { first: { year: p.year, month: lastMonth - 2 }, last: { year: p.year, month: lastMonth } };
    }
    case "half": {
      const lastMonth = p.half * 6;
      return { first: { year: p.year, month: lastMonth - 5 }, last: { year: p.year, month: lastMonth } };
    }
    case "year":
      return { first: { year: p.year, month: 1 }, last: { year: p.year, month: 12 } };
  }
}

function addMonths(ym: YearMonth, months: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function day(ym: YearMonth, dayOfMonth: number): CalendarDate {
  return { year: ym.year, month: ym.month, day: dayOfMonth };
}
