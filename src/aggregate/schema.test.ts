import { describe, expect, it } from "vitest";
import { calendarDate } from "../domain/calendar-date.js";
import { aggregateJson } from "./json.js";
import { checkAggregateJson, isIncidentJson } from "./schema.js";
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

const basis = { config: `sha256:${"a".repeat(64)}`, ledger: `sha256:${"b".repeat(64)}` };
const fileJson = (): Record<string, unknown> =>
  JSON.parse(aggregateJson({ ...AGGREGATE, basis } as Aggregate)) as Record<string, unknown>;
const firstIncident = (json: Record<string, unknown>): Record<string, unknown> =>
  (json.incidents as { list: Record<string, unknown>[] }).list[0]!;

describe("checkAggregateJson", () => {
  it("gives the aggregate back, dates typed and keys in order", () => {
    const parsed = checkAggregateJson(fileJson());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ ...AGGREGATE, basis });
    expect(Object.keys(parsed.value.incidents)).toEqual(Object.keys(AGGREGATE.incidents));
    expect(Object.keys(parsed.value.incidents.list[0]!)).toEqual(Object.keys(AGGREGATE.incidents.list[0]!));
  });

  it("finds an incident of another shape as the schema did: a key more or less, a wrong type, a bad date", () => {
    const changes: ((incident: Record<string, unknown>) => void)[] = [
      (incident) => (incident.extra = 1),
      (incident) => delete incident.note,
      (incident) => (incident.unit = null),
      (incident) => (incident.damage = "1000"),
      (incident) => (incident.fine = undefined),
      (incident) => (incident.area = 5),
      (incident) => (incident.source = { file: "a.xlsx", sheet: "Vụ việc" }),
      (incident) => (incident.source = { file: "a.xlsx", sheet: "Vụ việc", row: "2" }),
      (incident) => (incident.source = { file: "a.xlsx", sheet: "Vụ việc", row: 2, col: "A" }),
      (incident) => (incident.detectedOn = "2023-02-30"),
      (incident) => (incident.detectedOn = 20230305),
    ];
    for (const change of changes) {
      const json = fileJson();
      change(firstIncident(json));
      expect(checkAggregateJson(json)).toEqual({ ok: false, problem: "shape" });
    }
    const listless = fileJson();
    (listless.incidents as Record<string, unknown>).list = { 0: firstIncident(fileJson()) };
    expect(checkAggregateJson(listless)).toEqual({ ok: false, problem: "shape" });
    expect(isIncidentJson([])).toBe(false);
    expect(isIncidentJson(null)).toBe(false);
  });

  it("still checks the rest of the file with the schema", () => {
    const json = fileJson();
    (json.incidents as Record<string, unknown>).count = "2";
    expect(checkAggregateJson(json)).toEqual({ ok: false, problem: "shape" });
  });
});
