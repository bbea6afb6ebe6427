// The facts of one reporting period under a workspace's settings, worked out once: its code and label,
// its data window, the submission deadline and the holidays that deadline counts around. Every command
// that speaks of a deadline (aggregate, status, letters, doctor, the blank forms' guide) takes it from here.
import { parseIsoDate } from "../calendar-date.js";
import type { CalendarDate } from "../calendar-date.js";
import { dataWindow } from "./data-window.js";
import type { DateWindow, Period, PeriodRule } from "./period.js";
import { periodCode } from "./period-code.js";
import { periodLabel } from "./period-label.js";
import { submissionDeadline } from "./submission-deadline.js";

/** The part of baocao.yaml's `periods` this needs (holidays as ISO dates, as written there). */
export interface PeriodSettings {
  readonly rule: PeriodRule;
  readonly deadline: { readonly days: number; readonly workingDays: boolean };
  readonly holidays: readonly string[];
}

export interface PeriodContext {
  readonly period: Period;
  /** "2023-H1" */
  readonly code: string;
  /** "6 tháng đầu năm 2023" */
  readonly label: string;
  readonly window: DateWindow;
  readonly deadline: CalendarDate;
  readonly holidays: readonly CalendarDate[];
}

export function periodContext(config: { readonly periods: PeriodSettings }, period: Period): PeriodContext {
  const { rule, deadline: rules } = config.periods;
  // The schema accepts only valid ISO dates; anything else could not count as a holiday anyway.
  const holidays = config.periods.holidays.map(parseIsoDate).filter((date): date is CalendarDate => date !== null);
  const window = dataWindow(period, rule);
  const deadline = submissionDeadline(window, { days: rules.days, workingDays: rules.workingDays, holidays });
  return { period, code: periodCode(period), label: periodLabel(period), window, deadline, holidays };
}
