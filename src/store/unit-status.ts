// The rows of `baocao status`: where each expected unit stands for a period.
//
// Decision: the status shows the submission that counts. A unit with a current accepted file is
// "accepted" (or "accepted-with-warnings") even if it sent a rejected file afterwards; that later file is
// flagged in `laterRejected`, so the clerk can tell the unit its correction failed while the aggregate
// keeps using the good one. "rejected" means the unit has sent files but none was accepted.
import { compareDates, parseIsoDate, vietnamDateOf } from "../domain/calendar-date.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { isReviewRejectionOf } from "./current.js";
import type { LedgerEntry, ReviewDecision } from "./ledger-entry.js";

export type UnitSubmissionStatus = "accepted" | "accepted-with-warnings" | "rejected" | "missing";

export interface UnitStatus {
  readonly unit: string;
  readonly status: UnitSubmissionStatus;
  /** The line the status is about: the current accepted one, else the latest rejected one. */
  readonly entry: LedgerEntry | null;
  readonly received: string | null;
  readonly file: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** A file rejected after the current accepted one (the latest such), or null. */
  readonly laterRejected: LedgerEntry | null;
  /**
   * Accepted units: the first accepted file arrived after the deadline day (a late correction of an
   * on-time report is not late). Rejected units: even their first file arrived after it. Missing
   * units: false, since "missing" already says more.
   */
  readonly late: boolean;
  /** Lines in the ledger for this unit and period. */
  readonly submissions: number;
  /** The clerk's decision (`baocao review`) about the file the row is about, with when it was taken. */
  readonly review: (ReviewDecision & { readonly time: string }) | null;
}

export interface StatusTotals {
  readonly expected: number;
  readonly accepted: number;
  readonly acceptedWithWarnings: number;
  readonly rejected: number;
  readonly missing: number;
  readonly late: number;
  readonly laterRejected: number;
}

export interface StatusReport {
  readonly period: string;
  readonly deadline: string | null;
  /** One row per expected unit, in the order given. */
  readonly rows: UnitStatus[];
  /** Units that sent files for the period but are not expected (unknown or not asked), by code. */
  readonly unexpected: UnitStatus[];
  /** Lines with no unit code at all (unreadable files, forms without a code). */
  readonly unidentified: LedgerEntry[];
  /** Totals over the expected units only. */
  readonly totals: StatusTotals;
}

/** `deadline` is the last day to submit, "YYYY-MM-DD", counted in Vietnam time (UTC+7). */
export function unitStatuses(
  entries: readonly LedgerEntry[],
  period: string,
  expectedUnitCodes: readonly string[],
  deadline?: string,
): StatusReport {
  const deadlineDate = deadline === undefined ? null : parseIsoDate(deadline);
  if (deadline !== undefined && deadlineDate === null) throw new RangeError(`Invalid deadline date: ${deadline}`);

  const byUnit = new Map<string, LedgerEntry[]>();
  const unidentified: LedgerEntry[] = [];
  for (const entry of entries) {
    if (entry.period !== period) continue;
    if (entry.unit === null) unidentified.push(entry);
    else byUnit.set(entry.unit, [...(byUnit.get(entry.unit) ?? []), entry]);
  }

  const rows = expectedUnitCodes.map((unit) => statusOf(unit, byUnit.get(unit) ?? [], deadlineDate));
  const expected = new Set(expectedUnitCodes);
  const unexpected = [...byUnit.keys()]
    .filter((unit) => !expected.has(unit))
    .sort()
    .map((unit) => statusOf(unit, byUnit.get(unit) ?? [], deadlineDate));

  const count = (status: UnitSubmissionStatus) => rows.filter((row) => row.status === status).length;
  const totals: StatusTotals = {
    expected: rows.length,
    accepted: count("accepted"),
    acceptedWithWarnings: count("accepted-with-warnings"),
    rejected: count("rejected"),
    missing: count("missing"),
    late: rows.filter((row) => row.late).length,
    laterRejected: rows.filter((row) => row.laterRejected !== null).length,
  };
  return { period, deadline: deadline ?? null, rows, unexpected, unidentified, totals };
}

/** `lines` are one unit's lines for the period, in ledger order. */
function statusOf(unit: string, lines: readonly LedgerEntry[], deadline: CalendarDate | null): UnitStatus {
  const isLate = (entry: LedgerEntry | undefined) =>
    deadline !== null && entry !== undefined && compareDates(vietnamDateOf(new Date(entry.time)), deadline) > 0;

  // As in current.ts: the last accepted line, unless the clerk rejected that file since.
  let currentIndex = -1;
  lines.forEach((entry, index) => {
    if (entry.decision === "accepted") currentIndex = index;
    else if (isReviewRejectionOf(entry, lines[currentIndex])) currentIndex = -1;
  });
  const current = lines[currentIndex];
  if (current) {
    const laterRejected = lines.slice(currentIndex + 1).findLast((entry) => entry.decision === "rejected") ?? null;
    return {
      ...row(unit, current.warnings > 0 ? "accepted-with-warnings" : "accepted", current, lines.length, lines),
      laterRejected,
      late: isLate(lines.find((entry) => entry.decision === "accepted")),
    };
  }
  const latest = lines.at(-1);
  if (latest) return { ...row(unit, "rejected", latest, lines.length, lines), late: isLate(lines[0]) };
  return { ...row(unit, "missing", null, 0), late: false };
}

function row(
  unit: string,
  status: UnitSubmissionStatus,
  entry: LedgerEntry | null,
  submissions: number,
  lines: readonly LedgerEntry[] = [],
): UnitStatus {
  // A review line repeats the submission: the file was received when it was first ingested.
  const received = entry?.review
    ? (lines.find((line) => line.sha256 === entry.sha256 && line.review === undefined)?.time ?? entry.time)
    : (entry?.time ?? null);
  return {
    unit,
    status,
    entry,
    received,
    file: entry?.file ?? null,
    errors: entry?.errors ?? 0,
    warnings: entry?.warnings ?? 0,
    laterRejected: null,
    late: false,
    submissions,
    review: entry?.review ? { ...entry.review, time: entry.time } : null,
  };
}
