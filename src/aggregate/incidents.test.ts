import { describe, expect, it } from "vitest";
import type { WorkspaceConfig } from "../domain/workspace-config.js";
import type { Incident, Submission } from "../intake/submission.js";
import type { SubmissionInput } from "./aggregate.js";
import { tallyIncidents, UNSPECIFIED } from "./incidents.js";
import type { Aggregate, Breakdown, Tally } from "./types.js";

/** The tallies as they were counted before (a new tally per incident and slot, objects keyed by text). */
function reference(config: WorkspaceConfig, current: readonly SubmissionInput[]): Omit<Aggregate["incidents"], "list"> {
  const ZERO: Tally = { count: 0, damage: 0, fines: 0 };
  const add = (tally: Tally, incident: Incident): Tally => ({
    count: tally.count + 1,
    damage: tally.damage + (incident.damage ?? 0),
    fines: tally.fines + (incident.fine ?? 0),
  });
  const all = current.flatMap((item) => item.submission.incidents.map((incident) => ({ item, incident })));
  const byUnit: Record<string, Tally> = {};
  for (const { item, incident } of all) byUnit[item.unit] = add(byUnit[item.unit] ?? ZERO, incident);
  const breakdown = (keys: readonly string[], pick: (incident: Incident) => string | null) => {
    const result: Record<string, Breakdown> = {};
    for (const key of keys) result[key] = { total: ZERO, byUnit: {} };
    for (const { item, incident } of all) {
      const key = pick(incident) ?? UNSPECIFIED;
      const slot = (result[key] ??= { total: ZERO, byUnit: {} }) as { total: Tally; byUnit: Record<string, Tally> };
      slot.total = add(slot.total, incident);
      slot.byUnit[item.unit] = add(slot.byUnit[item.unit] ?? ZERO, incident);
    }
    return result;
  };
  return {
    count: all.length,
    damage: all.reduce((total, { incident }) => total + (incident.damage ?? 0), 0),
    fines: all.reduce((total, { incident }) => total + (incident.fine ?? 0), 0),
    byUnit,
    byArea: breakdown(
      config.areas.map((area) => area.name),
      (incident) => incident.area,
    ),
    byField: breakdown(config.codeLists.fields, (incident) => incident.field),
    byBehavior: breakdown(config.codeLists.behaviors, (incident) => incident.behavior),
    byHandling: breakdown(config.codeLists.handling, (incident) => incident.handling),
  };
}

const config = {
  areas: [{ name: "Văn Lâm" }, { name: "Mỹ Hào" }, { name: "Văn Lâm" }],
  codeLists: { fields: ["Viễn thông", "10", "Bưu chính"], behaviors: ["Lừa đảo"], handling: [] },
} as unknown as WorkspaceConfig;

const values = ["Văn Lâm", "Mỹ Hào", "Kim Động", "10", "2", "Bưu chính", "Lừa đảo", "Khác", null];

function input(unit: string, count: number, seed: number): SubmissionInput {
  const incidents: Incident[] = Array.from({ length: count }, (_, index) => {
    const pick = (offset: number) => values[(seed * 7 + index * offset) % values.length]!;
    return {
      row: index + 2,
      detectedOn: null,
      area: pick(1),
      areaCode: null,
      field: pick(3),
      behavior: pick(5),
      description: `vụ ${index}`,
      damage: index % 4 === 0 ? null : index * 1_000.1,
      handling: pick(2),
      fine: index % 3 === 0 ? null : 0.1 * index,
      decision: null,
      note: null,
      sheet: "Vụ việc",
    };
  });
  return { unit, file: `${unit}.xlsx`, archive: null, submission: { incidents } as unknown as Submission };
}

describe("tallyIncidents", () => {
  it("counts as before, to the bit and in the same key order (configured keys first, then as met)", () => {
    const current = [input("SO-001", 50, 1), input("10", 7, 2), input("UBND-003", 0, 3), input("DN-004", 31, 4)];
    const { list, ...tallies } = tallyIncidents(config, current);
    // JSON.stringify: the same figures and the same order of every key.
    expect(JSON.stringify(tallies)).toBe(JSON.stringify(reference(config, current)));
    expect(list).toHaveLength(88);
    expect(list[50]).toEqual({
      unit: "10",
      detectedOn: null,
      area: current[1]!.submission.incidents[0]!.area,
      field: current[1]!.submission.incidents[0]!.field,
      behavior: current[1]!.submission.incidents[0]!.behavior,
      description: "vụ 0",
      damage: null,
      handling: current[1]!.submission.incidents[0]!.handling,
      fine: null,
      decision: null,
      note: null,
      source: { file: "10.xlsx", sheet: "Vụ việc", row: 2 },
    });
  });
});
