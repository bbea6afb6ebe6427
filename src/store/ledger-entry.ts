// One line of store/ledger.jsonl: one ingest decision about one file. The ledger is append-only; which
// submission is current is derived from line order alone (see current.ts), so no line is ever rewritten.
import { createRequire } from "node:module";
import type * as Zod from "zod";
import { FINDING_CODES } from "../domain/findings.js";
import type { FileStatus, Finding } from "../domain/findings.js";

/** Why a file was not made current; null when it was accepted. */
export const REJECTION_REASONS = [
  "errors", // validation found errors
  "unreadable", // the file could not be read as a form
  "wrong-period", // the form is for another period than the one being ingested
  "no-unit", // no unit code could be read, so it cannot be anybody's submission
  "warnings-strict", // --strict refuses warnings
  "reviewer", // the clerk rejected it by hand (`baocao review --reject`)
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface LedgerEntry {
  readonly v: 1;
  /** When baocao ingested the file (ISO 8601, UTC). */
  readonly time: string;
  /** The period being ingested (--period); the form's own period is `declaredPeriod`. */
  readonly period: string;
  readonly unit: string | null;
  /** The path as given on the command line or relative to the workspace. */
  readonly file: string;
  readonly sha256: string;
  readonly size: number;
  /** Validation's verdict on the file. */
  readonly status: FileStatus;
  readonly declaredPeriod: string | null;
  /** accepted = archived and made current for its unit and period. */
  readonly decision: "accepted" | "rejected";
  readonly reason: RejectionReason | null;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly Finding[];
  /** Findings left out by --max-issues. */
  readonly omitted: number;
  /** The archived copy, relative to the store folder ("ab/ab12….xlsx"); null unless accepted. */
  readonly archive: string | null;
  /** sha256 of the submission this one replaced as current, if any. */
  readonly supersedes: string | null;
  /**
   * The file as received when it was an .xls/.ods/.xlsb converted to .xlsx before validation (absent
   * otherwise): `sha256`, `size` and `archive` above are the converted workbook's, these the original's.
   */
  readonly original?: LedgerOriginal;
  /**
   * The contract version written in the blank form's hidden sheet ("formVersion"); null for a form typed
   * by hand. Absent from lines written before it was recorded.
   */
  readonly formVersion?: string | null;
  /**
   * Set on a line written by `baocao review`: the clerk's decision about the submission with this sha256.
   * An accept line repeats the accepted submission (it stays current, with the note); a reject line
   * (reason "reviewer") takes it out of the aggregate until the unit sends another file.
   */
  readonly review?: ReviewDecision;
}

/** The received file of a converted submission; `archive` ("cd/cd34….xls") is null unless accepted. */
export interface LedgerOriginal {
  readonly format: "xls" | "ods" | "xlsb";
  readonly sha256: string;
  readonly size: number;
  readonly archive: string | null;
}

export interface ReviewDecision {
  readonly action: "accept" | "reject";
  /** Who decided: the user logged in to the computer. */
  readonly by: string;
  readonly note: string;
}

/**
 * zod, loaded only for a line that the hand check below does not pass. Why: zod is ~95 modules, about 30 ms
 * of every command that reads the ledger (validate, ingest …: issue 16), and a sound ledger never needs it.
 * Its CommonJS build, so that the synchronous readers of the ledger can load it when they must.
 */
export function loadZod(): typeof Zod {
  return createRequire(import.meta.url)("zod") as typeof Zod;
}

function buildEntrySchema({ z }: typeof Zod) {
  const sha256Schema = z.string().regex(SHA256);
  const countSchema = z.number().int().nonnegative();

  const findingSchema = z.object({
    severity: z.enum(SEVERITIES),
    // Finding codes are a stable contract; renaming one would need a ledger migration.
    code: z.enum(FINDING_CODES),
    sheet: z.string().nullable(),
    cell: z.string().nullable(),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  });

  // Unknown keys are dropped rather than refused, so a later v1 that adds an optional field stays readable.
  return z.object({
    v: z.literal(1),
    time: z.iso.datetime(),
    period: z.string().min(1),
    unit: z.string().min(1).nullable(),
    file: z.string(),
    sha256: sha256Schema,
    size: countSchema,
    status: z.enum(STATUSES),
    declaredPeriod: z.string().nullable(),
    decision: z.enum(DECISIONS),
    reason: z.enum(REJECTION_REASONS).nullable(),
    errors: countSchema,
    warnings: countSchema,
    findings: z.array(findingSchema),
    omitted: countSchema,
    archive: z.string().min(1).nullable(),
    supersedes: sha256Schema.nullable(),
    original: z
      .object({
        format: z.enum(ORIGINAL_FORMATS),
        sha256: sha256Schema,
        size: countSchema,
        archive: z.string().min(1).nullable(),
      })
      .optional(),
    formVersion: z.string().nullable().optional(),
    review: z.object({ action: z.enum(REVIEW_ACTIONS), by: z.string(), note: z.string() }).optional(),
  }) satisfies Zod.z.ZodType<LedgerEntry>;
}

let entrySchema: ReturnType<typeof buildEntrySchema> | undefined;

/** The schema of a ledger line (zod's parse is what quickEntry must agree with: ledger-entry.test.ts). */
export function ledgerEntrySchema(): ReturnType<typeof buildEntrySchema> {
  entrySchema ??= buildEntrySchema(loadZod());
  return entrySchema;
}

const SHA256 = /^[0-9a-f]{64}$/;
const SEVERITIES = ["error", "warning", "info"] as const;
const STATUSES = ["accepted", "rejected", "unreadable"] as const;
const DECISIONS = ["accepted", "rejected"] as const;
const ORIGINAL_FORMATS = ["xls", "ods", "xlsb"] as const;
const REVIEW_ACTIONS = ["accept", "reject"] as const;
const FINDING_CODE_SET: ReadonlySet<unknown> = new Set(FINDING_CODES);
/** What new Date().toISOString() writes: a real instant, which z.iso.datetime() accepts. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/**
 * The entry the schema gives for `json` when `json` certainly passes it (the same keys in the same order,
 * unknown ones dropped); null when it may not — then the schema decides, and words the problem.
 * test: ledger-entry.test.ts checks it against the schema on valid lines and on every kind of damage.
 */
export function quickEntry(json: unknown): LedgerEntry | null {
  if (!isRecord(json)) return null;
  const e = json;
  if (
    e.v !== 1 ||
    !isInstant(e.time) ||
    !isText(e.period, 1) ||
    !(e.unit === null || isText(e.unit, 1)) ||
    typeof e.file !== "string" ||
    !isSha256(e.sha256) ||
    !isCount(e.size) ||
    !isOneOf(e.status, STATUSES) ||
    !(e.declaredPeriod === null || typeof e.declaredPeriod === "string") ||
    !isOneOf(e.decision, DECISIONS) ||
    !(e.reason === null || isOneOf(e.reason, REJECTION_REASONS)) ||
    !isCount(e.errors) ||
    !isCount(e.warnings) ||
    !Array.isArray(e.findings) ||
    !isCount(e.omitted) ||
    !(e.archive === null || isText(e.archive, 1)) ||
    !(e.supersedes === null || isSha256(e.supersedes))
  )
    return null;
  const findings: Finding[] = [];
  for (const finding of e.findings as unknown[]) {
    const checked = quickFinding(finding);
    if (checked === null) return null;
    findings.push(checked);
  }
  let original: LedgerOriginal | undefined;
  if ("original" in e) {
    const o = e.original;
    if (
      !isRecord(o) ||
      !isOneOf(o.format, ORIGINAL_FORMATS) ||
      !isSha256(o.sha256) ||
      !isCount(o.size) ||
      !(o.archive === null || isText(o.archive, 1))
    )
      return null;
    original = { format: o.format, sha256: o.sha256, size: o.size, archive: o.archive };
  }
  if ("formVersion" in e && !(e.formVersion === null || typeof e.formVersion === "string")) return null;
  let review: ReviewDecision | undefined;
  if ("review" in e) {
    const r = e.review;
    if (!isRecord(r) || !isOneOf(r.action, REVIEW_ACTIONS) || typeof r.by !== "string" || typeof r.note !== "string")
      return null;
    review = { action: r.action, by: r.by, note: r.note };
  }
  return {
    v: 1,
    time: e.time,
    period: e.period,
    unit: e.unit,
    file: e.file,
    sha256: e.sha256,
    size: e.size,
    status: e.status,
    declaredPeriod: e.declaredPeriod,
    decision: e.decision,
    reason: e.reason,
    errors: e.errors,
    warnings: e.warnings,
    findings,
    omitted: e.omitted,
    archive: e.archive,
    supersedes: e.supersedes,
    ...(original === undefined ? {} : { original }),
    ...("formVersion" in e ? { formVersion: e.formVersion as string | null } : {}),
    ...(review === undefined ? {} : { review }),
  };
}

function quickFinding(json: unknown): Finding | null {
  if (!isRecord(json)) return null;
  const f = json;
  if (
    !isOneOf(f.severity, SEVERITIES) ||
    !FINDING_CODE_SET.has(f.code) ||
    !(f.sheet === null || typeof f.sheet === "string") ||
    !(f.cell === null || typeof f.cell === "string") ||
    !(f.row === null || isInteger(f.row)) ||
    !(f.column === null || typeof f.column === "string") ||
    !(f.value === null || ["string", "boolean"].includes(typeof f.value) || isFiniteNumber(f.value)) ||
    !isRecord(f.params) ||
    Object.hasOwn(f.params, "__proto__")
  )
    return null;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(f.params)) {
    if (typeof value !== "string" && !isFiniteNumber(value)) return null;
    params[key] = value;
  }
  return {
    severity: f.severity,
    code: f.code as Finding["code"],
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    column: f.column,
    value: f.value as Finding["value"],
    params,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isText(value: unknown, min: number): value is string {
  return typeof value === "string" && value.length >= min;
}

function isSha256(value: unknown): value is string {
  return typeof value === "string" && SHA256.test(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

function isCount(value: unknown): value is number {
  return isInteger(value) && value >= 0;
}

function isOneOf<T extends string>(value: unknown, values: readonly T[]): value is T {
  return (values as readonly unknown[]).includes(value);
}

/** An instant as new Date().toISOString() writes it (a subset of what z.iso.datetime() accepts). */
export function isInstant(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_INSTANT.test(value)) return false;
  // A real day and time (no 30 February, no 24:00): the instant it names is written the same, to the second.
  const time = new Date(value).getTime();
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

export type LineProblem = "json" | "version" | "schema";

export type ParsedLine =
  | { readonly ok: true; readonly entry: LedgerEntry }
  | { readonly ok: false; readonly problem: LineProblem; readonly detail: string };

export function parseLedgerLine(line: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, problem: "json", detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof json === "object" && json !== null && "v" in json && json.v !== 1) {
    return { ok: false, problem: "version", detail: `v=${JSON.stringify(json.v)}` };
  }
  let entry = quickEntry(json);
  if (entry === null) {
    const result = ledgerEntrySchema().safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      const detail = issue ? `${issue.path.join(".") || "(line)"}: ${issue.message}` : "invalid entry";
      return { ok: false, problem: "schema", detail };
    }
    entry = result.data;
  }
  // Cross-field rules the schema cannot express on its own.
  const accepted = entry.decision === "accepted";
  if (accepted !== (entry.reason === null) || accepted !== (entry.archive !== null)) {
    return { ok: false, problem: "schema", detail: "decision, reason and archive disagree" };
  }
  return { ok: true, entry };
}

/**
 * One complete line, keys in a fixed order so equal entries give equal bytes. `prev` is the chain link
 * (chain.ts): the sha256 of the line before, last on the line.
 */
export function serializeLedgerEntry(entry: LedgerEntry, prev?: string): string {
  const ordered: LedgerEntry & { prev?: string } = {
    v: 1,
    time: entry.time,
    period: entry.period,
    unit: entry.unit,
    file: entry.file,
    sha256: entry.sha256,
    size: entry.size,
    status: entry.status,
    declaredPeriod: entry.declaredPeriod,
    decision: entry.decision,
    reason: entry.reason,
    errors: entry.errors,
    warnings: entry.warnings,
    findings: canonicalFindings(entry.findings),
    omitted: entry.omitted,
    archive: entry.archive,
    supersedes: entry.supersedes,
    ...(entry.original === undefined
      ? {}
      : {
          original: {
            format: entry.original.format,
            sha256: entry.original.sha256,
            size: entry.original.size,
            archive: entry.original.archive,
          },
        }),
    // Optional fields are left out when absent, so older lines keep their bytes.
    formVersion: entry.formVersion,
    review:
      entry.review === undefined
        ? undefined
        : { action: entry.review.action, by: entry.review.by, note: entry.review.note },
    prev,
  };
  return `${JSON.stringify(ordered)}\n`;
}

/** Findings with their keys (and their params' keys) in one order, for stable bytes and comparison. */
export function canonicalFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    column: f.column,
    value: f.value,
    params: Object.fromEntries(Object.entries(f.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }));
}
