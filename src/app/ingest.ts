// The ingest use case: validate received files, then archive the accepted ones in store/ under their
// SHA-256 and record every file in store/ledger.jsonl (src/store).
import { statSync } from "node:fs";
import { join } from "node:path";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { Finding } from "../domain/findings.js";
import type { Period } from "../domain/period/index.js";
import { periodCode } from "../domain/period/index.js";
import { collectInputFiles } from "../intake/index.js";
import { ingestFiles } from "../store/index.js";
import type { IngestOutcome } from "../store/index.js";
import type { Workspace } from "../workspace/read.js";
import type { SkippedInput } from "./validate-inputs.js";
import { skippedInputs, validateInputs } from "./validate-inputs.js";

export interface IngestOptions {
  cwd: string;
  /** Files and folders as given (relative to cwd). */
  inputs: readonly string[];
  strict: boolean;
  /** The time recorded in the ledger (--received, else now). */
  now: Date;
  today: CalendarDate;
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
  /** Files in the folders given that were not read, with the reason (never in the ledger). */
  skipped: SkippedInput[];
}

export async function ingest(workspace: Workspace, period: Period, options: IngestOptions): Promise<IngestResult> {
  // Oldest first: when one batch holds two files of a unit (a correction saved as "x (1).xlsx"), the
  // newer one becomes current, whatever the names' order.
  const { files: collected, skipped } = collectInputFiles(options.inputs, options.cwd);
  const inputs = collected.sort(
    (a, b) => statSync(a.path).mtimeMs - statSync(b.path).mtimeMs || a.display.localeCompare(b.display),
  );
  const validated = await validateInputs(workspace, inputs, { period, today: options.today });
  const result = await ingestFiles(
    join(workspace.dir, "store"),
    // Unreadable files are never archived (and a too-large one was never read): no bytes to pass.
    validated.map(({ report, bytes }) => ({ report, bytes: report.status === "unreadable" ? null : bytes })),
    { period: periodCode(period), strict: options.strict, now: options.now },
  );
  return {
    period: periodCode(period),
    files: result.actions.map((action) => ({
      file: action.report.file,
      unit: action.report.unit,
      outcome: action.outcome,
      errors: action.report.findings.filter((f) => f.severity === "error").length,
      warnings: action.report.findings.filter((f) => f.severity === "warning").length,
      supersedes: action.supersedes,
      findings: action.report.findings,
    })),
    tornLine: result.torn?.line ?? null,
    skipped: skippedInputs(skipped),
  };
}

/** Every file was taken (archived, already current, or a duplicate of an archived one). */
export function everyFileTaken(result: IngestResult): boolean {
  const fine: IngestOutcome[] = ["archived", "already-current", "duplicate-of-archived"];
  return result.files.every((file) => fine.includes(file.outcome));
}
