// The merged incident log and its breakdowns (by area, field, behaviour, handling; each also per unit).
import type { Incident } from "../intake/submission.js";
import type { WorkspaceConfig } from "../domain/workspace-config.js";
import type { SubmissionInput } from "./aggregate.js";
import type { Aggregate, Breakdown, IncidentRecord } from "./types.js";

/** Incidents without a value in a breakdown's column are counted under this key. */
export const UNSPECIFIED = "(không ghi)";

/** A tally being counted: one object per slot, added to in place (not a new object per incident). */
interface Counting {
  count: number;
  damage: number;
  fines: number;
}

const counting = (): Counting => ({ count: 0, damage: 0, fines: 0 });

function add(tally: Counting, incident: Incident): void {
  tally.count += 1;
  tally.damage += incident.damage ?? 0;
  tally.fines += incident.fine ?? 0;
}

/** A slot of a breakdown being counted: its total and its units'. */
interface Slot {
  readonly total: Counting;
  readonly byUnit: Map<string, Counting>;
}

/**
 * The breakdowns and the list in one pass over the incidents, each tally counted in place: 100,000
 * incidents × four breakdowns made a new tally object per incident and slot (800,000 of them, all garbage
 * but the last). Slots are counted in Maps and made objects at the end, in the same order (Maps keep the
 * order keys came in, as the objects did): a text used as an object's key is looked up in V8's table of
 * key strings every time, a Map looks it up by its hash. The sums are added in the same order as before,
 * so the figures are the same to the bit.
 */
export function tallyIncidents(config: WorkspaceConfig, current: readonly SubmissionInput[]): Aggregate["incidents"] {
  const byUnit = new Map<string, Counting>();
  const breakdown = (keys: readonly string[]): Map<string, Slot> => {
    const slots = new Map<string, Slot>();
    for (const key of keys) if (!slots.has(key)) slots.set(key, { total: counting(), byUnit: new Map() });
    return slots;
  };
  const byArea = breakdown(config.areas.map((area) => area.name));
  const byField = breakdown(config.codeLists.fields);
  const byBehavior = breakdown(config.codeLists.behaviors);
  const byHandling = breakdown(config.codeLists.handling);
  const tally = (tallies: Map<string, Counting>, key: string, incident: Incident): void => {
    let counted = tallies.get(key);
    if (counted === undefined) tallies.set(key, (counted = counting()));
    add(counted, incident);
  };
  const count = (into: Map<string, Slot>, value: string | null, unit: string, incident: Incident): void => {
    const key = value ?? UNSPECIFIED;
    let slot = into.get(key);
    if (slot === undefined) into.set(key, (slot = { total: counting(), byUnit: new Map() }));
    add(slot.total, incident);
    tally(slot.byUnit, unit, incident);
  };

  const list: IncidentRecord[] = [];
  let damage = 0;
  let fines = 0;
  for (const item of current)
    for (const incident of item.submission.incidents) {
      const unit = item.unit;
      tally(byUnit, unit, incident);
      count(byArea, incident.area, unit, incident);
      count(byField, incident.field, unit, incident);
      count(byBehavior, incident.behavior, unit, incident);
      count(byHandling, incident.handling, unit, incident);
      damage += incident.damage ?? 0;
      fines += incident.fine ?? 0;
      list.push({
        unit,
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
      });
    }

  return {
    count: list.length,
    damage,
    fines,
    byUnit: record(byUnit, (counted) => counted),
    byArea: record(byArea, breakdownOf),
    byField: record(byField, breakdownOf),
    byBehavior: record(byBehavior, breakdownOf),
    byHandling: record(byHandling, breakdownOf),
    list,
  };
}

function breakdownOf(slot: Slot): Breakdown {
  return { total: slot.total, byUnit: record(slot.byUnit, (counted) => counted) };
}

/** The Map as an object, keys assigned in the Map's order (as the counting assigned them before). */
function record<T, U>(map: ReadonlyMap<string, T>, value: (item: T) => U): Record<string, U> {
  const result: Record<string, U> = {};
  for (const [key, item] of map) result[key] = value(item);
  return result;
}
