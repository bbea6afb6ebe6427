// Options shared by several commands, parsed from their text into typed values. Errors name the option.
import type { CalendarDate } from "../domain/calendar-date.js";
import { compareDates, parseIsoDate, vietnamDateOf } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { parsePeriod } from "../domain/period/index.js";
import { UserError } from "../errors.js";
import { parseShortDate } from "../vn/dates.js";
import { resolveWorkspaceDir } from "../workspace/locate.js";
import { openWorkspace } from "../workspace/open.js";
import type { Workspace } from "../workspace/read.js";

/** --period; undefined when not given. */
export function parsePeriodOption(value: string | undefined): Period | null {
  if (value === undefined) return null;
  const period = parsePeriod(value);
  if (period === null) throw new UserError("period/invalid-option", { value });
  return period;
}

/** --period of the commands that require it (commander has checked that it is there). */
export function requirePeriodOption(value: string): Period {
  return parsePeriodOption(value)!;
}

/** A date option: dd/mm/yyyy or yyyy-mm-dd. */
export function parseDateOption(text: string, option: string): CalendarDate {
  const date = parseIsoDate(text) ?? parseShortDate(text);
  if (date === null) throw new UserError("date/invalid-option", { option, value: text });
  return date;
}

/** Whether a --received day (as parseReceived gives it) is after `today`: accepted, with a warning. */
export function receivedAfter(received: Date | undefined, today: CalendarDate): boolean {
  return received !== undefined && compareDates(vietnamDateOf(received), today) > 0;
}

/** --received: a day as an instant, noon in Vietnam, so the day is the same in any time zone's reading. */
export function parseReceived(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = parseShortDate(text) ?? parseIsoDate(text);
  if (date === null) throw new UserError("received/invalid-option", { value: text });
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 5, 0, 0));
}

/** The workspace of --workspace, else the one the inputs (or the current folder) are in, read and checked. */
export async function loadWorkspace(
  option: string | undefined,
  cwd: string,
  inputs?: readonly string[],
): Promise<Workspace> {
  return openWorkspace(resolveWorkspaceDir(option, cwd, inputs));
}
