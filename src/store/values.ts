// The values intake validated for an accepted submission (indicators, incidents, narratives), recorded at
// ingest beside its archive as "ab/<sha256>.values.json", so that aggregate does not read every archived
// form again. A record is a cache: it counts only for the archive it names (its SHA-256, checked by the
// caller against the ledger first), the period it was ingested for and the configuration it was validated
// against (list names are made canonical from baocao.yaml); anything else, an unreadable or a damaged one,
// and aggregate reads the form again. Old stores have none and are read as before.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Submission as ReadSubmission } from "../intake/submission.js";
import { fromCompactValues, isCompactValues } from "../intake/values-text.js";
import type { ValuesPool } from "../intake/values-text.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { isSha256 } from "./archive-path.js";
import type { LedgerEntry } from "./ledger-entry.js";

/** What a record must match to be used. */
export interface ValuesKey {
  /** The archive's SHA-256 (hex). */
  readonly sha256: string;
  /** The period code the submission was accepted for ("2023-H1"). */
  readonly period: string;
  /** "sha256:…" of the configuration it was validated against (aggregateBasis' config). */
  readonly config: string;
}

/**
 * 1: "submission" is the JSON of the Submission; 2: it is the compact form (intake/values-text.ts), made by
 * valuesText for incidents of the usual shape. Both are read.
 */
const FORMAT = 1;
const COMPACT_FORMAT = 2;

/** "ab/ab12….values.json", relative to the store folder. */
export function valuesPath(sha256: string): string {
  if (!isSha256(sha256)) throw new RangeError(`Not a lowercase SHA-256 hex digest: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256}.values.json`;
}

/** The record's opening, the same for the same key: the submission follows it. */
function header(key: ValuesKey, format: number = FORMAT): string {
  return `{"format":${format},"sha256":${JSON.stringify(key.sha256)},"period":${JSON.stringify(key.period)},"config":${JSON.stringify(key.config)},"submission":`;
}

/**
 * Records `submission` (valuesText of a whole intake Submission, or its plain JSON, as text or UTF-8 bytes)
 * for `key`, atomically; left alone when a record of the same key is already there (the same archive
 * ingested again). The format is told by the text's first character: "[" compact, "{" plain.
 */
export function recordValues(storeDir: string, key: ValuesKey, submission: string | Uint8Array): void {
  const path = join(storeDir, valuesPath(key.sha256));
  if (hasRecord(path, key)) return;
  if (typeof submission === "string")
    writeFileAtomic(path, [header(key, formatOf(submission.charAt(0))), submission, "}\n"]);
  else writeFileAtomic(path, Buffer.concat(valuesRecord(key, submission)));
}

/** The record's format for a submission's text starting with `first` (compact or plain JSON). */
function formatOf(first: string): number {
  return isCompactValues(first) ? COMPACT_FORMAT : FORMAT;
}

/** The record's bytes for `key` and the submission's UTF-8 text, as pieces to write one after the other. */
export function valuesRecord(key: ValuesKey, submission: Uint8Array): Uint8Array[] {
  const opening = header(key, formatOf(String.fromCharCode(submission[0] ?? 0)));
  return [Buffer.from(opening, "utf8"), submission, Buffer.from("}\n", "utf8")];
}

/** A whole record of `key` (either format) is at `path` already (the same archive ingested again): left alone. */
export function hasRecord(path: string, key: ValuesKey): boolean {
  return startsWith(path, header(key, COMPACT_FORMAT), header(key, FORMAT));
}

/**
 * Values that repeat from incident to incident, held once: each list value (Địa bàn, Lĩnh vực, Hành vi, Hình
 * thức xử lý), the sheet's name and each date. JSON.parse makes a string of its own for every value it
 * reads, so 100,000 incidents held some 500,000 copies of a few dozen names (tens of megabytes of a
 * command's peak memory); one SharedValues, given to every read of a command, keeps one of each.
 */
export class SharedValues {
  private readonly texts = new Map<string, string>();
  private readonly dates = new Map<number, unknown>();

  text(value: unknown): unknown {
    if (typeof value !== "string") return value;
    const seen = this.texts.get(value);
    if (seen !== undefined) return seen;
    this.texts.set(value, value);
    return value;
  }

  /** A repeating text, held once (the compact form's texts: values-text.ts' ValuesPool). */
  pooled(value: string): string {
    const seen = this.texts.get(value);
    if (seen !== undefined) return seen;
    this.texts.set(value, value);
    return value;
  }

  /** The date object of yyyymmdd, held once (the compact form's dates). */
  dateOf(key: number): { year: number; month: number; day: number } {
    let seen = this.dates.get(key) as { year: number; month: number; day: number } | undefined;
    if (seen === undefined) {
      seen = { year: Math.floor(key / 10_000), month: Math.floor(key / 100) % 100, day: key % 100 };
      this.dates.set(key, seen);
    }
    return seen;
  }

  date(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    const { year, month, day } = value as Record<string, unknown>;
    if (typeof year !== "number" || typeof month !== "number" || typeof day !== "number") return value;
    // Only a plain {year, month, day} (as intake records it) is shared: anything else is left as it is.
    let keys = 0;
    for (const key in value) if (Object.hasOwn(value, key)) keys += 1;
    if (keys !== 3) return value;
    const key = (year * 100 + month) * 100 + day;
    const seen = this.dates.get(key);
    if (seen !== undefined) return seen;
    this.dates.set(key, value);
    return value;
  }

  /**
   * The submission's incidents with their repeating values replaced by the ones held (in place). Each key
   * named, not looped over: a property read by a computed key is several times slower, 600,000 times.
   */
  incidents(incidents: readonly unknown[]): void {
    for (const incident of incidents) {
      if (incident === null || typeof incident !== "object") continue;
      const record = incident as Record<string, unknown>;
      if (typeof record.area === "string") record.area = this.text(record.area);
      if (typeof record.areaCode === "string") record.areaCode = this.text(record.areaCode);
      if (typeof record.field === "string") record.field = this.text(record.field);
      if (typeof record.behavior === "string") record.behavior = this.text(record.behavior);
      if (typeof record.handling === "string") record.handling = this.text(record.handling);
      if (typeof record.sheet === "string") record.sheet = this.text(record.sheet);
      if (record.detectedOn !== null && typeof record.detectedOn === "object")
        record.detectedOn = this.date(record.detectedOn);
    }
  }
}

/**
 * The recorded submission for `key`, or null when there is none that matches it (then read the form);
 * with `shared`, its incidents' repeating values are held once (SharedValues).
 */
export function readRecordedValues(storeDir: string, key: ValuesKey, shared?: SharedValues): ReadSubmission | null {
  const path = join(storeDir, valuesPath(key.sha256));
  try {
    if (!statSync(path).isFile()) return null;
    const text = readFileSync(path, "utf8");
    const compact = text.startsWith(header(key, COMPACT_FORMAT));
    if (!compact && !text.startsWith(header(key))) return null;
    const record = JSON.parse(text) as { submission?: unknown };
    const submission = compact
      ? fromCompactValues(record.submission, poolOf(shared ?? new SharedValues()))
      : record.submission;
    if (submission === null || typeof submission !== "object") return null;
    const { indicators, incidents, assessment } = submission as Record<string, unknown>;
    if (!Array.isArray(indicators) || !Array.isArray(incidents) || !Array.isArray(assessment)) return null;
    // The compact form's incidents are made with their values held once already.
    if (!compact) shared?.incidents(incidents);
    return submission as ReadSubmission;
  } catch {
    return null;
  }
}

function poolOf(shared: SharedValues): ValuesPool {
  return { text: (value) => shared.pooled(value), dateOf: (key) => shared.dateOf(key) };
}

function startsWith(path: string, ...openings: string[]): boolean {
  try {
    const text = readFileSync(path, { encoding: "utf8", flag: "r" });
    return openings.some((opening) => text.startsWith(opening)) && text.endsWith("}\n");
  } catch {
    return false;
  }
}

/**
 * The records beside the archives the ledger names (for `doctor --store`): how many read as records of
 * their archive, and which are there but do not (damaged: harmless, aggregate reads the form instead).
 * Archives without a record (stores from before) are not counted.
 */
export function inspectRecordedValues(
  storeDir: string,
  entries: readonly LedgerEntry[],
): { recorded: number; damaged: string[] } {
  const shas = new Set(entries.flatMap((entry) => (entry.archive === null ? [] : [entry.sha256])));
  let recorded = 0;
  const damaged: string[] = [];
  for (const sha256 of shas) {
    if (!isSha256(sha256)) continue;
    const path = valuesPath(sha256);
    if (!existsSync(join(storeDir, path))) continue;
    if (recordOf(join(storeDir, path), sha256)) recorded += 1;
    else damaged.push(path);
  }
  return { recorded, damaged: damaged.sort() };
}

function recordOf(path: string, sha256: string): boolean {
  try {
    const record = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    const submission = (
      record.format === COMPACT_FORMAT
        ? fromCompactValues(record.submission, poolOf(new SharedValues()))
        : record.submission
    ) as Record<string, unknown> | null | undefined;
    return (
      (record.format === FORMAT || record.format === COMPACT_FORMAT) &&
      record.sha256 === sha256 &&
      typeof record.period === "string" &&
      typeof record.config === "string" &&
      submission !== null &&
      typeof submission === "object" &&
      Array.isArray(submission.indicators) &&
      Array.isArray(submission.incidents)
    );
  } catch {
    return false;
  }
}
