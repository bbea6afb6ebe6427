import { describe, expect, it } from "vitest";
import { calendarDate } from "../domain/calendar-date.js";
import { aggregateJson, aggregateJsonPieces } from "./json.js";
import { fromAggregateJson, toAggregateJson } from "./to-json.js";
import type { AggregateJson } from "./to-json.js";
import type { Aggregate, IncidentRecord } from "./types.js";

const incident = (detectedOn: IncidentRecord["detectedOn"], row: number): IncidentRecord => ({
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
const AGGREGATE: Aggregate = {
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

describe("aggregate.json and the typed aggregate", () => {
  it("writes periods as codes and dates as ISO text, keys in the aggregate's order", () => {
    const json = JSON.parse(aggregateJson(AGGREGATE)) as AggregateJson;
    expect(json.period).toBe("2023-H1");
    expect(json.previousPeriod).toBe("2022-H1");
    expect(json.window).toEqual({ from: "2022-12-15", to: "2023-06-14" });
    expect(json.incidents.list.map((i) => i.detectedOn)).toEqual(["2023-03-05", null]);
    expect(Object.keys(json)).toEqual(Object.keys(AGGREGATE));
    expect(Object.keys(json.incidents)).toEqual(Object.keys(AGGREGATE.incidents));
    expect(Object.keys(json.incidents.list[0]!)).toEqual(Object.keys(AGGREGATE.incidents.list[0]!));
  });

  it("is the same text whole and in pieces", () => {
    const text = `${JSON.stringify(toAggregateJson(AGGREGATE), null, 2)}\n`;
    expect(aggregateJson(AGGREGATE)).toBe(text);
    expect([...aggregateJsonPieces(AGGREGATE)].join("")).toBe(text);
  });

  it("reads back what it wrote: the same typed aggregate, and the same bytes again", () => {
    const text = aggregateJson(AGGREGATE);
    const back = fromAggregateJson(JSON.parse(text) as AggregateJson);
    expect(back).toEqual(AGGREGATE);
    expect(aggregateJson(back)).toBe(text);
  });

  it("refuses a period that is not a code, or a date that is not an ISO date, naming the key", () => {
    const json = toAggregateJson(AGGREGATE);
    expect(() => fromAggregateJson({ ...json, period: "6 tháng đầu năm 2023" })).toThrow(/period is not a period code/);
    expect(() => fromAggregateJson({ ...json, previousPeriod: "2022-H3" })).toThrow(/previousPeriod/);
    expect(() => fromAggregateJson({ ...json, window: { from: "2022-12-15", to: "2023-02-30" } })).toThrow(
      /window\.to is not an ISO date/,
    );
    const list = [json.incidents.list[0]!, { ...json.incidents.list[1]!, detectedOn: "05/03/2023" }];
    expect(() => fromAggregateJson({ ...json, incidents: { ...json.incidents, list } })).toThrow(
      /incidents\.list\[1\]\.detectedOn/,
    );
  });
});
