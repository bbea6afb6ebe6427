// The ingest use case: validate received files, then archive the accepted ones in store/ under their
// SHA-256 and record every file in store/ledger.jsonl (src/store).
import { statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Finding } from "../domain/findings.js";
import type { Period } from "../domain/period/index.js";
import { periodCode } from "../domain/period/index.js";
import { aggregateBasis } from "../aggregate/basis.js";
import { collectInputFiles } from "../intake/index.js";
import { ingestFiles, IngestStaging, readLedger, unlockLines } from "../store/index.js";
import type { IngestOutcome } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import type { Conversions, SkippedInput } from "./validate-inputs.js";
import { skippedInputs, validateInputs } from "./validate-inputs.js";
import { currentUser } from "./who.js";

export interface IngestOptions {
  cwd: string;
  /** Files and folders as given (relative to cwd). */
  inputs: readonly string[];
  strict: boolean;
  /** The time recorded in the ledger (--received, else now). */
  now: Date;
  today: CalendarDate;
  /** `--unlock "reason"`: ingest into a locked period (`baocao lock`), recording why. */
  unlock?: string;
  /** Who ingests (recorded with an unlock); defaults to the user logged in. */
  by?: string;
  /** Files validated so far, of all (a progress bar on a terminal). */
  onProgress?: (done: number, total: number) => void;
  /** .xls/.ods/.xlsb files converted so far, of those to convert (a progress bar on a terminal). */
  onConvertProgress?: ((done: number, total: number) => void) | undefined;
}

export interface IngestResult {
  period: string;
  files: {
    file: string;
    unit: string | null;
    outcome: IngestOutcome;
    errors: number;
    warnings: number;
    supersedes: string | null;
    /** The file's findings, to say why it was not taken (not part of `ingest --json`). */
    findings: readonly Finding[];
  }[];
  /** A half-written last ledger line from a crash, ignored and cut off. */
  tornLine: number | null;
  /** The period was locked and `--unlock` opened it: the reason recorded (an unlock line); else null. */
  unlocked: string | null;
  /** Files in the folders given that were not read, with the reason (never in the ledger). */
  skipped: SkippedInput[];
  /** The .xls/.ods/.xlsb files converted through LibreOffice and the time it took (not in `ingest --json`). */
  conversions: Conversions | null;
}

export async function ingest(workspace: Workspace, period: Period, options: IngestOptions): Promise<IngestResult> {
  // Oldest first: when one batch holds two files of a unit (a correction saved as "x (1).xlsx"), the
  // newer one becomes current, whatever the names' order.
  const storeDir = join(workspace.dir, "store");
  const by = options.by ?? currentUser();
  // A locked period is refused before the files are read (and again under the store lock, in ingestFiles).
  unlockLines(readLedger(storeDir).locks, periodCode(period), { reason: options.unlock, by, now: options.now });
  const { files: collected, skipped } = collectInputFiles(options.inputs, options.cwd);
  // Each file's time read once (in the comparison, ~1,400 stat calls for 100 files).
  const modified = new Map(collected.map((file) => [file, statSync(file.path).mtimeMs]));
  const inputs = collected.sort((a, b) => modified.get(a)! - modified.get(b)! || a.display.localeCompare(b.display));
  // Each file's archive and recorded values are written to temporary files in the store as soon as the file
  // is validated, and flushed while the next files are validated (store/staging.ts): the disk's work
  // overlaps validation, and the values (~370 KB a file of 1,000 rows) are never all held at once.
  // The accepted ones are put in place once planned; the rest are removed here (on Ctrl+C too).
  const valuesConfig = aggregateBasis(workspace.config, "").config;
  const staging = new IngestStaging(storeDir, { period: periodCode(period), config: valuesConfig });
  try {
    return await ingestInto(workspace, period, options, storeDir, by, inputs, skipped, staging, valuesConfig);
  } finally {
    await staging.discard();
  }
}

async function ingestInto(
  workspace: Workspace,
  period: Period,
  options: IngestOptions,
  storeDir: string,
  by: string,
  inputs: ReturnType<typeof collectInputFiles>["files"],
  skipped: ReturnType<typeof collectInputFiles>["skipped"],
  staging: IngestStaging,
  valuesConfig: string,
): Promise<IngestResult> {
  // Nothing kept: the values are in the staged record now.
  const setAside = (values: Uint8Array, file: { sha256: string; bytes: Uint8Array }): undefined => {
    staging.stage(file.sha256, file.bytes, values);
    return undefined;
  };
  let conversions: Conversions | null = null;
  const validated = await validateInputs(workspace, inputs, {
    period,
    today: options.today,
    onProgress: options.onProgress,
    onConversions: (done) => (conversions = done),
    onConvertProgress: options.onConvertProgress,
    // The values read are recorded beside each archive: aggregate then need not read the forms again.
    recordValues: true,
    setAside,
  });
  const result = await ingestFiles(
    storeDir,
    // Unreadable files are never archived (and a too-large one was never read): no bytes to pass.
    // The ledger names each file from the workspace, whichever folder the command ran from.
    validated.map(({ input, report, bytes, originalBytes, values }) => ({
      report: { ...report, file: ledgerName(workspace.dir, input.path) },
      bytes: report.status === "unreadable" ? null : bytes,
      // A converted .xls/.ods/.xlsb: the received file is archived beside the .xlsx made from it.
      originalBytes: report.status === "unreadable" ? null : (originalBytes ?? null),
      values: values ?? null,
    })),
    {
      period: periodCode(period),
      strict: options.strict,
      now: options.now,
      unlock: options.unlock,
      by,
      valuesConfig,
      staging,
    },
  );
  return {
    period: periodCode(period),
    // The clerk is shown each file as given (relative to the folder the command ran from).
    files: result.actions.map((action, index) => ({
      file: validated[index]!.report.file,
      unit: action.report.unit,
      outcome: action.outcome,
      errors: action.report.findings.filter((f) => f.severity === "error").length,
      warnings: action.report.findings.filter((f) => f.severity === "warning").length,
      supersedes: action.supersedes,
      findings: action.report.findings,
    })),
    tornLine: result.torn?.line ?? null,
    unlocked: result.unlocked,
    skipped: skippedInputs(skipped),
    conversions,
  };
}

/**
 * How the ledger (and so status, aggregate.json and the Vụ việc sheet's "Nguồn") names a received file: its
 * path relative to the workspace, with "/" on every system ("inbox/2023-H1-CAT.xlsx"), so that it means the
 * same whichever folder ingest ran from; a file outside the workspace by its absolute path. (Ledgers written
 * before kept the path as given on the command line; their lines are read as they are.)
 */
export function ledgerName(workspaceDir: string, path: string): string {
  const inside = relative(workspaceDir, path);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return path;
  return inside.split(sep).join("/");
}

/** Every file was taken (archived, already current, or a duplicate of an archived one). */
export function everyFileTaken(result: IngestResult): boolean {
  const fine: IngestOutcome[] = ["archived", "already-current", "duplicate-of-archived"];
  return result.files.every((file) => fine.includes(file.outcome));
}
