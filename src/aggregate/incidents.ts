// The merged incident log and its breakdowns (by area, field, behaviour, handling; each also per unit).
import type { Incident } from "../intake/submission.js";
import type { WorkspaceConfig } from "../domain/workspace-config.js";
import type { SubmissionInput } from "./aggregate.js";
import type { Aggregate, Breakdown, IncidentRecord, Tally } from "./types.js";

const ZERO: Tally = { count: 0, damage: 0, fines: 0 };
/** Incidents without a value in a breakdown's column are counted under this key. */
export const UNSPECIFIED = "(không ghi)";

function add(tally: Tally, incident: Incident): Tally {
  return {
    count: tally.count + 1,
    damage: tally.damage + (incident.damage ?? 0),
    fines: tally.fines + (incident.fine ?? 0),
  };
}

export function tallyIncidents(config: WorkspaceConfig, current: readonly SubmissionInput[]): Aggregate["incidents"] {
  const all = current.flatMap((item) => item.submission.incidents.map((incident) => ({ item, incident })));
  const byUnit: Record<string, Tally> = {};
  for (const { item, incident } of all) byUnit[item.unit] = add(byUnit[item.unit] ?? ZERO, incident);

  const breakdown = (
    keys: readonly string[],
    pick: (incident: Incident) => string | null,
  ): Record<string, Breakdown> => {
    const result: Record<string, { total: Tally; byUnit: Record<string, Tally> }> = {};
    for (const key of keys) result[key] = { total: ZERO, byUnit: {} };
    for (const { item, incident } of all) {
      const key = pick(incident) ?? UNSPECIFIED;
      const slot = (result[key] ??= { total: ZERO, byUnit: {} });
      slot.total = add(slot.total, incident);
      slot.byUnit[item.unit] = add(slot.byUnit[item.unit] ?? ZERO, incident);
    }
    return result;
  };

  const list: IncidentRecord[] = all.map(({ item, incident }) => ({
    unit: item.unit,
    detectedOn: incident.detectedOn,
    area: incident.area,
    field: incident.field,
    behavior: incident.behavior,
    description: incident.description,
    damage: incident.damage,
    handling: incident.handling,
    fine: incident.fine,
    decision: incident.decision,
    note: incident.note,
    source: { file: item.file, sheet: incident.sheet, row: incident.row },
  }));

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
    list,
  };
}
