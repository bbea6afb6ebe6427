// The lock use case (`baocao lock --period P`): freezes the period's accepted submissions. Later ingest
// and review for the period are refused unless given `--unlock "reason"`, which is recorded.
import { join } from "node:path";
import type { Period } from "../domain/period/index.js";
import { periodCode } from "../domain/period/index.js";
import { appendLedger, currentSubmissions, periodLock, readLedger, withStoreLock } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import { currentUser } from "./who.js";

export interface LockPeriodOptions {
  note?: string;
  by?: string;
  now: Date;
}

export interface LockResult {
  period: string;
  /** Already locked: nothing was written; who locked it and when. */
  alreadyLocked: boolean;
  by: string;
  time: string;
  /** The accepted submissions frozen, by unit. */
  units: { unit: string; sha256: string; file: string }[];
}

export async function lockPeriod(
  workspace: Workspace,
  period: Period,
  options: LockPeriodOptions,
): Promise<LockResult> {
  const code = periodCode(period);
  const by = options.by ?? currentUser();
  const storeDir = join(workspace.dir, "store");
  return withStoreLock(storeDir, () => {
    const ledger = readLedger(storeDir);
    const current = [...currentSubmissions(ledger.entries, code).values()].sort((a, b) =>
      (a.unit ?? "").localeCompare(b.unit ?? ""),
    );
    const units = current.map((entry) => ({ unit: entry.unit!, sha256: entry.sha256, file: entry.file }));
    const existing = periodLock(ledger.locks, code);
    if (existing !== null) return { period: code, alreadyLocked: true, by: existing.by, time: existing.time, units };
    const time = options.now.toISOString();
    const note = options.note?.trim() ? options.note.trim() : null;
    appendLedger(storeDir, [
      { v: 1, kind: "lock", time, period: code, by, note, units: units.map(({ unit, sha256 }) => ({ unit, sha256 })) },
    ]);
    return { period: code, alreadyLocked: false, by, time, units };
  });
}
