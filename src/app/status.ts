// The status use case: who has submitted for a period, who is missing, who was rejected, who was late.
import { join } from "node:path";
import { toIsoDate } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { periodLock, readLedger, unitStatuses } from "../store/index.js";
import type { StatusReport } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";

export interface StatusResult extends StatusReport {
  label: string;
  /** The period's lock (`baocao lock`): who locked it and when; null when it is open. */
  lock: { by: string; time: string; note: string | null } | null;
  /** Unit code → name, for display (not in --json). */
  names: Record<string, string>;
}

export function status(workspace: Workspace, period: Period): StatusResult {
  const { config } = workspace;
  const context = periodContext(config, period);
  const ledger = readLedger(join(workspace.dir, "store"));
  const report = unitStatuses(
    ledger.entries,
    context.code,
    config.units.map((unit) => unit.code),
    toIsoDate(context.deadline),
  );
  const lock = periodLock(ledger.locks, context.code);
  return {
    ...report,
    label: context.label,
    lock: lock === null ? null : { by: lock.by, time: lock.time, note: lock.note },
    names: Object.fromEntries(config.units.map((unit) => [unit.code, unit.name])),
  };
}
