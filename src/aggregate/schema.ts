// aggregate.json as written by `baocao aggregate` and read back by `report`: the aggregate (types.ts)
// followed by `basis`, what it was made from (basis.ts). Reading goes through this schema, so a file that
// is truncated, edited by hand or written by another version of baocao is recognised, never trusted.
import { z } from "zod";
import { parseIsoDate } from "../domain/calendar-date.js";
import type { AssessmentSection } from "../domain/form-contract.js";
import { ASSESSMENT_SECTIONS } from "../domain/form-contract.js";
import type { AggregateBasis } from "./basis.js";
import { fromAggregateJson } from "./to-json.js";
import type { AggregateJson } from "./to-json.js";
import type { Aggregate } from "./types.js";

/** The aggregate with what it was made from: in memory (typed periods and dates). */
export type AggregateFile = Aggregate & { readonly basis: AggregateBasis };

/** The file: the aggregate's keys as aggregate.json holds them (to-json.ts), then `basis`. */
export type AggregateFileJson = AggregateJson & { readonly basis: AggregateBasis };

const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/);
const figures = z.record(z.string(), z.number());
const source = z.strictObject({
  unit: z.string(),
  file: z.string(),
  archive: z.string().nullable(),
  sheet: z.string(),
  cell: z.string(),
});
const tally = z.strictObject({ count: z.number(), damage: z.number(), fines: z.number() });
const breakdown = z.strictObject({ total: tally, byUnit: z.record(z.string(), tally) });
const narrative = z.strictObject({ unit: z.string(), name: z.string(), text: z.string(), source });
const sections = Object.keys(ASSESSMENT_SECTIONS) as [AssessmentSection, ...AssessmentSection[]];

const indicator = z.strictObject({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  group: z.string(),
  type: z.enum(["count", "money"]),
  total: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changePct: z.number().nullable(),
  byUnit: figures,
  previousByUnit: figures,
  previousFrom: z.record(z.string(), z.enum(["store", "column"])),
  sources: z.array(source),
  previousSources: z.array(source),
});

const incident = z.strictObject({
  unit: z.string(),
  detectedOn: z.string().nullable(),
  area: z.string().nullable(),
  field: z.string().nullable(),
  behavior: z.string().nullable(),
  description: z.string().nullable(),
  damage: z.number().nullable(),
  handling: z.string().nullable(),
  fine: z.number().nullable(),
  decision: z.string().nullable(),
  note: z.string().nullable(),
  source: z.strictObject({ file: z.string(), sheet: z.string(), row: z.number() }),
});

const codes = z.array(z.string());

export const aggregateFileSchema = z.strictObject({
  period: z.string(),
  label: z.string(),
  previousPeriod: z.string(),
  window: z.strictObject({ from: z.string(), to: z.string() }),
  units: z.strictObject({ expected: codes, submitted: codes, missing: codes, rejected: codes, late: codes }),
  indicators: z.array(indicator),
  incidents: z.strictObject({
    count: z.number(),
    damage: z.number(),
    fines: z.number(),
    byUnit: z.record(z.string(), tally),
    byArea: z.record(z.string(), breakdown),
    byField: z.record(z.string(), breakdown),
    byBehavior: z.record(z.string(), breakdown),
    byHandling: z.record(z.string(), breakdown),
    list: z.array(incident),
  }),
  narratives: z.record(z.enum(sections), z.array(narrative)),
  warnings: z.array(
    z.union([
      z.strictObject({
        code: z.enum(["previous/disagree", "previous/incomplete", "unit/not-in-config"]),
        indicator: z.string().nullable(),
        units: codes,
      }),
      z.strictObject({
        code: z.literal("list/value-not-in-config"),
        indicator: z.null(),
        units: codes,
        list: z.string(),
        value: z.string(),
        count: z.number().int().positive(),
      }),
    ]),
  ),
  reviews: z
    .array(
      z.strictObject({
        unit: z.string(),
        action: z.enum(["accept", "reject"]),
        by: z.string(),
        time: z.string(),
        note: z.string(),
      }),
    )
    .optional(),
  basis: z.strictObject({ config: hash, ledger: hash }),
}) satisfies z.ZodType<AggregateFileJson>;

// And the other way round: every key the aggregate has is in the schema (a new one must be added here).
type Keys<T> = T extends readonly (infer Item)[] ? Keys<Item> : T extends object ? { [K in keyof T]-?: Keys<T[K]> } : T;
const _complete: Keys<AggregateFileJson> extends Keys<z.output<typeof aggregateFileSchema>> ? true : never = true;
void _complete;

export type ParsedAggregateFile =
  { readonly ok: true; readonly value: AggregateFile } | { readonly ok: false; readonly problem: "damaged" | "shape" };

/** The text of an aggregate.json: not JSON at all (truncated) is `damaged`; JSON of another form is `shape`. */
export function parseAggregateFile(text: string): ParsedAggregateFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "damaged" };
  }
  return checkAggregateJson(json);
}

const INCIDENT_TEXT_KEYS = [
  "unit",
  "area",
  "field",
  "behavior",
  "description",
  "handling",
  "decision",
  "note",
] as const;
const INCIDENT_KEY_COUNT = 12;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** How many own enumerable keys (no array made: this runs once per incident). */
function keyCount(value: Record<string, unknown>): number {
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key)) count += 1;
  return count;
}

const isNullableString = (value: unknown): boolean => value === null || typeof value === "string";
const isNullableNumber = (value: unknown): boolean => value === null || typeof value === "number";

/**
 * One incident of the list, checked by hand exactly as the `incident` schema does (strict: no other keys).
 * With 100,000 incidents, zod's checked copy of each (made and thrown away) doubled the peak memory of
 * `report`; this check makes nothing.
 */
export function isIncidentJson(value: unknown): boolean {
  if (!isPlainRecord(value) || keyCount(value) !== INCIDENT_KEY_COUNT) return false;
  if (typeof value.unit !== "string") return false;
  for (const key of INCIDENT_TEXT_KEYS) if (key !== "unit" && !isNullableString(value[key])) return false;
  if (!isNullableString(value.detectedOn)) return false;
  if (!isNullableNumber(value.damage) || !isNullableNumber(value.fine)) return false;
  const source = value.source;
  return (
    isPlainRecord(source) &&
    keyCount(source) === 3 &&
    typeof source.file === "string" &&
    typeof source.sheet === "string" &&
    typeof source.row === "number"
  );
}

/** isIncidentJson, and its date (if any) an ISO date: what checkAggregateJson asks of every incident. */
export function isIncidentWithDate(value: unknown): boolean {
  if (!isIncidentJson(value)) return false;
  const text = (value as { detectedOn: string | null }).detectedOn;
  return text === null || parseIsoDate(text) !== null;
}

/**
 * Parsed JSON checked against the schema. The schema has no defaults or transforms, so what passed is the
 * value itself: zod's copy is dropped at once (with 100,000 incidents, keeping it cost some 40 MB). The
 * incident list, nearly all of the file, is checked by hand (isIncidentJson) and the rest by the schema.
 */
export function checkAggregateJson(
  json: unknown,
  /** When the list was trimmed as it was parsed (parseAggregateBlocksTrimmed): its whole length, and whether
   * every incident passed isIncidentWithDate. */
  trimmed?: { readonly length: number; readonly valid: boolean },
): ParsedAggregateFile {
  if (!isPlainRecord(json) || !isPlainRecord(json.incidents)) return { ok: false, problem: "shape" };
  const list = json.incidents.list;
  if (!Array.isArray(list) || !list.every(isIncidentJson)) return { ok: false, problem: "shape" };
  if (trimmed !== undefined && !trimmed.valid) return { ok: false, problem: "shape" };
  // The count is the list's length in every file baocao writes: a reader may trust it as the total (the
  // report keeps only the incidents it lists, app/saved-aggregate.ts).
  if (json.incidents.count !== (trimmed?.length ?? list.length)) return { ok: false, problem: "shape" };
  const rest = { ...json, incidents: { ...json.incidents, list: [] } };
  if (!aggregateFileSchema.safeParse(rest).success) return { ok: false, problem: "shape" };
  try {
    // A period code or a date that does not parse is of another shape too.
    const value = fromAggregateJson(rest as unknown as AggregateFileJson) as AggregateFile;
    // The incidents' dates are converted where they are, not in a copy of 100,000 incidents: the parsed
    // JSON is this function's own (its callers parse it for it and keep nothing else of it).
    for (const incident of list as Record<string, unknown>[]) {
      const text = incident.detectedOn as string | null;
      if (text === null) continue;
      const parsed = parseIsoDate(text);
      if (parsed === null) return { ok: false, problem: "shape" };
      incident.detectedOn = parsed;
    }
    const incidents = { ...value.incidents, list: list as unknown as AggregateFile["incidents"]["list"] };
    return { ok: true, value: { ...value, incidents } };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problem: "shape" };
    throw error;
  }
}
