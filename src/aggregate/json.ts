// The text of aggregate.json (DESIGN §6): JSON.stringify(value, null, 2) and a final newline, byte for
// byte, also produced in pieces so that a large aggregate is written without holding the whole text.
import { toIsoDate } from "../domain/calendar-date.js";
import { toAggregateJson } from "./to-json.js";
import type { Aggregate, IncidentRecord } from "./types.js";

/** The stable text of aggregate.json: two-space indentation, a final newline, no clock. */
export function aggregateJson(value: Aggregate): string {
  return [...aggregateJsonPieces(value)].join("");
}

/**
 * aggregateJson in pieces, exactly `${JSON.stringify(value, null, 2)}\n`: the top three levels are laid out
 * here and everything deeper (each incident, each indicator …) by JSON.stringify, re-indented. With 100,000
 * incidents the whole text is some 100 MB of UTF-16 string; in pieces, it is written as it is made.
 *
 * The incident list is not copied whole into its JSON shape (dates as ISO text): each batch of incidents
 * is converted as it is written (100,000 copies at once were some 20 MB held only to be written).
 */
export function* aggregateJsonPieces(value: Aggregate): Generator<string> {
  const json = toAggregateJson({ ...value, incidents: { ...value.incidents, list: [] } });
  const writer = new IncidentText();
  const list = new MappedList(value.incidents.list, incidentJson, (incident, indent) => writer.text(incident, indent));
  yield* stableJsonPieces({ ...json, incidents: { ...json.incidents, list } });
}

/** An incident as aggregate.json holds it (to-json.ts' toAggregateJson, for one incident). */
function incidentJson(incident: IncidentRecord): unknown {
  return { ...incident, detectedOn: incident.detectedOn === null ? null : toIsoDate(incident.detectedOn) };
}

/**
 * An array whose items are made JSON-ready only as they are written (written as `items.map(map)`); `text`
 * may write an item itself, exactly as JSON.stringify lays it out at `indent`, or give null to leave it to
 * JSON.stringify.
 */
class MappedList<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
    readonly text?: (item: T, indent: string) => string | null,
  ) {}

  slice(from: number, to: number): unknown[] {
    return this.items.slice(from, to).map(this.map);
  }
}

const INCIDENT_KEYS = [
  "unit",
  "detectedOn",
  "area",
  "field",
  "behavior",
  "description",
  "damage",
  "handling",
  "fine",
  "decision",
  "note",
  "source",
] as const;
const SOURCE_KEYS = ["file", "sheet", "row"] as const;
/** Keys whose texts repeat from incident to incident: each text quoted once. */
const REPEATING = new Set<string>(["unit", "area", "field", "behavior", "handling"]);

/**
 * An incident's text as JSON.stringify lays it out (aggregate.json's list), written here. Why: the list is
 * nearly all of aggregate.json, and copying each incident into its JSON shape (the date as ISO text) for
 * JSON.stringify cost a copy per incident and a string per date. Texts that repeat (unit, list values, the
 * file and sheet) and dates are quoted once. An incident that is not a plain object with exactly these
 * keys in this order (the way aggregate() makes every one) gets null, and JSON.stringify writes it.
 */
class IncidentText {
  private readonly quoted = new Map<string, string>();
  private readonly dates = new Map<object, string>();

  text(incident: IncidentRecord, indent: string): string | null {
    if (!plainWithKeys(incident, INCIDENT_KEYS)) return null;
    const inner = `${indent}  `;
    let text = "";
    for (const key of INCIDENT_KEYS) {
      const value: unknown = incident[key];
      if (value === undefined) continue;
      let json: string | null;
      if (key === "source") json = this.source(value, inner);
      else if (key === "detectedOn") json = value === null ? "null" : this.date(value);
      else json = this.value(value, REPEATING.has(key));
      if (json === null) return null;
      text += `${text === "" ? "" : ","}\n${inner}"${key}": ${json}`;
    }
    return text === "" ? "{}" : `{${text}\n${indent}}`;
  }

  private source(value: unknown, indent: string): string | null {
    if (!plainWithKeys(value, SOURCE_KEYS)) return null;
    const source = value as Record<string, unknown>;
    const inner = `${indent}  `;
    let text = "";
    for (const key of SOURCE_KEYS) {
      if (source[key] === undefined) continue;
      const json = this.value(source[key], key !== "row");
      if (json === null) return null;
      text += `${text === "" ? "" : ","}\n${inner}"${key}": ${json}`;
    }
    return text === "" ? "{}" : `{${text}\n${indent}}`;
  }

  /** A string, number or null as JSON.stringify writes it; null for anything else. */
  private value(value: unknown, repeats: boolean): string | null {
    if (value === null) return "null";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
    if (typeof value !== "string") return null;
    if (!repeats) return JSON.stringify(value);
    let json = this.quoted.get(value);
    if (json === undefined) this.quoted.set(value, (json = JSON.stringify(value)));
    return json;
  }

  /** A calendar date as its quoted ISO text (to-json.ts' form), once per date object. */
  private date(value: unknown): string | null {
    if (typeof value !== "object" || value === null) return null;
    let json = this.dates.get(value);
    if (json === undefined) {
      const { year, month, day } = value as Record<string, unknown>;
      if (typeof year !== "number" || typeof month !== "number" || typeof day !== "number") return null;
      this.dates.set(value, (json = JSON.stringify(toIsoDate({ year, month, day }))));
    }
    return json;
  }
}

/** A plain object whose own enumerable keys are exactly `keys`, in that order. */
function plainWithKeys(value: unknown, keys: readonly string[]): boolean {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  let index = 0;
  for (const key in value) if (key !== keys[index++]) return false;
  return index === keys.length;
}

/** `${JSON.stringify(value, null, 2)}\n` in pieces, for any value (aggregateJsonPieces' layout). */
export function* stableJsonPieces(value: unknown): Generator<string> {
  yield* jsonPieces(value, "", 0);
  yield "\n";
}

/** Items of an array laid out by JSON.stringify written a batch at a time (one piece of some 100 KB each). */
const BATCH = 256;

function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (value instanceof MappedList) {
    const list = value as MappedList<unknown>;
    if (depth === 2 && list.text !== undefined) yield* writtenItems(list, indent);
    else if (depth === 2) yield* batchedItems(list.items.length, (from, to) => list.slice(from, to), indent);
    else yield* jsonPieces(list.slice(0, list.items.length), indent, depth);
    return;
  }
  const container =
    value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function";
  if (!container || depth >= 3) {
    // JSON.stringify's own layout at this depth: its line breaks are all layout (a string's are escaped).
    const text = JSON.stringify(value, null, 2) ?? "null";
    yield indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    if (depth === 2) {
      const items = value as unknown[];
      yield* batchedItems(items.length, (from, to) => items.slice(from, to), indent);
      return;
    }
    yield "[";
    for (let index = 0; index < value.length; index += 1) {
      yield `${index === 0 ? "" : ","}\n${inner}`;
      // JSON.stringify writes null for an undefined, function or symbol element.
      const item: unknown = value[index];
      yield* item === undefined || typeof item === "function" || typeof item === "symbol"
        ? ["null"]
        : jsonPieces(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  // Objects: own enumerable keys in order, skipping what JSON.stringify skips.
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, item]) => item !== undefined && typeof item !== "function" && typeof item !== "symbol",
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/** A list at depth 2 whose items its `text` writes (or JSON.stringify, where it gives null), a batch a piece. */
function* writtenItems(list: MappedList<unknown>, indent: string): Generator<string> {
  const { items } = list;
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = `${indent}  `;
  yield "[";
  let piece = "";
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    const text =
      list.text!(item, inner) ?? (JSON.stringify(list.map(item), null, 2) ?? "null").replace(/\n/g, `\n${inner}`);
    piece += `${index === 0 ? "" : ","}\n${inner}${text}`;
    if ((index + 1) % BATCH === 0) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}\n${indent}]`;
}

/** An array at depth 2 (its items laid out by JSON.stringify), a batch of items per piece. */
function* batchedItems(
  length: number,
  slice: (from: number, to: number) => readonly unknown[],
  indent: string,
): Generator<string> {
  if (length === 0) {
    yield "[]";
    return;
  }
  yield "[";
  for (let from = 0; from < length; from += BATCH)
    yield (from === 0 ? "" : ",") + batchItems(slice(from, Math.min(length, from + BATCH)), indent);
  yield `\n${indent}]`;
}

/**
 * The items of an array at `indent` as the array's text has them between its "[" and its "\n<indent>]":
 * "\n<indent>  item,\n<indent>  item…". Why this way: JSON.stringify lays the items out at the right depth
 * itself when the batch is wrapped in as many arrays as `indent` has levels, so that no text is re-indented
 * by a replace (one native call per batch, not a call and a regular expression per incident).
 */
function batchItems(items: readonly unknown[], indent: string): string {
  let wrapped: unknown = items;
  for (let level = 0; level < indent.length / 2; level += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  let start = 0;
  for (let level = 0; level <= indent.length / 2; level += 1) start = text.indexOf("[", start) + 1;
  let suffix = `\n${indent}]`;
  for (let level = indent.length / 2 - 1; level >= 0; level -= 1) suffix += `\n${"  ".repeat(level)}]`;
  if (!text.endsWith(suffix)) throw new Error("aggregate.json: a batch of items not laid out as expected");
  return text.slice(start, text.length - suffix.length);
}
