// What validation finds in a submission, as data (DESIGN §6, STYLE §7). Checks emit findings without
// text; messages and hints are chosen later in the user's language (src/messages/findings-*.ts).

/**
 * "info": a fact for the clerk, never a problem: an implausible figure the unit explained in Ghi chú, a file
 * converted from .xls/.ods/.xlsb.
 */
export type Severity = "error" | "warning" | "info";

/** Stable codes: they appear in `validate --json` and people filter on them. */
export const FINDING_CODES = [
  // the file cannot be read as a form at all (status "unreadable")
  "file/empty",
  "file/too-large",
  "file/not-xlsx",
  "file/legacy-xls",
  "file/encrypted",
  "file/corrupt",
  "file/zip-bomb",
  "file/not-a-form",
  // information: the file was converted from .xls/.ods/.xlsb through LibreOffice before it was read
  "file/converted",
  // structure
  "sheet/missing",
  "sheet/too-many-rows",
  "header/missing",
  "info/missing",
  "unit/unknown",
  "unit/name-mismatch",
  "period/missing",
  "period/invalid",
  "period/mismatch",
  "indicator/missing-row",
  "indicator/unknown",
  "indicator/not-applicable",
  "indicator/duplicate-row",
  "assessment/missing-section",
  // values
  "value/required",
  "value/not-a-number",
  "value/negative",
  "value/fractional",
  "value/formula-without-result",
  "value/error",
  "date/unreadable",
  "date/future",
  "date/outside-window",
  "list/unknown-value",
  "incident/duplicate",
  "text/legacy-encoding",
  // the catalogue's consistency rules
  "rule/requires",
  "rule/compare",
  "rule/incident-count",
  "rule/incident-sum",
  // plausibility against the store's history and the same-kind units (domain/plausibility.ts)
  "plausibility/jump",
  "plausibility/zeroed",
  "plausibility/outlier",
  "plausibility/magnitude",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type FindingParams = Record<string, string | number>;

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly sheet: string | null;
  /** A1 address as the user sees it, e.g. "D7". */
  readonly cell: string | null;
  readonly row: number | null;
  /** The column's header text, e.g. "Kỳ này". */
  readonly column: string | null;
  /** The offending value as read (after coercion where that helps), or null. */
  readonly value: string | number | boolean | null;
  /** Facts for the message: the expected period, the closest list entry, the rule's figures … */
  readonly params: FindingParams;
}

export type FileStatus = "accepted" | "rejected" | "unreadable";

export interface FileReport {
  /** The path as given or relative to the workspace, with "/" separators. */
  readonly file: string;
  readonly sha256: string;
  readonly size: number;
  readonly unit: string | null;
  readonly period: string | null;
  readonly status: FileStatus;
  readonly findings: readonly Finding[];
  /** Findings left out by --max-issues. */
  readonly omitted: number;
  /**
   * The file as received, when it was an .xls/.ods/.xlsb converted to .xlsx through LibreOffice before it was
   * read: `sha256` and `size` above are then the converted workbook's (what was validated and is archived).
   */
  readonly original?: ConvertedFrom;
  /** The contract version in the form's hidden sheet (null: typed by hand or unreadable). */
  readonly formVersion?: string | null;
}

/** A received file that was converted before validation: its format, hash and size. */
export interface ConvertedFrom {
  readonly format: "xls" | "ods" | "xlsb";
  readonly sha256: string;
  readonly size: number;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors += 1;
    else if (finding.severity === "warning") warnings += 1;
  }
  return { errors, warnings };
}

/** accepted = no errors (warnings allowed); unreadable = the file could not be opened as a form. */
export function statusOf(findings: readonly Finding[]): FileStatus {
  if (findings.some((finding) => finding.severity === "error" && finding.code.startsWith("file/"))) return "unreadable";
  return findings.some((finding) => finding.severity === "error") ? "rejected" : "accepted";
}
