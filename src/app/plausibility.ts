// Plausibility against history for validate and ingest: gathers each file's history from the store (the
// ledger's current accepted submissions of the same period last year and of the previous period, read back
// from the archive) and the figures of the same-kind units this period (the files checked together, and the
// store's accepted submissions of the period), then runs the pure checks of domain/plausibility.ts.
import { join } from "node:path";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Finding } from "../domain/findings.js";
import type { Period } from "../domain/period/index.js";
import { parsePeriod, periodCode, precedingPeriod, previousPeriod } from "../domain/period/index.js";
import { checkPlausibility } from "../domain/plausibility.js";
import type { PlausibilityValue } from "../domain/plausibility.js";
import type { Submission } from "../intake/index.js";
import { validateFiles } from "../intake/index.js";
import { workerCount } from "../intake/parallel/warm.js";
import { aggregateBasis } from "../aggregate/basis.js";
import {
  currentSubmissions,
  ledgerPath,
  parseLedger,
  readArchive,
  readLedgerBytes,
  readRecordedValues,
} from "../store/index.js";
import type { LedgerEntry } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";

/** A file checked this run: its unit, period and figures (null: not read as a form). */
export interface CheckedSubmission {
  unit: string | null;
  period: string | null;
  submission: Submission | null;
}

/** Figures by unit, then by indicator code. */
type Figures = Map<string, Map<string, number>>;

/** The plausibility findings of each file (in the order of `files`; empty when none or not checked). */
export async function plausibilityFindings(
  workspace: Workspace,
  files: readonly CheckedSubmission[],
  today: CalendarDate,
): Promise<Finding[][]> {
  const { config } = workspace;
  const none = files.map((): Finding[] => []);
  if (!config.plausibility.enabled) return none;
  const checked = files.filter((file) => file.submission !== null && file.unit !== null && file.period !== null);
  if (checked.length === 0) return none;

  const entries = readEntries(workspace);
  // Every period a figure may be compared with, read from the archive once.
  const figures = new Map<string, Figures>();
  const wanted = new Map<string, { period: Period; units: Set<string> }>();
  const want = (period: Period, units: readonly string[]) => {
    const code = periodCode(period);
    const slot = wanted.get(code) ?? { period, units: new Set<string>() };
    for (const unit of units) slot.units.add(unit);
    wanted.set(code, slot);
  };
  for (const file of checked) {
    const period = parsePeriod(file.period!);
    if (period === null) continue;
    want(previousPeriod(period), [file.unit!]);
    want(precedingPeriod(period), [file.unit!]);
    // The period's own accepted submissions: peers for a file that comes alone (a late unit).
    want(
      period,
      config.units.map((unit) => unit.code),
    );
  }
  if (entries.length > 0) {
    for (const [code, { period, units }] of wanted)
      figures.set(code, await readFigures(workspace, entries, period, units, today));
  }

  return files.map((file) => {
    if (file.submission === null || file.unit === null || file.period === null) return [];
    const period = parsePeriod(file.period);
    const unit = config.units.find((candidate) => candidate.code === file.unit);
    if (period === null || unit === undefined) return [];
    const code = periodCode(period);
    // Peers: same-kind units this period, the files of this run first, then the store's.
    const peerFigures = new Map<string, Map<string, number>>(figures.get(code) ?? []);
    for (const other of checked) {
      if (other.period !== file.period || other.submission === null) continue;
      peerFigures.set(other.unit!, valuesOf(other.submission));
    }
    const peers = new Map<string, number[]>();
    const compared = config.plausibility.outlierKinds.includes(unit.kind);
    for (const [other, values] of compared ? peerFigures : []) {
      if (other === unit.code) continue;
      if (config.units.find((candidate) => candidate.code === other)?.kind !== unit.kind) continue;
      for (const [indicator, value] of values) peers.set(indicator, [...(peers.get(indicator) ?? []), value]);
    }
    const values: PlausibilityValue[] = file.submission.indicators.map((indicator) => ({
      code: indicator.code,
      current: indicator.current,
      note: indicator.note,
      ref: indicator.currentRef,
    }));
    return checkPlausibility({
      indicators: config.indicators,
      values,
      lastYear: figures.get(periodCode(previousPeriod(period)))?.get(unit.code) ?? new Map(),
      previous: figures.get(periodCode(precedingPeriod(period)))?.get(unit.code) ?? new Map(),
      peers,
      settings: config.plausibility,
    });
  });
}

/** The ledger's entries; none when there is no ledger, or one that cannot be read (ingest and doctor say why). */
function readEntries(workspace: Workspace): LedgerEntry[] {
  const path = ledgerPath(join(workspace.dir, "store"));
  try {
    const text = readLedgerBytes(path);
    return text === null ? [] : parseLedger(text.toString("utf8"), path).entries;
  } catch {
    return [];
  }
}

function valuesOf(submission: Submission): Map<string, number> {
  const values = new Map<string, number>();
  for (const indicator of submission.indicators)
    if (indicator.current !== null) values.set(indicator.code, indicator.current);
  return values;
}

/** The figures of the current accepted submissions of `period` for `units`, read back from the archive. */
async function readFigures(
  workspace: Workspace,
  entries: readonly LedgerEntry[],
  period: Period,
  units: ReadonlySet<string>,
  today: CalendarDate,
): Promise<Figures> {
  const storeDir = join(workspace.dir, "store");
  const config = aggregateBasis(workspace.config, "").config;
  // In the ledger's order of units, whether recorded or read.
  const found: { unit: string; recorded: Submission | null }[] = [];
  const archived: { unit: string; file: string; bytes: Buffer }[] = [];
  for (const [unit, entry] of currentSubmissions(entries, periodCode(period))) {
    if (entry.archive === null || !units.has(unit)) continue;
    // History is a comparison, never a reason to stop: a damaged archive (which aggregate, doctor --store
    // and a re-ingest deal with) only leaves that unit out.
    let bytes: Buffer;
    try {
      bytes = readArchive(storeDir, entry);
    } catch {
      continue;
    }
    // The values ingest recorded for this archive, as aggregate reads them; else the form is read again.
    const recorded = readRecordedValues(storeDir, { sha256: entry.sha256, period: entry.period, config });
    found.push({ unit, recorded });
    if (recorded === null) archived.push({ unit, file: entry.file, bytes });
  }
  const validated =
    archived.length === 0
      ? []
      : await validateFiles(
          archived.map(({ file, bytes }) => ({ file, bytes })),
          { config: workspace.config, expectedPeriod: period, today },
          // Only the sheets the figures come from: these forms were accepted, their findings are not wanted again.
          { workers: workerCount(), keepSubmission: "indicators", figuresOnly: true },
        );
  const read = new Map(archived.map(({ unit }, index) => [unit, validated[index]!.submission]));
  const figures: Figures = new Map();
  for (const { unit, recorded } of found) {
    const submission = recorded ?? read.get(unit) ?? null;
    if (submission !== null) figures.set(unit, valuesOf(submission));
  }
  return figures;
}
