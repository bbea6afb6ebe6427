import { compareDates } from "../calendar-date.js";
import type { CalendarDate } from "../calendar-date.js";
import type { DateWindow } from "./period.js";

/** Both ends count: an incident on the 14th belongs to the window that ends on the 14th (Decree 09 Điều 12). */
export function isInWindow(date: CalendarDate, w: DateWindow): boolean {
  return compareDates(date, w.from) >= 0 && compareDates(date, w.to) <= 0;
}
