// The aggregate use case: totals, breakdowns, comparison with the same period a year earlier and the
// source of every figure, from the ledger's current accepted submissions. Writes out/<period>/aggregate.json
// (with its basis: the configuration and the ledger it was made from) and tong-hop.xlsx.
import { join, relative, resolve } from "node:path";
import { aggregate, aggregateBasis, aggregateJsonPieces } from "../aggregate/index.js";
import type { AggregateFile, AggregateWarning, SubmissionInput } from "../aggregate/index.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { toIsoDate } from "../domain/calendar-date.js";
import { INCIDENT_HEADERS } from "../domain/form-contract.js";
import type { Period } from "../domain/period/index.js";
import { periodCode, previousPeriod } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { UserError } from "../errors.js";
import { writeSummaryWorkbook } from "../forms/summary/index.js";
import { validateFiles } from "../intake/index.js";
import type { Submission } from "../intake/index.js";
import { workerCount } from "../intake/parallel/warm.js";
import { writeFileAtomic, writeFileAtomicPieces } from "../io/write-atomic.js";
import {
  acceptedPeriods,
  currentSubmissions,
  ledgerPath,
  parseLedger,
  readArchive,
  readLedgerBytes,
  readRecordedValues,
  SharedValues,
  unitStatuses,
} from "../store/index.js";
import type { LedgerEntry, ParsedLedger } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import { historyOf } from "./status-history.js";

export interface AggregateOptions {
  cwd: string;
  /** The folder to write to (relative to cwd); default out/<period>/ of the workspace. */
  out?: string;
  /** Today (submissions dated after it are flagged). */
  today: CalendarDate;
  /** Submissions read back from the archive so far, of all (a progress bar on a terminal). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface AggregateResult {
  aggregate: AggregateFile;
  /** The files written, relative to cwd. */
  files: { json: string; workbook: string };
}

export async function aggregateToFiles(
  workspace: Workspace,
  period: Period,
  options: AggregateOptions,
): Promise<AggregateResult> {
  // The ledger read and parsed once, for the aggregate and for the timeliness sheet.
  const ledger = readLedgerWithText(workspace);
  const result = await aggregateFrom(workspace, ledger, period, options.today, options.onProgress);
  const dir =
    options.out === undefined ? join(workspace.dir, "out", periodCode(period)) : resolve(options.cwd, options.out);
  const json = join(dir, "aggregate.json");
  const workbook = join(dir, "tong-hop.xlsx");
  // Timeliness over the periods up to this one, for the "Tiến độ nộp báo cáo" sheet.
  const history = historyOf(workspace.config, ledger.ledger.entries, { to: period });
  // The workbook made while aggregate.json is written: its deflating runs on libuv's thread pool, and this
  // thread encodes the JSON meanwhile (writeFileAtomicPieces lets the workbook's steps run between its
  // batches). Written in the same order as before: the workbook only once aggregate.json is in place, not
  // at all when it could not be written.
  const made = writeSummaryWorkbook(result, workspace.config, period, history);
  made.catch(() => {}); // awaited below, after the JSON; not an unhandled rejection meanwhile
  await writeFileAtomicPieces(json, aggregateJsonPieces(result));
  writeFileAtomic(workbook, await made);
  return {
    aggregate: result,
    files: { json: relative(options.cwd, json) || json, workbook: relative(options.cwd, workbook) || workbook },
  };
}

/** The ledger and the hash of the very text parsed (empty when there is no ledger yet). */
export function readLedgerWithText(workspace: Workspace): { ledger: ParsedLedger; text: Buffer } {
  const path = ledgerPath(join(workspace.dir, "store"));
  const text = readLedgerBytes(path);
  if (text === null) return { ledger: { entries: [], locks: [], torn: null }, text: Buffer.alloc(0) };
  return { ledger: parseLedger(text.toString("utf8"), path), text };
}

/** The aggregate of a period from the workspace's store, with its basis. */
export async function computeAggregate(
  workspace: Workspace,
  period: Period,
  today: CalendarDate,
  onProgress?: (done: number, total: number) => void,
): Promise<AggregateFile> {
  return aggregateFrom(workspace, readLedgerWithText(workspace), period, today, onProgress);
}

/** computeAggregate from the ledger as read (readLedgerWithText). */
async function aggregateFrom(
  workspace: Workspace,
  { ledger, text }: { ledger: ParsedLedger; text: Buffer },
  period: Period,
  today: CalendarDate,
  onProgress?: (done: number, total: number) => void,
): Promise<AggregateFile> {
  const { config } = workspace;
  const context = periodContext(config, period);
  // The values repeating across incidents held once, this period's and last year's (store/values.ts).
  const shared = new SharedValues();
  // The basis made once: its configuration hash is also the key of the recorded values (loadCurrent).
  const basis = aggregateBasis(config, text);
  const { inputs: current, unlisted } = await loadCurrent(workspace, ledger.entries, period, today, shared, {
    config: basis.config,
    onProgress,
  });
  if (current.length === 0) {
    // Say what the store does hold: a wrong --period is the usual cause.
    const held = acceptedPeriods(ledger.entries).filter((code) => code !== context.code);
    throw new UserError("aggregate/no-submissions", { period: context.code, held: held.join(", ") }, 1);
  }
  const { inputs: previous } = await loadCurrent(workspace, ledger.entries, previousPeriod(period), today, shared, {
    config: basis.config,
  });
  const statuses = unitStatuses(
    ledger.entries,
    context.code,
    config.units.map((u) => u.code),
    toIsoDate(context.deadline),
  );
  const result = aggregate({
    config,
    period,
    window: context.window,
    current,
    previous,
    rejected: statuses.rows.filter((row) => row.status === "rejected").map((row) => row.unit),
    late: statuses.rows.filter((row) => row.late).map((row) => row.unit),
  });
  return {
    ...result,
    warnings: [...result.warnings, ...unlistedWarnings(workspace, unlisted)],
    reviews: [...statuses.rows, ...statuses.unexpected].flatMap((row) =>
      row.review === null ? [] : [{ unit: row.unit, ...row.review }],
    ),
    basis,
  };
}

/** An incident value of a list that the configuration no longer has (renamed or removed since ingest). */
interface UnlistedValue {
  unit: string;
  list: string;
  value: string;
}

/**
 * One warning per list and value no longer in baocao.yaml, with the incidents counted (they fall under
 * "(không ghi)" in the breakdowns): renaming a Hành vi after ingest must not move incidents silently.
 * Units no longer in the configuration are left out of the aggregate, so their values are not counted.
 */
function unlistedWarnings(workspace: Workspace, unlisted: readonly UnlistedValue[]): AggregateWarning[] {
  const units = workspace.config.units.map((unit) => unit.code);
  const lists: string[] = [
    INCIDENT_HEADERS.area,
    INCIDENT_HEADERS.field,
    INCIDENT_HEADERS.behavior,
    INCIDENT_HEADERS.handling,
  ];
  const groups = new Map<string, { list: string; value: string; count: number; units: Set<string> }>();
  for (const item of unlisted) {
    if (!units.includes(item.unit)) continue;
    const key = JSON.stringify([item.list, item.value]);
    const group = groups.get(key) ?? { list: item.list, value: item.value, count: 0, units: new Set<string>() };
    group.count += 1;
    group.units.add(item.unit);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort(
      (a, b) => lists.indexOf(a.list) - lists.indexOf(b.list) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    )
    .map((group) => ({
      code: "list/value-not-in-config",
      indicator: null,
      units: units.filter((unit) => group.units.has(unit)),
      list: group.list,
      value: group.value,
      count: group.count,
    }));
}

/** Reads the current accepted submissions of `period` back from the archive (validated in parallel). */
async function loadCurrent(
  workspace: Workspace,
  entries: readonly LedgerEntry[],
  period: Period,
  today: CalendarDate,
  shared: SharedValues,
  /** config: the configuration's hash (aggregateBasis), the key of the recorded values. */
  { config, onProgress }: { config: string; onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<{ inputs: SubmissionInput[]; unlisted: UnlistedValue[] }> {
  const context = { config: workspace.config, expectedPeriod: period, today };
  const storeDir = join(workspace.dir, "store");
  const archived: { unit: string; file: string; archive: string; bytes: Buffer; recorded: Submission | null }[] = [];
  for (const [unit, entry] of currentSubmissions(entries, periodCode(period))) {
    if (entry.archive === null) continue;
    // Checked against the ledger (size, SHA-256): a damaged archive stops the command rather than
    // silently dropping the unit or crediting it with another unit's figures.
    const bytes = readArchive(storeDir, entry);
    // The values ingest recorded for this very archive, period and configuration; else the form is read.
    const recorded = readRecordedValues(storeDir, { sha256: entry.sha256, period: entry.period, config }, shared);
    archived.push({ unit, file: entry.file, archive: entry.archive, bytes, recorded });
  }
  const toRead = archived.filter((item) => item.recorded === null);
  const fromRecords = archived.length - toRead.length;
  // In this thread unless BAOCAO_WORKERS says otherwise: here every incident read must come back from a
  // worker, and copying 100.000 of them costs about what the second core saves (measured: the same wall
  // time, 100 MB more memory).
  const read = await validateFiles(
    toRead.map(({ file, bytes }) => ({ file, bytes })),
    context,
    {
      workers: workerCount() ?? 1,
      ...(onProgress === undefined
        ? {}
        : { onFileDone: (done: number) => onProgress(fromRecords + done, archived.length) }),
    },
  );
  if (onProgress !== undefined && fromRecords > 0 && toRead.length === 0) onProgress(archived.length, archived.length);
  const validated = new Map(toRead.map((item, index) => [item, read[index]!]));
  const inputs = archived.flatMap((item) => {
    const submission = item.recorded ?? validated.get(item)!.submission;
    return submission === null ? [] : [{ unit: item.unit, file: item.file, archive: item.archive, submission }];
  });
  // Accepted files had no unknown list value when they were ingested: any now is a value the
  // configuration renamed or removed since (a recorded submission was validated against this very
  // configuration, so it has none).
  const unlisted = toRead.flatMap((item) =>
    validated
      .get(item)!
      .report.findings.flatMap((finding) =>
        finding.code === "list/unknown-value" && finding.value !== null && typeof finding.params.list === "string"
          ? [{ unit: item.unit, list: finding.params.list, value: String(finding.value) }]
          : [],
      ),
  );
  return { inputs, unlisted };
}
