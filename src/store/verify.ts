// `baocao doctor --store`: every archive the ledger points to, checked against its line (exists, size,
// SHA-256), and the lock. Reads only: nothing is repaired or removed (re-ingesting the unit's file restores
// a damaged archive).
import { checkArchive } from "./archive.js";
import type { ArchiveProblem } from "./archive.js";
import { currentSubmissions } from "./current.js";
import type { LedgerEntry } from "./ledger-entry.js";

export type DamagedArchive = {
  readonly unit: string | null;
  readonly period: string;
  /** The file as received (ledger "file"). */
  readonly file: string;
  /** Relative to the store folder. */
  readonly archive: string;
  /** Whether it is the current submission of its unit and period (what aggregate and report read). */
  readonly current: boolean;
} & ArchiveProblem;

export interface ArchiveVerification {
  /** Distinct archives checked (a file accepted in two periods is one archive). */
  readonly checked: number;
  readonly damaged: DamagedArchive[];
}

export function verifyArchives(storeDir: string, entries: readonly LedgerEntry[]): ArchiveVerification {
  const periods = new Set(entries.map((entry) => entry.period));
  const current = new Set<LedgerEntry>();
  for (const period of periods) for (const entry of currentSubmissions(entries, period).values()) current.add(entry);

  // The latest line of each archive speaks for it. A converted submission has two: the .xlsx read, and the
  // .xls/.ods/.xlsb as received (`original`), checked against its own size and SHA-256.
  const byArchive = new Map<string, { entry: LedgerEntry; archive: string; sha256: string; size: number }>();
  for (const entry of entries) {
    if (entry.archive !== null)
      byArchive.set(`${entry.archive} ${entry.sha256}`, {
        entry,
        archive: entry.archive,
        sha256: entry.sha256,
        size: entry.size,
      });
    const original = entry.original;
    if (original?.archive != null)
      byArchive.set(`${original.archive} ${original.sha256}`, {
        entry,
        archive: original.archive,
        sha256: original.sha256,
        size: original.size,
      });
  }
  const damaged: DamagedArchive[] = [];
  for (const { entry, ...stored } of byArchive.values()) {
    const checked = checkArchive(storeDir, stored);
    if (checked.ok) continue;
    const { ok: _ok, ...problem } = checked;
    damaged.push({
      unit: entry.unit,
      period: entry.period,
      file: entry.file,
      archive: stored.archive,
      current: entries.some((line) => current.has(line) && line.archive === entry.archive),
      ...problem,
    });
  }
  return { checked: byArchive.size, damaged };
}
