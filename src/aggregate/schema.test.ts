import { describe, expect, it } from "vitest";
import { aggregateJson } from "./json.js";
import { checkAggregateJson, isIncidentJson } from "./schema.js";
import { SMALL_AGGREGATE } from "../../test/helpers/small-aggregate.js";
import type { Aggregate } from "./types.js";

const AGGREGATE: Aggregate = SMALL_AGGREGATE;

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

  it("refuses a count that is not the list's length (the whole list's, when it was trimmed as it was read)", () => {
    const json = fileJson();
    (json.incidents as Record<string, unknown>).count = 3;
    expect(checkAggregateJson(json)).toEqual({ ok: false, problem: "shape" });
    const trimmed = fileJson();
    const incidents = trimmed.incidents as { list: unknown[]; count: number };
    incidents.list = incidents.list.slice(0, 1);
    expect(checkAggregateJson(trimmed, { length: 2, valid: true }).ok).toBe(true);
    expect(checkAggregateJson(trimmed, { length: 3, valid: true }).ok).toBe(false);
    expect(checkAggregateJson(trimmed, { length: 2, valid: false }).ok).toBe(false);
    expect(checkAggregateJson(trimmed).ok).toBe(false);
  });

  it("still checks the rest of the file with the schema", () => {
    const json = fileJson();
    (json.incidents as Record<string, unknown>).count = "2";
    expect(checkAggregateJson(json)).toEqual({ ok: false, problem: "shape" });
  });
});
