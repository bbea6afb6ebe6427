// The text of a submission's recorded values (store/values.ts, "ab/<sha256>.values.json"): made where the
// form was read (the validation worker), read back by aggregate and plausibility.
//
// Two forms. The compact one (the values file's format 2) is a JSON array
//   [<the submission without its incidents>, [<texts>], [<incident>, …]]
// where each incident is an array of its 13 values in Incident's order; its repeating texts (area,
// areaCode, field, behavior, handling, sheet) are indexes into <texts>, and its date is the number
// yyyymmdd. Why: with 1,000 incidents a form, the plain JSON of the objects is about five times longer,
// and reading it back was the largest part of aggregate's time (a string per value and a key per field
// parsed 100,000 times; the same few dozen names made again and again). The plain form (format 1:
// JSON.stringify of the submission) is kept for a submission whose incidents are not of the usual shape,
// and for records written before: both read back to the same Submission.
import type { Incident, Submission } from "./submission.js";

/** The keys of an incident, in the order intake makes them (and the compact form lists its values). */
const INCIDENT_KEYS = [
  "row",
  "detectedOn",
  "area",
  "areaCode",
  "field",
  "behavior",
  "description",
  "damage",
  "handling",
  "fine",
  "decision",
  "note",
  "sheet",
] as const;

/** The submission's recorded values as text: compact when every incident has the usual shape, else plain. */
export function valuesText(submission: Submission): string {
  const compact = compactIncidents(submission.incidents);
  if (compact === null) return JSON.stringify(submission);
  return `[${JSON.stringify({ ...submission, incidents: [] })},${JSON.stringify(compact.texts)},${JSON.stringify(compact.rows)}]`;
}

/** Whether a recorded text (as written by valuesText) is the compact form: it is an array, the plain an object. */
export function isCompactValues(firstCharacter: string): boolean {
  return firstCharacter === "[";
}

function compactIncidents(incidents: readonly Incident[]): { texts: string[]; rows: unknown[][] } | null {
  const texts: string[] = [];
  const indexes = new Map<string, number>();
  const index = (value: unknown): number | null | undefined => {
    if (value === null) return null;
    if (typeof value !== "string") return undefined;
    let at = indexes.get(value);
    if (at === undefined) {
      at = texts.length;
      texts.push(value);
      indexes.set(value, at);
    }
    return at;
  };
  const rows: unknown[][] = [];
  for (const incident of incidents) {
    if (!plainWithKeys(incident, INCIDENT_KEYS)) return null;
    const date = dateNumber(incident.detectedOn);
    const area = index(incident.area);
    const areaCode = index(incident.areaCode);
    const field = index(incident.field);
    const behavior = index(incident.behavior);
    const handling = index(incident.handling);
    const sheet = index(incident.sheet);
    if (
      date === undefined ||
      area === undefined ||
      areaCode === undefined ||
      field === undefined ||
      behavior === undefined ||
      handling === undefined ||
      typeof sheet !== "number" ||
      !plainValue(incident.row) ||
      !plainValue(incident.description) ||
      !plainValue(incident.damage) ||
      !plainValue(incident.fine) ||
      !plainValue(incident.decision) ||
      !plainValue(incident.note)
    )
      return null;
    rows.push([
      incident.row,
      date,
      area,
      areaCode,
      field,
      behavior,
      incident.description,
      incident.damage,
      handling,
      incident.fine,
      incident.decision,
      incident.note,
      sheet,
    ]);
  }
  return { texts, rows };
}

/** A value that JSON writes and reads back as itself: null, a string, or a finite number. */
function plainValue(value: unknown): boolean {
  return value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

/** A plain {year, month, day} as yyyymmdd (null for null); undefined when it is not one that reads back the same. */
function dateNumber(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (!plainWithKeys(value, DATE_KEYS)) return undefined;
  const { year, month, day } = value as { year: unknown; month: unknown; day: unknown };
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const [y, m, d] = [year as number, month as number, day as number];
  if (y < 0 || y > 99_999 || m < 0 || m > 99 || d < 0 || d > 99) return undefined;
  return (y * 100 + m) * 100 + d;
}

const DATE_KEYS = ["year", "month", "day"] as const;

/** A plain object whose own enumerable keys are exactly `keys`, in that order. */
function plainWithKeys(value: unknown, keys: readonly string[]): boolean {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  let index = 0;
  for (const key in value) if (key !== keys[index++]) return false;
  return index === keys.length;
}

/**
 * What the values held once are taken from (store/values.ts' SharedValues): the text of a repeating value,
 * and the date object of a yyyymmdd number.
 */
export interface ValuesPool {
  text(value: string): string;
  dateOf(key: number): { year: number; month: number; day: number };
}

/**
 * The Submission of a parsed compact text (valuesText), or null when it is not one (damaged). Each
 * repeating text and date is made once (from `pool`), as the plain form's reading does with SharedValues.
 */
export function fromCompactValues(parsed: unknown, pool: ValuesPool): Submission | null {
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [submission, texts, rows] = parsed as [unknown, unknown, unknown];
  if (submission === null || typeof submission !== "object" || !Array.isArray(texts) || !Array.isArray(rows))
    return null;
  const held: string[] = [];
  for (const text of texts) {
    if (typeof text !== "string") return null;
    held.push(pool.text(text));
  }
  const text = (value: unknown): string | null | undefined =>
    value === null ? null : typeof value === "number" ? held[value] : undefined;
  const incidents: Incident[] = new Array<Incident>(rows.length);
  for (let at = 0; at < rows.length; at += 1) {
    const row: unknown = rows[at];
    if (!Array.isArray(row) || row.length !== INCIDENT_KEYS.length) return null;
    const date: unknown = row[1];
    const sheet = text(row[12]);
    if (sheet === null || sheet === undefined) return null;
    if (date !== null && !(Number.isInteger(date) && (date as number) >= 0)) return null;
    const incident: Incident = {
      row: row[0] as number,
      detectedOn: date === null ? null : pool.dateOf(date as number),
      area: text(row[2]) as string | null,
      areaCode: text(row[3]) as string | null,
      field: text(row[4]) as string | null,
      behavior: text(row[5]) as string | null,
      description: row[6] as string | null,
      damage: row[7] as number | null,
      handling: text(row[8]) as string | null,
      fine: row[9] as number | null,
      decision: row[10] as string | null,
      note: row[11] as string | null,
      sheet,
    };
    if (
      incident.area === undefined ||
      incident.areaCode === undefined ||
      incident.field === undefined ||
      incident.behavior === undefined ||
      incident.handling === undefined
    )
      return null;
    incidents[at] = incident;
  }
  (submission as { incidents: Incident[] }).incidents = incidents;
  return submission as Submission;
}
