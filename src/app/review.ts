// The review use case (`baocao review <UNIT> --period P --accept|--reject --note "…"`): the clerk's own
// decision about a unit's current submission, written as a ledger line (store/ledger-entry.ts `review`).
// Accept: the submission stays current and carries the note (status, aggregate, letters show it). Reject:
// it is taken out of the aggregate until the unit sends another file (store/current.ts).
import { join } from "node:path";
import { UserError } from "../errors.js";
import type { Period } from "../domain/period/index.js";
import { periodCode } from "../domain/period/index.js";
import { appendLedger, currentSubmissions, readLedger, unlockLines, withStoreLock } from "../store/index.js";
import type { LedgerEntry } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import { currentUser } from "./who.js";

export interface ReviewOptions {
  unit: string;
  action: "accept" | "reject";
  note: string;
  /** Defaults to the user logged in. */
  by?: string;
  now: Date;
  /** `--unlock "reason"`: review in a locked period, recording why. */
  unlock?: string;
}

export interface ReviewResult {
  period: string;
  unit: string;
  action: "accept" | "reject";
  /** The submission decided on (as received) and its sha256. */
  file: string;
  sha256: string;
  by: string;
  time: string;
  note: string;
  warnings: number;
  /** The period was locked and `--unlock` opened it: the reason recorded; else null. */
  unlocked: string | null;
}

export async function review(workspace: Workspace, period: Period, options: ReviewOptions): Promise<ReviewResult> {
  const code = periodCode(period);
  const note = options.note.trim();
  if (note === "") throw new UserError("review/no-note", {});
  const unit = options.unit.toUpperCase();
  if (!workspace.config.units.some((known) => known.code === unit)) {
    throw new UserError("review/unknown-unit", { unit: options.unit });
  }
  const by = options.by ?? currentUser();
  const storeDir = join(workspace.dir, "store");
  return withStoreLock(storeDir, () => {
    const ledger = readLedger(storeDir);
    const unlock = unlockLines(ledger.locks, code, { reason: options.unlock, by, now: options.now });
    const current = currentSubmissions(ledger.entries, code).get(unit);
    if (current === undefined) throw new UserError("review/no-submission", { unit, period: code });
    const entry: LedgerEntry = {
      ...current,
      time: options.now.toISOString(),
      supersedes: null,
      review: { action: options.action, by, note },
      ...(options.action === "reject" ? { decision: "rejected", reason: "reviewer", archive: null } : {}),
    };
    appendLedger(storeDir, [...unlock, entry]);
    return {
      period: code,
      unit,
      action: options.action,
      file: current.file,
      sha256: current.sha256,
      by,
      time: entry.time,
      note,
      warnings: current.warnings,
      unlocked: unlock[0]?.note ?? null,
    };
  });
}
