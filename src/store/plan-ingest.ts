// What `baocao ingest` will do with each validated file, decided from the ledger alone so it can be
// tested without a disk. Files are taken in batch order against a running copy of the ledger, so a later
// file of the same unit supersedes an earlier one of the same batch, and a file given twice counts once.
//
// Re-running `ingest` over the whole inbox must change nothing: a file already current, an older
// accepted file a newer one has superseded, and a rejected file already recorded with the same verdict
// add no line. (An older file never becomes current again by being ingested anew; otherwise re-ingesting
// an inbox holding both versions would let file order pick the winner.)
import { countBySeverity } from "../domain/findings.js";
import type { FileReport } from "../domain/findings.js";
import { archivePath } from "./archive-path.js";
import { currentSubmissions } from "./current.js";
import { canonicalFindings } from "./ledger-entry.js";
import type { LedgerEntry, RejectionReason } from "./ledger-entry.js";

export type IngestOutcome =
  | "archived" // accepted: archived and now current for its unit
  | "already-current" // the same file is already the unit's current submission
  | "duplicate-of-archived" // the same file was accepted before and has since been superseded
  | "already-recorded" // the same file was already rejected with the same findings
  | "rejected" // validation found errors
  | "refused-warnings" // --strict and the file has warnings
  | "unreadable"
  | "wrong-period"
  | "no-unit";

export interface IngestOptions {
  readonly period: string;
  readonly strict: boolean;
  readonly now: Date;
}

export interface IngestAction {
  readonly report: FileReport;
  readonly outcome: IngestOutcome;
  /** The ledger line to append, or null when nothing changes. */
  readonly entry: LedgerEntry | null;
  /** sha256 of the submission this one replaces as current. */
  readonly supersedes: string | null;
}

export interface IngestPlan {
  readonly actions: IngestAction[];
}

const OUTCOME_OF_REASON: Record<RejectionReason, IngestOutcome> = {
  errors: "rejected",
  unreadable: "unreadable",
  "wrong-period": "wrong-period",
  "no-unit": "no-unit",
  "warnings-strict": "refused-warnings",
  reviewer: "rejected", // never planned by ingest: only `baocao review` writes it
};

export function planIngest(
  existingEntries: readonly LedgerEntry[],
  reports: readonly FileReport[],
  options: IngestOptions,
): IngestPlan {
  const ledger = [...existingEntries];
  const actions = reports.map((report): IngestAction => {
    const action = planOne(ledger, report, options);
    if (action.entry) ledger.push(action.entry);
    return action;
  });
  return { actions };
}

function planOne(ledger: readonly LedgerEntry[], report: FileReport, options: IngestOptions): IngestAction {
  const reason = rejectionReason(report, options);
  const samePeriodFile = (entry: LedgerEntry) => entry.period === options.period && entry.sha256 === report.sha256;

  if (reason === null && report.unit !== null) {
    const current = currentSubmissions(ledger, options.period).get(report.unit) ?? null;
    if (current?.sha256 === report.sha256) return unchanged(report, "already-current");
    const acceptedBefore = ledger.some(
      (entry) => samePeriodFile(entry) && entry.decision === "accepted" && entry.unit === report.unit,
    );
    if (acceptedBefore) return unchanged(report, "duplicate-of-archived");
    const supersedes = current?.sha256 ?? null;
    return { report, outcome: "archived", entry: toEntry(report, options, null, supersedes), supersedes };
  }

  // `reason` is null only with a unit (see rejectionReason); the fallback just satisfies the type checker.
  const rejectedFor = reason ?? "no-unit";
  const entry = toEntry(report, options, rejectedFor, null);
  const previous = ledger.findLast(samePeriodFile);
  if (previous && sameVerdict(previous, entry)) return unchanged(report, "already-recorded");
  return { report, outcome: OUTCOME_OF_REASON[rejectedFor], entry, supersedes: null };
}

function rejectionReason(report: FileReport, options: IngestOptions): RejectionReason | null {
  if (report.status === "unreadable") return "unreadable";
  // Validation flags a period mismatch as an error too; naming it helps the clerk, and the check keeps a
  // form for another period from ever becoming current whatever validation said.
  if (report.period !== null && report.period !== options.period) return "wrong-period";
  if (report.status === "rejected") return "errors";
  if (report.period === null) return "wrong-period";
  if (report.unit === null) return "no-unit";
  if (options.strict && countBySeverity(report.findings).warnings > 0) return "warnings-strict";
  return null;
}

function toEntry(
  report: FileReport,
  options: IngestOptions,
  reason: RejectionReason | null,
  supersedes: string | null,
): LedgerEntry {
  const { errors, warnings } = countBySeverity(report.findings);
  return {
    v: 1,
    time: options.now.toISOString(),
    period: options.period,
    unit: report.unit,
    file: report.file,
    sha256: report.sha256,
    size: report.size,
    status: report.status,
    declaredPeriod: report.period,
    decision: reason === null ? "accepted" : "rejected",
    reason,
    errors,
    warnings,
    findings: report.findings,
    omitted: report.omitted,
    archive: reason === null ? archivePath(report.sha256) : null,
    supersedes,
    // A converted .xls/.ods/.xlsb: the received file too, archived beside the .xlsx made from it.
    ...(report.original === undefined
      ? {}
      : {
          original: {
            format: report.original.format,
            sha256: report.original.sha256,
            size: report.original.size,
            archive: reason === null ? archivePath(report.original.sha256, `.${report.original.format}`) : null,
          },
        }),
    formVersion: report.formVersion ?? null,
  };
}

function unchanged(report: FileReport, outcome: IngestOutcome): IngestAction {
  return { report, outcome, entry: null, supersedes: null };
}

/** Same file judged the same way: recording it again would only add noise. */
function sameVerdict(previous: LedgerEntry, next: LedgerEntry): boolean {
  return (
    previous.decision === next.decision &&
    previous.reason === next.reason &&
    previous.unit === next.unit &&
    previous.status === next.status &&
    JSON.stringify(canonicalFindings(previous.findings)) === JSON.stringify(canonicalFindings(next.findings))
  );
}
