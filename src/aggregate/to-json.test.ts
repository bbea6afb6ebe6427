import { describe, expect, it } from "vitest";
import { aggregateJson, aggregateJsonPieces } from "./json.js";
import { fromAggregateJson, toAggregateJson } from "./to-json.js";
import type { AggregateJson } from "./to-json.js";
import { SMALL_AGGREGATE } from "../../test/helpers/small-aggregate.js";
import type { Aggregate, IncidentRecord } from "./types.js";

const AGGREGATE: Aggregate = SMALL_AGGREGATE;

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

  it("is the same text with more incidents than a batch of them (the list written a batch at a time)", () => {
    const list = Array.from({ length: 700 }, (_, index) => ({
      ...AGGREGATE.incidents.list[index % AGGREGATE.incidents.list.length]!,
      description: `vụ ${index} "trích" \n xuống dòng`,
    }));
    const many: Aggregate = { ...AGGREGATE, incidents: { ...AGGREGATE.incidents, list } };
    const text = `${JSON.stringify(toAggregateJson(many), null, 2)}\n`;
    expect([...aggregateJsonPieces(many)].join("")).toBe(text);
  });

  it("writes odd incidents as JSON.stringify does: missing or extra keys, other orders, odd values", () => {
    const base = AGGREGATE.incidents.list[0]!;
    const odd: unknown[] = [
      { ...base, note: undefined },
      { ...base, damage: Number.NaN, fine: -0 },
      { ...base, description: 'nháy "kép" \\ \n \u2028 \uD800 lẻ 😀', decision: "" },
      { ...base, extra: 1 },
      { source: base.source, ...Object.fromEntries(Object.entries(base).filter(([key]) => key !== "source")) },
      { ...base, source: { row: 2, file: "a.xlsx", sheet: "Vụ việc" } },
      { ...base, source: { ...base.source, row: undefined } },
      { ...base, area: true },
      { ...base, detectedOn: { year: 2023, month: 3, day: 5, extra: 1 } },
      Object.assign(Object.create({ inherited: 1 }) as object, base),
      { ...base, unit: undefined, detectedOn: null },
    ];
    const list = Array.from({ length: 600 }, (_, index) => odd[index % odd.length]) as IncidentRecord[];
    const many: Aggregate = { ...AGGREGATE, incidents: { ...AGGREGATE.incidents, list } };
    const text = `${JSON.stringify(toAggregateJson(many), null, 2)}\n`;
    expect([...aggregateJsonPieces(many)].join("")).toBe(text);
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
