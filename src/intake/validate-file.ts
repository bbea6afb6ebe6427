// One received file → its FileReport (and the submission when it could be read). Never throws for a
// bad file: every problem becomes a finding, so one broken file never stops the others.
import { createHash } from "node:crypto";
import { SHEETS } from "../domain/form-contract.js";
import { findSheet } from "./locate.js";
import { checkSubmission } from "./checks/check-submission.js";
import type { CheckContext } from "./checks/context.js";
import { finding } from "./checks/finding.js";
import type { FileReport, Finding } from "../domain/findings.js";
import { statusOf } from "../domain/findings.js";
import { DEFAULT_LIMITS, inspectFile } from "./inspect-file.js";
import type { InspectLimits } from "./inspect-file.js";
import { loadWorkbook, readRawSubmission } from "./read-workbook.js";
import type { CellRef } from "./raw-submission.js";
import type { Submission } from "./submission.js";
import { valuesText } from "./values-text.js";

export interface ValidatedFile {
  report: FileReport;
  /** What was read, for aggregation; null for an unreadable file, or when not kept (ValidateOptions.keepSubmission). */
  submission: Submission | null;
  /** Where the file states its period (for a period/mismatch found later, across files). */
  periodRef: CellRef | null;
  /**
   * The whole submission read (indicators, incidents, narratives) as JSON, when asked for
   * (ValidateOptions.recordValues), UTF-8: made where the file was read, so that a worker hands back one
   * buffer (moved, not copied) rather than 100,000 incident objects, and held as half the memory of a
   * string of Vietnamese text. Ingest records it beside the archive for aggregate.
   */
  values?: RecordedValues;
}

/**
 * The recorded values' bytes, or (once the main thread has set them aside on disk as they came: a caller's
 * PoolOptions.setAside) how to read them back.
 */
export type RecordedValues = Uint8Array | (() => Uint8Array);

export interface ValidateOptions {
  limits?: InspectLimits;
  /** Keep at most this many findings per file (the count of the rest is reported). */
  maxIssues?: number;
  /**
   * Keep the submission read (default true). `validate` and `ingest` need only the reports: dropping
   * the incidents' cells keeps memory flat and spares worker threads copying them back. "indicators": keep
   * the Chỉ tiêu figures only (the plausibility checks of validate and ingest), without incidents.
   */
  keepSubmission?: boolean | "indicators";
  /**
   * Read only the sheets the indicator figures come from (Thông tin, Chỉ tiêu and the meta sheet), not the
   * incidents and the assessment: for the history of the plausibility checks, which reads back accepted
   * forms for their figures alone. The report's findings are then those of a form without those sheets.
   */
  figuresOnly?: boolean;
  /** Also give the whole submission as JSON (ValidatedFile.values), whatever keepSubmission keeps. */
  recordValues?: boolean;
}

/** The report of a file that cannot be read as a form: one error finding, status `unreadable`. */
export function unreadableFile(
  file: string,
  bytes: Buffer,
  code: Finding["code"],
  params: Finding["params"] = {},
  sha256?: string,
): ValidatedFile {
  return {
    report: {
      file,
      sha256: sha256 ?? createHash("sha256").update(bytes).digest("hex"),
      size: bytes.length,
      unit: null,
      period: null,
      status: "unreadable",
      findings: [finding("error", code, null, params)],
      omitted: 0,
    },
    submission: null,
    periodRef: null,
  };
}

/**
 * The UTF-8 bytes of a values record's text (ingest). Buffer.from rather than TextEncoder: the same bytes
 * (both write a lone surrogate as U+FFFD, which JSON.stringify never leaves anyway), ~3× faster for the
 * ~370 KB of a form of 1,000 rows (~0.05 s of ingest's main thread for 100 forms). A text that long gets an
 * ArrayBuffer of its own, which a worker moves to the main thread; a short one may sit in Buffer's shared
 * pool and is then copied (worker.ts checks which).
 */
function utf8(text: string): Uint8Array {
  return Buffer.from(text, "utf8");
}

export async function validateBytes(
  file: string,
  bytes: Buffer,
  context: CheckContext,
  options: ValidateOptions = {},
): Promise<ValidatedFile> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const unreadable = (code: Finding["code"], params: Finding["params"] = {}): ValidatedFile =>
    unreadableFile(file, bytes, code, params, sha256);
  const inspection = await inspectFile(bytes, options.limits ?? DEFAULT_LIMITS);
  if (!inspection.ok) return unreadable(inspection.code, inspection.params);
  let workbook;
  try {
    workbook = await loadWorkbook(bytes, options.figuresOnly === true ? "figures" : "form");
  } catch {
    return unreadable("file/corrupt");
  }
  const known = [SHEETS.info, SHEETS.indicators, SHEETS.incidents, SHEETS.assessment].filter(
    (name) => findSheet(workbook.sheets, name) !== undefined,
  );
  if (known.length === 0) return unreadable("file/not-a-form", { sheets: workbook.sheetNames.join(", ") });

  const raw = readRawSubmission(workbook);
  const { submission, findings } = checkSubmission(raw, context);
  const limit = options.maxIssues ?? Number.POSITIVE_INFINITY;
  const kept = findings.length > limit ? findings.slice(0, limit) : findings;
  return {
    report: {
      file,
      sha256,
      size: bytes.length,
      unit: submission.unit,
      period: submission.period,
      status: statusOf(findings),
      findings: kept,
      omitted: findings.length - kept.length,
      formVersion: raw.meta?.formVersion ?? null,
    },
    submission:
      options.keepSubmission === false
        ? null
        : options.keepSubmission === "indicators"
          ? { ...submission, incidents: [], assessment: [] }
          : submission,
    periodRef: submission.periodRef,
    // valuesText: the compact form of store/values.ts' records (intake/values-text.ts).
    ...(options.recordValues === true ? { values: utf8(valuesText(submission)) } : {}),
  };
}
