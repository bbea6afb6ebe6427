import { addDays, compareDates, dayOfWeek } from "../calendar-date.js";
import type { CalendarDate } from "../calendar-date.js";
import type { DateWindow } from "./period.js";

export interface DeadlineRule {
  /** How many days after the window's last day the report is due. */
  days: number;
  /** Count only Monday–Friday that are not holidays (ngày làm việc), instead of calendar days. */
  workingDays: boolean;
  /**
   * Public holidays and compensatory days off (Bộ luật Lao động 2019 Điều 112 plus the yearly notices on
   * swapped days); they change every year, so the caller supplies them.
   */
  holidays?: CalendarDate[];
}

/**
 * The date a report is due: `days` days after the window closes. The count starts the day after the
 * window's last day, as for any legal time limit (Bộ luật Dân sự 2015 Điều 147). The number of days comes
 * from each reporting regime; Decree 09 Điều 12 only fixes the window.
 */
export function submissionDeadline(window: DateWindow, rule: DeadlineRule): CalendarDate {
  if (!Number.isInteger(rule.days) || rule.days < 0) {
    throw new RangeError(`Deadline days must be a non-negative integer, got ${rule.days}`);
  }
  if (!rule.workingDays) return addDays(window.to, rule.days);

  const holidays = rule.holidays ?? [];
  const isWorkingDay = (date: CalendarDate): boolean => {
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6 && !holidays.some((h) => compareDates(h, date) === 0);
  };

  let date = window.to;
  let remaining = rule.days;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) remaining -= 1;
  }
  return date;
}
