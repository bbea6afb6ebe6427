// A submission as intake understood it: clean typed values, each with the cell it came from, so that
// aggregation can trace every figure back to its source (DESIGN §6 provenance).
import type { CalendarDate } from "../domain/calendar-date.js";
import type { AssessmentSection, InfoKey } from "../domain/form-contract.js";
import type { CellRef } from "./raw-submission.js";

export interface IndicatorValue {
  readonly code: string;
  readonly current: number | null;
  readonly previous: number | null;
  readonly note: string | null;
  readonly currentRef: CellRef;
  readonly previousRef: CellRef | null;
}

export interface Incident {
  readonly row: number;
  readonly detectedOn: CalendarDate | null;
  /** Canonical names from the workspace's lists (a loosely typed "van lam" becomes "Văn Lâm"). */
  readonly area: string | null;
  readonly areaCode: string | null;
  readonly field: string | null;
  readonly behavior: string | null;
  readonly description: string | null;
  readonly damage: number | null;
  readonly handling: string | null;
  readonly fine: number | null;
  readonly decision: string | null;
  readonly note: string | null;
  /**
   * The sheet it was read from, as named in the file (with `row`, its source). Cell by cell references are
   * not kept: a log of 100.000 incidents would carry a million of them into aggregation for nothing.
   */
  readonly sheet: string;
}

export interface Submission {
  readonly unit: string | null;
  readonly period: string | null;
  /** Where the period was read (for a finding added after the fact). */
  readonly periodRef: CellRef | null;
  readonly info: Partial<Record<InfoKey, string>>;
  readonly indicators: readonly IndicatorValue[];
  readonly incidents: readonly Incident[];
  readonly assessment: readonly { section: AssessmentSection; content: string; ref: CellRef }[];
}
