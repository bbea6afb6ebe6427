// The aggregate of one period (DESIGN §6): totals, breakdowns, comparison with the same period a
// year earlier, and the source of every figure. Written as out/<period>/aggregate.json (stable keys
// and order) and read by the report. In memory, periods and dates stay typed (Period, CalendarDate);
// to-json.ts turns them into the codes and ISO dates of the file and back.
import type { CalendarDate } from "../domain/calendar-date.js";
import type { AssessmentSection } from "../domain/form-contract.js";
import type { DateWindow, Period } from "../domain/period/index.js";

export interface Source {
  /** The unit the figure came from. */
  readonly unit: string;
  /** The file as received (ledger "file"), and where it is archived (relative to store/). */
  readonly file: string;
  readonly archive: string | null;
  readonly sheet: string;
  readonly cell: string;
}

export interface IndicatorAggregate {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly group: string;
  readonly type: "count" | "money";
  /** Sum over the units that reported it (null when no unit reported a value). */
  readonly total: number | null;
  /** The same period a year earlier (null when nobody gave a figure). */
  readonly previous: number | null;
  readonly change: number | null;
  readonly changePct: number | null;
  readonly byUnit: Readonly<Record<string, number>>;
  readonly previousByUnit: Readonly<Record<string, number>>;
  /** Where each unit's previous figure came from: the store's submission for that period, or the form's column. */
  readonly previousFrom: Readonly<Record<string, "store" | "column">>;
  readonly sources: readonly Source[];
  readonly previousSources: readonly Source[];
}

export interface Tally {
  readonly count: number;
  readonly damage: number;
  readonly fines: number;
}

export interface Breakdown {
  readonly total: Tally;
  readonly byUnit: Readonly<Record<string, Tally>>;
}

export interface IncidentRecord {
  readonly unit: string;
  readonly detectedOn: CalendarDate | null;
  readonly area: string | null;
  readonly field: string | null;
  readonly behavior: string | null;
  readonly description: string | null;
  readonly damage: number | null;
  readonly handling: string | null;
  readonly fine: number | null;
  readonly decision: string | null;
  readonly note: string | null;
  readonly source: { readonly file: string; readonly sheet: string; readonly row: number };
}

export interface Narrative {
  readonly unit: string;
  readonly name: string;
  readonly text: string;
  readonly source: Source;
}

export type AggregateWarning =
  | {
      /** previous/disagree: the form's "Cùng kỳ" differs from the stored figure (the stored one is used);
       *  previous/incomplete: some units have no figure for last year, so no comparison is made;
       *  unit/not-in-config: accepted submissions of units no longer in baocao.yaml (left out). */
      readonly code: "previous/disagree" | "previous/incomplete" | "unit/not-in-config";
      readonly indicator: string | null;
      readonly units: readonly string[];
    }
  | {
      /** Incidents whose value of a list (Địa bàn, Lĩnh vực, Hành vi, Hình thức xử lý) is no longer in
       *  baocao.yaml (renamed or removed after they were accepted): counted under "(không ghi)". */
      readonly code: "list/value-not-in-config";
      readonly indicator: null;
      readonly units: readonly string[];
      /** The list's column header, e.g. "Hành vi". */
      readonly list: string;
      /** The value as the submissions wrote it. */
      readonly value: string;
      /** How many incidents carry it. */
      readonly count: number;
    };

export interface Aggregate {
  readonly period: Period;
  /** periodLabel(period): "6 tháng đầu năm 2023". */
  readonly label: string;
  /** The same period a year earlier, the comparison's. */
  readonly previousPeriod: Period;
  /** The data window of the period (both ends inclusive). */
  readonly window: Readonly<DateWindow>;
  readonly units: {
    readonly expected: readonly string[];
    readonly submitted: readonly string[];
    readonly missing: readonly string[];
    readonly rejected: readonly string[];
    readonly late: readonly string[];
  };
  readonly indicators: readonly IndicatorAggregate[];
  readonly incidents: {
    readonly count: number;
    readonly damage: number;
    readonly fines: number;
    readonly byUnit: Readonly<Record<string, Tally>>;
    readonly byArea: Readonly<Record<string, Breakdown>>;
    readonly byField: Readonly<Record<string, Breakdown>>;
    readonly byBehavior: Readonly<Record<string, Breakdown>>;
    readonly byHandling: Readonly<Record<string, Breakdown>>;
    readonly list: readonly IncidentRecord[];
  };
  readonly narratives: Readonly<Record<AssessmentSection, readonly Narrative[]>>;
  readonly warnings: readonly AggregateWarning[];
  /**
   * The clerk's decisions (`baocao review`) about the period's submissions, in the units' order: accepted
   * with a note (the unit is counted), or rejected by hand with a reason (it is not). Absent from an
   * aggregate.json written before review existed.
   */
  readonly reviews?: readonly UnitReview[];
}

export interface UnitReview {
  readonly unit: string;
  readonly action: "accept" | "reject";
  readonly by: string;
  /** ISO 8601, UTC. */
  readonly time: string;
  readonly note: string;
}
