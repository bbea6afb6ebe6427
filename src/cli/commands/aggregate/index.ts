// `baocao aggregate --period P [--json] [--out DIR]`: totals, breakdowns, comparison with the same period
// a year earlier and the source of every figure, from the ledger's current accepted submissions.
// Writes out/<period>/aggregate.json and tong-hop.xlsx.
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { aggregate, aggregateJsonPieces } from "../../../aggregate/index.js";
import type { Aggregate, SubmissionInput } from "../../../aggregate/index.js";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { parseIsoDate, toIsoDate, vietnamDateOf } from "../../../domain/calendar-date.js";
import type { Period } from "../../../domain/period/index.js";
import { dataWindow, periodCode, previousPeriod, submissionDeadline } from "../../../domain/period/index.js";
import { UserError } from "../../../errors.js";
import { writeSummaryWorkbook } from "../../../forms/summary/index.js";
import { validateFiles } from "../../../intake/index.js";
import { writeFileAtomic } from "../../../io/write-atomic.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import { acceptedPeriods, currentSubmissions, readLedger, unitStatuses } from "../../../store/index.js";
import type { LedgerEntry } from "../../../store/index.js";
import { formatNumber, toEnglishNotation } from "../../../vn/numbers.js";
import { describeChange } from "../../../vn/change.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import type { Workspace } from "../../../workspace/read.js";
import type { Output } from "../../output.js";
import { parsePeriodOption, workerCount } from "../validate/index.js";

export interface AggregateOptions {
  cwd: string;
  workspace?: string;
  period: string;
  out?: string;
  lang: Lang;
}

export interface AggregateResult {
  aggregate: Aggregate;
  files: { json: string; workbook: string };
}

/** Reads the current accepted submissions of `period` back from the archive (validated in parallel). */
async function loadCurrent(workspace: Workspace, entries: readonly LedgerEntry[], period: Period, today: CalendarDate): Promise<SubmissionInput[]> {
  const context = { config: workspace.config, expectedPeriod: period, today };
  const archived: { unit: string; file: string; archive: string; bytes: Buffer }[] = [];
  for (const [unit, entry] of currentSubmissions(entries, periodCode(period))) {
    if (entry.archive === null) continue;
    try {
      archived.push({ unit, file: entry.file, archive: entry.archive, bytes: readFileSync(join(workspace.dir, "store", entry.archive)) });
    } catch {
      throw new UserError("store/archive-missing", { unit, file: entry.file, archive: join("store", entry.archive) });
    }
  }
  // In this thread unless BAOCAO_WORKERS says otherwise: here every incident read must come back from a
  // worker, and copying 100.000 of them costs about what the second core saves (measured: the same wall
  // time, 100 MB more memory).
  const validated = await validateFiles(archived.map(({ file, bytes }) => ({ file, bytes })), context, { workers: workerCount() ?? 1 });
  return archived.flatMap(({ unit, file, archive }, index) => {
    const { submission } = validated[index]!;
    return submission === null ? [] : [{ unit, file, archive, submission }];
  });
}

/** The aggregate of a period from the workspace's store; shared with `report`. */
export async function computeAggregate(workspace: Workspace, period: Period): Promise<Aggregate> {
  const { config } = workspace;
  const ledger = readLedger(join(workspace.dir, "store"));
  const today = vietnamDateOf(new Date());
  const current = await loadCurrent(workspace, ledger.entries, period, today);
  if (current.length === 0) {
    // Say what the store does hold: a wrong --period is the usual cause.
    const held = acceptedPeriods(ledger.entries).filter((code) => code !== periodCode(period));
    throw new UserError("aggregate/no-submissions", { period: periodCode(period), held: held.join(", ") }, 1);
  }
  const previous = await loadCurrent(workspace, ledger.entries, previousPeriod(period), today);
  const window = dataWindow(period, config.periods.rule);
  const holidays = config.periods.holidays.map(parseIsoDate).filter((d): d is CalendarDate => d !== null);
  const deadline = submissionDeadline(window, { ...config.periods.deadline, holidays });
  const statuses = unitStatuses(ledger.entries, periodCode(period), config.units.map((u) => u.code), toIsoDate(deadline));
  return aggregate({
    config,
    period,
    window,
    current,
    previous,
    rejected: statuses.rows.filter((row) => row.status === "rejected").map((row) => row.unit),
    late: statuses.rows.filter((row) => row.late).map((row) => row.unit),
  });
}

export async function runAggregate(options: AggregateOptions): Promise<AggregateResult> {
  const period = parsePeriodOption(options.period)!;
  const workspace = readWorkspace(resolveWorkspaceDir(options.workspace, options.cwd));
  const result = await computeAggregate(workspace, period);
  const dir = options.out === undefined ? join(workspace.dir, "out", periodCode(period)) : resolve(options.cwd, options.out);
  const json = join(dir, "aggregate.json");
  const workbook = join(dir, "tong-hop.xlsx");
  writeFileAtomic(json, aggregateJsonPieces(result));
  writeFileAtomic(workbook, await writeSummaryWorkbook(result, workspace.config, period));
  return { aggregate: result, files: { json: relative(options.cwd, json) || json, workbook: relative(options.cwd, workbook) || workbook } };
}

export function printAggregate(result: AggregateResult, output: Output): void {
  if (output.settings.json) {
    // The same text as aggregate.json, without building it whole.
    output.jsonPieces(aggregateJsonPieces(result.aggregate));
    return;
  }
  const m = messages(output.settings.lang).aggregate;
  const a = result.aggregate;
  const { out } = output;
  const lines = [
    out.bold(m.title({ label: a.label, submitted: a.units.submitted.length, expected: a.units.expected.length })),
  ];
  if (a.units.missing.length > 0) lines.push(out.yellow(m.missing({ units: a.units.missing.join(", ") })));
  lines.push("");
  const lang = output.settings.lang;
  // English output writes figures the English way (1,250,000); documents stay Vietnamese.
  const figure = (value: number) => (lang === "en" ? toEnglishNotation(formatNumber(value)) : formatNumber(value));
  for (const indicator of a.indicators) {
    const total = indicator.total === null ? "—" : figure(indicator.total);
    const change = indicator.total === null ? "" : describeChange(indicator.total, indicator.previous, indicator.unit, { lang });
    lines.push(`  ${indicator.code}  ${indicator.name.slice(0, 60).padEnd(60)} ${total.padStart(14)} ${indicator.unit.padEnd(16)} ${change}`);
  }
  lines.push("", m.incidents({ count: a.incidents.count, damage: figure(a.incidents.damage), fines: figure(a.incidents.fines) }));
  for (const warning of a.warnings) {
    const params = { indicator: warning.indicator ?? "", units: warning.units.join(", ") };
    const text = warning.code === "previous/disagree" ? m.previousDisagree(params) : warning.code === "previous/incomplete" ? m.previousIncomplete(params) : m.unitNotInConfig(params);
    lines.push(out.yellow(text));
  }
  lines.push("", m.written({ json: result.files.json, workbook: result.files.workbook }));
  output.result(lines.join("\n"));
}

