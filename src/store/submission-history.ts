// `baocao status --history` and the "Tiến độ nộp báo cáo" sheet of tong-hop.xlsx: for each expected unit
// and each period, whether its report came on time, late (by how many days), was rejected or never came,
// with each unit's on-time rate and each period's completeness (DHIS2's "reporting rate") and on-time
// rate. Pure: ledger entries in, a matrix out.
//
// A period's cell follows `baocao status` (unit-status.ts): a unit with an accepted file is on time when
// its first accepted file was received on or before the deadline day (Vietnam time; the time the ledger
// records, i.e. ingest's --received), else late by the calendar days after the deadline; "rejected"
// when it sent files and none was accepted (or a clerk rejected the current one by hand); "missing"
// when it sent nothing.
//
// Rates: completeness = units with an accepted report / expected units; on-time = units on time /
// expected units; a unit's on-time rate = periods on time / periods shown. A rate over nothing is null.
import { compareDates, parseIsoDate, toDayNumber, vietnamDateOf } from "../domain/calendar-date.js";
import type { LedgerEntry } from "./ledger-entry.js";
import { unitStatuses } from "./unit-status.js";

export type HistoryState = "on-time" | "late" | "rejected" | "missing";

export interface HistoryPeriod {
  /** "2023-H1" */
  readonly code: string;
  /** The last day to submit, "YYYY-MM-DD" (holidays counted). */
  readonly deadline: string;
}

export interface HistoryCell {
  readonly period: string;
  readonly state: HistoryState;
  /** Calendar days after the deadline day; 0 unless late. */
  readonly daysLate: number;
  /** When the file the state is about was received (ISO 8601), null when missing. */
  readonly received: string | null;
}

export interface HistoryUnitRow {
  readonly unit: string;
  /** One cell per period, in the order of `periods`. */
  readonly cells: HistoryCell[];
  readonly onTime: number;
  readonly late: number;
  readonly rejected: number;
  readonly missing: number;
  /** onTime / periods, or null with no periods. */
  readonly onTimeRate: number | null;
}

export interface HistoryPeriodSummary extends HistoryPeriod {
  readonly expected: number;
  /** Units with an accepted report (on time or late). */
  readonly received: number;
  readonly onTime: number;
  readonly late: number;
  readonly rejected: number;
  readonly missing: number;
  /** received / expected, or null with no expected units. */
  readonly completeness: number | null;
  /** onTime / expected, or null with no expected units. */
  readonly onTimeRate: number | null;
}

export interface SubmissionHistory {
  readonly periods: HistoryPeriodSummary[];
  readonly units: HistoryUnitRow[];
}

/**
 * A decision a clerk recorded by hand about a unit's submission (`baocao review`). Read from ledger lines
 * that carry `kind: "review"`; see reviewDecisions.
 */
interface ReviewDecision {
  readonly period: string;
  readonly unit: string;
  readonly decision: "accepted" | "rejected";
  readonly index: number;
}

/**
 * Ingest lines only: a line of a kind this code does not know (a later kind of entry) is left out, so
 * that it can neither count as a submission nor break the matrix.
 */
function isSubmission(entry: LedgerEntry): boolean {
  const kind = (entry as { kind?: unknown }).kind;
  return kind === undefined || kind === "ingest" || kind === "submission";
}

/** Hand decisions (`kind: "review"`, with decision accepted/accept or rejected/reject); others ignored. */
function reviewDecisions(entries: readonly LedgerEntry[]): ReviewDecision[] {
  return entries.flatMap((entry, index): ReviewDecision[] => {
    const line = entry as unknown as Record<string, unknown>;
    if (line.kind !== "review" || typeof line.period !== "string" || typeof line.unit !== "string") return [];
    const decision =
      line.decision === "rejected" || line.decision === "reject"
        ? "rejected"
        : line.decision === "accepted" || line.decision === "accept"
          ? "accepted"
          : null;
    return decision === null ? [] : [{ period: line.period, unit: line.unit, decision, index }];
  });
}

export function submissionHistory(
  entries: readonly LedgerEntry[],
  periods: readonly HistoryPeriod[],
  expectedUnitCodes: readonly string[],
): SubmissionHistory {
  const submissions = entries.filter(isSubmission);
  const reviews = reviewDecisions(entries);
  const columns = periods.map((period) => {
    const report = unitStatuses(submissions, period.code, expectedUnitCodes, period.deadline);
    const deadline = parseIsoDate(period.deadline)!;
    return report.rows.map((row): HistoryCell => {
      const lines = submissions.filter((e) => e.period === period.code && e.unit === row.unit);
      const lastAccepted = entries.findLastIndex(
        (e) => isSubmission(e) && e.period === period.code && e.unit === row.unit && e.decision === "accepted",
      );
      // The latest hand decision about this unit and period, if it comes after its current file.
      const review = reviews.findLast((r) => r.period === period.code && r.unit === row.unit);
      if (row.status === "missing") return { period: period.code, state: "missing", daysLate: 0, received: null };
      if (row.status === "rejected" || (review?.decision === "rejected" && review.index > lastAccepted)) {
        return { period: period.code, state: "rejected", daysLate: 0, received: row.received };
      }
      const first = lines.find((e) => e.decision === "accepted")!;
      const day = vietnamDateOf(new Date(first.time));
      const daysLate = Math.max(0, toDayNumber(day) - toDayNumber(deadline));
      return compareDates(day, deadline) > 0
        ? { period: period.code, state: "late", daysLate, received: first.time }
        : { period: period.code, state: "on-time", daysLate: 0, received: first.time };
    });
  });

  const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const count = (cells: readonly HistoryCell[], state: HistoryState) => cells.filter((c) => c.state === state).length;

  const units = expectedUnitCodes.map((unit, u): HistoryUnitRow => {
    const cells = columns.map((column) => column[u]!);
    const onTime = count(cells, "on-time");
    return {
      unit,
      cells,
      onTime,
      late: count(cells, "late"),
      rejected: count(cells, "rejected"),
      missing: count(cells, "missing"),
      onTimeRate: rate(onTime, cells.length),
    };
  });
  const summaries = periods.map((period, p): HistoryPeriodSummary => {
    const cells = columns[p]!;
    const onTime = count(cells, "on-time");
    const late = count(cells, "late");
    return {
      code: period.code,
      deadline: period.deadline,
      expected: cells.length,
      received: onTime + late,
      onTime,
      late,
      rejected: count(cells, "rejected"),
      missing: count(cells, "missing"),
      completeness: rate(onTime + late, cells.length),
      onTimeRate: rate(onTime, cells.length),
    };
  });
  return { periods: summaries, units };
}
