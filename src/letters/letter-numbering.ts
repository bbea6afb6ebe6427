// Numbers of a batch: letter i (from 0) gets `from + i`, all with the same date; a draft batch leaves
// number and day blank for the records office (Decree 30 draft form). Numbers follow the recipients'
// order, not success: a letter that fails keeps its number (shown in the manifest) so that the register
// and the letters already made never disagree when it is issued later.
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Numbering } from "../documents/compose/index.js";
import type { DraftDate } from "../vn/dates.js";

export interface BatchNumbering {
  /** The first number; null for a draft batch. */
  readonly from: number | null;
  readonly date: CalendarDate | DraftDate;
}

/** The largest document number (six digits, as `--number` accepts). */
export const MAX_NUMBER = 999_999;

/** Letter `index` (from 0): number `from + index`, written "07" below 10 as the layout prints it (Decree 30 II.3.c). */
export function letterNumbering(batch: BatchNumbering, index: number): Numbering {
  return { number: batch.from === null ? null : String(batch.from + index).padStart(2, "0"), date: batch.date };
}
