// `baocao status --history`: timeliness and completeness across periods (store/submission-history.ts),
// for the periods the ledger knows, bounded by --from/--to; aggregate writes the same into tong-hop.xlsx.
import { join } from "node:path";
import { compareDates, toIsoDate } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { dataWindow, followingPeriod, parsePeriod, periodCode } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { UserError } from "../errors.js";
import { readLedger, submissionHistory } from "../store/index.js";
import type { LedgerEntry, SubmissionHistory } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import type { WorkspaceConfig } from "../workspace/schema.js";

export interface StatusHistoryOptions {
  readonly from?: Period | undefined;
  readonly to?: Period | undefined;
}

export interface StatusHistoryResult extends SubmissionHistory {
  /** The periods' labels ("6 tháng đầu năm 2023"), by code, for display (not in --json). */
  readonly labels: Record<string, string>;
  /** Unit code → name, for display (not in --json). */
  readonly names: Record<string, string>;
}

export function statusHistory(workspace: Workspace, options: StatusHistoryOptions = {}): StatusHistoryResult {
  const ledger = readLedger(join(workspace.dir, "store"));
  return historyOf(workspace.config, ledger.entries, options);
}

/** The history over `entries` (the ledger, already read), e.g. for aggregate's sheet. */
export function historyOf(
  config: WorkspaceConfig,
  entries: readonly LedgerEntry[],
  options: StatusHistoryOptions,
): StatusHistoryResult {
  const periods = historyPeriods(config, entries, options);
  const contexts = periods.map((period) => periodContext(config, period));
  const history = submissionHistory(
    entries,
    contexts.map((context) => ({ code: context.code, deadline: toIsoDate(context.deadline) })),
    config.units.map((unit) => unit.code),
  );
  return {
    ...history,
    labels: Object.fromEntries(contexts.map((context) => [context.code, context.label])),
    names: Object.fromEntries(config.units.map((unit) => [unit.code, unit.name])),
  };
}

// A hand-edited ledger or a long run of empty periods should not make a matrix of thousands of columns.
const MAX_PERIODS = 240;

/**
 * The periods of the matrix, oldest first: those the ledger has lines for, plus --from and --to, within
 * --from … --to (by the day each period starts); between two periods of one kind, the periods of that
 * kind nobody submitted for are filled in (a period where every unit is missing still counts).
 */
export function historyPeriods(
  config: WorkspaceConfig,
  entries: readonly LedgerEntry[],
  options: StatusHistoryOptions,
): Period[] {
  const start = (period: Period) => dataWindow(period, config.periods.rule).from;
  if (options.from && options.to && compareDates(start(options.from), start(options.to)) > 0) {
    throw new UserError("period/from-after-to", { from: periodCode(options.from), to: periodCode(options.to) });
  }
  const within = (period: Period) =>
    (options.from === undefined || compareDates(start(period), start(options.from)) >= 0) &&
    (options.to === undefined || compareDates(start(period), start(options.to)) <= 0);
  const byCode = new Map<string, Period>();
  const add = (period: Period) => {
    if (within(period)) byCode.set(periodCode(period), period);
  };
  for (const entry of entries) {
    const period = typeof entry.period === "string" ? parsePeriod(entry.period) : null;
    // Only lines whose period reads back to the same code (a period code, not some other text).
    if (period !== null && periodCode(period) === entry.period) add(period);
  }
  if (options.from) add(options.from);
  if (options.to) add(options.to);

  for (const kind of ["year", "half", "quarter", "month"] as const) {
    const ofKind = [...byCode.values()].filter((period) => period.kind === kind).sort(byStart);
    const first = ofKind[0];
    const last = ofKind.at(-1);
    if (!first || !last) continue;
    let period = first;
    for (let steps = 0; steps < MAX_PERIODS && compareDates(start(period), start(last)) < 0; steps += 1) {
      period = followingPeriod(period);
      add(period);
    }
  }
  const sorted = [...byCode.values()].sort(byStart);
  return sorted.slice(Math.max(0, sorted.length - MAX_PERIODS));

  function byStart(a: Period, b: Period): number {
    return compareDates(start(a), start(b)) || periodCode(a).localeCompare(periodCode(b));
  }
}
