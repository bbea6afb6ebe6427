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

  return workingDaysAfter(window.to, rule.days, rule.holidays ?? []);
}

/** The default number of working days a reminder or feedback letter gives (periods.reminderDays). */
export const REMINDER_DAYS = 5;

/**
 * The day `days` working days (Monday–Friday, not a holiday) after `date`, counting from the next day:
 * the new deadline of a reminder letter dated `date`.
 */
export function workingDaysAfter(date: CalendarDate, days: number, holidays: readonly CalendarDate[]): CalendarDate {
  const isWorkingDay = (day: CalendarDate): boolean => {
    const weekday = dayOfWeek(day);
    return weekday !== 0 && weekday !== 6 && !holidays.some((h) => compareDates(h, day) === 0);
  };
  let current = date;
  let remaining = days;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}
