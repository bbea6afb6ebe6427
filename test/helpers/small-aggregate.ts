// A small typed aggregate (two incidents of one unit, one with no date) for the tests of aggregate.json's
// writer, reader and schema (src/aggregate/*.test.ts).
import { calendarDate } from "../../src/domain/calendar-date.js";
import type { Aggregate, IncidentRecord } from "../../src/aggregate/types.js";

export const incident = (detectedOn: IncidentRecord["detectedOn"], row: number): IncidentRecord => ({
  unit: "CAT",
  detectedOn,
  area: "Văn Lâm",
  field: null,
  behavior: "Trộm cắp hạ tầng viễn thông",
  description: "Cắt trộm cáp",
  damage: 1_000_000,
  handling: null,
  fine: null,
  decision: null,
  note: null,
  source: { file: "2023-H1-CAT.xlsx", sheet: "Vụ việc", row },
});

const tally = { count: 2, damage: 2_000_000, fines: 0 };

export const SMALL_AGGREGATE: Aggregate = {
  period: { kind: "half", year: 2023, half: 1 },
  label: "6 tháng đầu năm 2023",
  previousPeriod: { kind: "half", year: 2022, half: 1 },
  window: { from: calendarDate(2022, 12, 15), to: calendarDate(2023, 6, 14) },
  units: { expected: ["CAT", "VNPT"], submitted: ["CAT"], missing: ["VNPT"], rejected: [], late: [] },
  indicators: [],
  incidents: {
    ...tally,
    byUnit: { CAT: tally },
    byArea: { "Văn Lâm": { total: tally, byUnit: { CAT: tally } } },
    byField: {},
    byBehavior: {},
    byHandling: {},
    list: [incident(calendarDate(2023, 3, 5), 2), incident(null, 3)],
  },
  narratives: { highlights: [], shortcomings: [], causes: [], directions: [], proposals: [] },
  warnings: [],
};
