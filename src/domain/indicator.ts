// The catalogue of indicators (chỉ tiêu) and the groups that number them I, II, III … in the report.
import type { UnitKind } from "./unit.js";

/** count: whole number ≥ 0; money: whole đồng ≥ 0. */
export type IndicatorType = "count" | "money";

export interface Indicator {
  code: string;
  name: string;
  /**
   * A few words for a chart's axis and a table's column head ("Trộm cắp hạ tầng viễn thông"); default:
   * derived from the name (indicatorShortName in catalogue.ts).
   */
  shortName?: string;
  /** The unit of measure: "vụ", "đồng" … */
  unit: string;
  group: string;
  type: IndicatorType;
  /** The kinds of unit that must report it. */
  kinds: UnitKind[];
  optional: boolean;
}

export interface IndicatorGroup {
  code: string;
  title: string;
}
