import type { CalendarDate } from "../../domain/calendar-date.js";
import type { Period } from "../../domain/period/index.js";
import type { WorkspaceConfig } from "../../domain/workspace-config.js";

export interface CheckContext {
  readonly config: WorkspaceConfig;
  /** The period the clerk is collecting (--period); null accepts the form's own period. */
  readonly expectedPeriod: Period | null;
  /** Today in Vietnam, for "a date in the future". */
  readonly today: CalendarDate;
}
