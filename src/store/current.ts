// Which submission counts: for each unit, the last accepted line of the period in ledger order. Line
// order, not `time`, decides, so a clock set wrong on the clerk's computer cannot reorder submissions.
// A rejected file never displaces an accepted one: the unit's last good report still stands. The one
// exception is the clerk's own rejection (`baocao review --reject`, reason "reviewer"): it takes that very
// file out, and the unit has no current submission until it sends another.
import type { LedgerEntry } from "./ledger-entry.js";

export function currentSubmissions(entries: readonly LedgerEntry[], period: string): Map<string, LedgerEntry> {
  const current = new Map<string, LedgerEntry>();
  for (const entry of entries) {
    if (entry.period !== period || entry.unit === null) continue;
    if (entry.decision === "accepted") current.set(entry.unit, entry);
    else if (isReviewRejectionOf(entry, current.get(entry.unit))) current.delete(entry.unit);
  }
  return current;
}

/** A clerk's rejection of the given (current) submission. */
export function isReviewRejectionOf(entry: LedgerEntry, current: LedgerEntry | undefined): boolean {
  return entry.reason === "reviewer" && current !== undefined && current.sha256 === entry.sha256;
}

/**
 * The latest line of any decision per unit: the validation a feedback letter should quote. A review line
 * (`baocao review`) is given the time its file was first received, since it repeats that submission.
 */
export function latestSubmissions(entries: readonly LedgerEntry[], period: string): Map<string, LedgerEntry> {
  const latest = new Map<string, LedgerEntry>();
  for (const entry of entries) {
    if (entry.period === period && entry.unit !== null) latest.set(entry.unit, entry);
  }
  for (const [unit, entry] of latest) {
    if (entry.review === undefined) continue;
    const received = entries.find((line) => line.period === period && line.sha256 === entry.sha256 && !line.review);
    if (received) latest.set(unit, { ...entry, time: received.time });
  }
  return latest;
}

/** The periods with at least one accepted submission, sorted: what `aggregate` could work on. */
export function acceptedPeriods(entries: readonly LedgerEntry[]): string[] {
  const periods = new Set<string>();
  for (const entry of entries) {
    if (entry.decision === "accepted" && entry.unit !== null) periods.add(entry.period);
  }
  // Codes sort by year first ("2022-H1" < "2023" < "2023-H1"), which is what a reader scans for.
  return [...periods].sort();
}
