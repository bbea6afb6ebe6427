// One line of store/ledger.jsonl: one ingest decision about one file. The ledger is append-only; which
// submission is current is derived from line order alone (see current.ts), so no line is ever rewritten.
import { z } from "zod";
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

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const countSchema = z.number().int().nonnegative();

const findingSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
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
const entrySchema = z.object({
  v: z.literal(1),
  time: z.iso.datetime(),
  period: z.string().min(1),
  unit: z.string().min(1).nullable(),
  file: z.string(),
  sha256: sha256Schema,
  size: countSchema,
  status: z.enum(["accepted", "rejected", "unreadable"]),
  declaredPeriod: z.string().nullable(),
  decision: z.enum(["accepted", "rejected"]),
  reason: z.enum(REJECTION_REASONS).nullable(),
  errors: countSchema,
  warnings: countSchema,
  findings: z.array(findingSchema),
  omitted: countSchema,
  archive: z.string().min(1).nullable(),
  supersedes: sha256Schema.nullable(),
  original: z
    .object({
      format: z.enum(["xls", "ods", "xlsb"]),
      sha256: sha256Schema,
      size: countSchema,
      archive: z.string().min(1).nullable(),
    })
    .optional(),
  formVersion: z.string().nullable().optional(),
  review: z.object({ action: z.enum(["accept", "reject"]), by: z.string(), note: z.string() }).optional(),
}) satisfies z.ZodType<LedgerEntry>;

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
  const result = entrySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const detail = issue ? `${issue.path.join(".") || "(line)"}: ${issue.message}` : "invalid entry";
    return { ok: false, problem: "schema", detail };
  }
  const entry = result.data;
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
