// The status use case: who has submitted for a period, who is missing, who was rejected, who was late.
import { join } from "node:path";
import { toIsoDate } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { readLedger, unitStatuses } from "../store/index.js";
import type { StatusReport } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";

export interface StatusResult extends StatusReport {
  label: string;
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
  return {
    ...report,
    label: context.label,
    names: Object.fromEntries(config.units.map((unit) => [unit.code, unit.name])),
  };
}
