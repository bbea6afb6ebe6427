// `baocao ingest` on disk: lock the store, re-read the ledger (another ingest may have just finished),
// plan, archive, then record. Archives are written before ledger lines, so a crash in between leaves at
// worst an archived file no line mentions (harmless, and reused by the next ingest), never a line that
// points to a missing file.
import { UserError } from "../errors.js";
import type { FileReport } from "../domain/findings.js";
import { archiveFile, sha256Of } from "./archive.js";
import { appendLedger, readLedger } from "./ledger.js";
import { withStoreLock } from "./lock.js";
import { unlockLines } from "./period-lock.js";
import type { LockOptions } from "./lock.js";
import type { TornLine } from "./parse-ledger.js";
import { planIngest } from "./plan-ingest.js";
import type { IngestStaging } from "./staging.js";
import { recordValues } from "./values.js";
import type { IngestAction, IngestOptions } from "./plan-ingest.js";

export interface Submission {
  readonly report: FileReport;
  /** The file's content as validated; may be null for files that were not readable as a form. */
  readonly bytes: Uint8Array | null;
  /** The file as received, when `bytes` is the .xlsx converted from it (report.original): archived too. */
  readonly originalBytes?: Uint8Array | null;
  /** The whole submission intake read, as (UTF-8) JSON: recorded beside the archive for aggregate (values.ts). */
  readonly values?: Uint8Array | string | (() => Uint8Array) | null;
}

export interface IngestFilesOptions extends Omit<IngestOptions, "now"> {
  /** Defaults to the current time. */
  readonly now?: Date;
  readonly lock?: LockOptions;
  /** `--unlock "reason"`: ingest into a locked period (period-lock.ts), recording why and who. */
  readonly unlock?: string;
  /** Who ingests (recorded on an unlock line). */
  readonly by?: string;
  /** "sha256:…" of the configuration the files were validated against: given, `values` are recorded. */
  readonly valuesConfig?: string;
  /**
   * The archives and values records written (and flushed) already while the files were validated
   * (staging.ts): put in place instead of written here. Files it does not hold are written as before.
   */
  readonly staging?: IngestStaging;
}

export interface IngestResult {
  readonly actions: IngestAction[];
  /** A torn last ledger line (a crash during an earlier ingest) that was found and dropped. */
  readonly torn: TornLine | null;
  /** The period was locked and `--unlock` opened it: the reason recorded; else null. */
  readonly unlocked: string | null;
}

export async function ingestFiles(
  storeDir: string,
  submissions: readonly Submission[],
  options: IngestFilesOptions,
): Promise<IngestResult> {
  // Checked before taking the lock: a file edited after validation must be validated again.
  for (const { report, bytes, originalBytes } of submissions) {
    if (bytes !== null && sha256Of(bytes) !== report.sha256) {
      throw new UserError("store/changed-since-validation", { file: report.file });
    }
    if (originalBytes != null && report.original !== undefined && sha256Of(originalBytes) !== report.original.sha256) {
      throw new UserError("store/changed-since-validation", { file: report.file });
    }
  }
  const { period, strict, now = new Date(), lock, staging } = options;
  // Every staged file flushed to disk (or the first write that failed thrown) before anything is put in place.
  await staging?.settle();

  return withStoreLock(
    storeDir,
    async () => {
      const ledger = readLedger(storeDir);
      const unlock = unlockLines(ledger.locks, period, { reason: options.unlock, by: options.by ?? "?", now });
      const plan = planIngest(
        ledger.entries,
        submissions.map((submission) => submission.report),
        { period, strict, now },
      );
      plan.actions.forEach((action, index) => {
        const bytes = submissions[index]?.bytes ?? null;
        // Written after the archive and before the ledger line: a record without its line is harmless.
        const values = submissions[index]?.values ?? null;
        const record = (): void => {
          if (staging?.placeValues(action.report.sha256) === true) return;
          if (values === null || options.valuesConfig === undefined) return;
          const submission = typeof values === "function" ? values() : values;
          recordValues(storeDir, { sha256: action.report.sha256, period, config: options.valuesConfig }, submission);
        };
        // The received .xls/.ods/.xlsb first, so that a ledger line never names an original not archived.
        const original = action.report.original;
        const originalBytes = submissions[index]?.originalBytes ?? null;
        const archived =
          action.outcome === "already-current" ||
          action.outcome === "duplicate-of-archived" ||
          (action.entry?.archive ?? null) !== null;
        if (original !== undefined && originalBytes !== null && archived) {
          archiveFile(storeDir, originalBytes, original.sha256, `.${original.format}`);
        }
        // A file already archived is written again when its archive is missing or damaged: ingesting the
        // unit's file anew is how a damaged archive is put right (archiveFile leaves an intact one alone).
        if (action.outcome === "already-current" || action.outcome === "duplicate-of-archived") {
          if (bytes !== null && staging?.placeArchive(action.report.sha256) !== true)
            archiveFile(storeDir, bytes, action.report.sha256);
          record();
          return;
        }
        if (!action.entry?.archive) return;
        if (bytes === null) throw new Error(`No content given for accepted file ${action.report.file}`);
        if (staging?.placeArchive(action.report.sha256) !== true) archiveFile(storeDir, bytes, action.report.sha256);
        record();
      });
      // The staged files' data were flushed (settle) before their rename; their folders are flushed now, before
      // the ledger names them: a ledger line must never name a file that is not durably on disk.
      await staging?.syncFolders();
      appendLedger(storeDir, [...unlock, ...plan.actions.flatMap((action) => (action.entry ? [action.entry] : []))]);
      return { actions: plan.actions, torn: ledger.torn, unlocked: unlock[0]?.note ?? null };
    },
    lock,
  );
}
