// aggregate.json holds periods as codes ("2023-H1") and dates as ISO text ("2023-06-14"); in memory they
// stay Period and CalendarDate, so that nothing downstream parses them again. These two functions convert
// between the two shapes. Keys keep their order (the file's bytes depend on it), and keys they do not
// know pass through unchanged.
import { parseIsoDate, toIsoDate } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { parsePeriod, periodCode } from "../domain/period/index.js";
import type { Period } from "../domain/period/index.js";
import type { Aggregate, IncidentRecord } from "./types.js";

export interface IncidentRecordJson extends Omit<IncidentRecord, "detectedOn"> {
  readonly detectedOn: string | null;
}

/** The aggregate as aggregate.json holds it. */
export type AggregateJson = Omit<Aggregate, "period" | "previousPeriod" | "window" | "incidents"> & {
  readonly period: string;
  readonly previousPeriod: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly incidents: Omit<Aggregate["incidents"], "list"> & { readonly list: readonly IncidentRecordJson[] };
};

export function toAggregateJson(value: Aggregate): AggregateJson {
  return {
    ...value,
    period: periodCode(value.period),
    previousPeriod: periodCode(value.previousPeriod),
    window: { from: toIsoDate(value.window.from), to: toIsoDate(value.window.to) },
    incidents: {
      ...value.incidents,
      list: value.incidents.list.map((incident) => ({
        ...incident,
        detectedOn: incident.detectedOn === null ? null : toIsoDate(incident.detectedOn),
      })),
    },
  };
}

/**
 * The aggregate of an aggregate.json that has the file's shape (checking that shape is the reader's job).
 * A period code or date that does not parse throws a RangeError naming it.
 */
export function fromAggregateJson(json: AggregateJson): Aggregate {
  return {
    ...json,
    period: period(json.period, "period"),
    previousPeriod: period(json.previousPeriod, "previousPeriod"),
    window: { from: date(json.window.from, "window.from"), to: date(json.window.to, "window.to") },
    incidents: {
      ...json.incidents,
      list: json.incidents.list.map((incident, index) => ({
        ...incident,
        detectedOn:
          incident.detectedOn === null ? null : date(incident.detectedOn, `incidents.list[${index}].detectedOn`),
      })),
    },
  };
}

function period(code: string, key: string): Period {
  const parsed = parsePeriod(code);
  // Only the code the file is written with ("2023-H1"), not the labels parsePeriod also reads.
  if (parsed === null || periodCode(parsed) !== code)
    throw new RangeError(`aggregate.json: ${key} is not a period code: ${JSON.stringify(code)}`);
  return parsed;
}

function date(text: string, key: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new RangeError(`aggregate.json: ${key} is not an ISO date: ${JSON.stringify(text)}`);
  return parsed;
}
