// Reading and validating received files: shared by the validate and ingest use cases.
import { createHash } from "node:crypto";
import type { CalendarDate } from "../domain/calendar-date.js";
import type { ConvertedFrom, FileReport, Finding } from "../domain/findings.js";
import type { Period } from "../domain/period/index.js";
import { UserError } from "../errors.js";
import type { InputFile, SkippedFile } from "../intake/index.js";
import { DEFAULT_LIMITS, validateFiles } from "../intake/index.js";
import { inspectFile } from "../intake/inspect-file.js";
import type { Inspection } from "../intake/inspect-file.js";
import { unreadableFile } from "../intake/validate-file.js";
import type { RecordedValues } from "../intake/validate-file.js";
import { flagOddPeriod, majorityPeriod } from "../intake/odd-period.js";
import { workerCount } from "../intake/parallel/warm.js";
import type { PoolOptions } from "../intake/parallel/index.js";
import type { CellRef } from "../intake/raw-submission.js";
import { hashFile, tooLargeReport } from "../intake/too-large.js";
import { readRegularFile, regularFileSize } from "../io/regular-file.js";
import { spreadsheetConverter } from "../machine/convert-spreadsheet.js";
import type { ConvertibleFormat, SpreadsheetConverter } from "../machine/convert-spreadsheet.js";
import { locateLibreOffice, realSystem } from "../machine/libreoffice.js";
import { configuredLibreOffice } from "./libreoffice-config.js";
import type { Workspace } from "../workspace/read.js";
import { plausibilityFindings } from "./plausibility.js";

export interface ValidatedInput {
  input: InputFile;
  bytes: Buffer;
  report: FileReport;
  /** Where the file states its period (see flagOddPeriod). */
  periodRef: CellRef | null;
  /**
   * The file as received when it was an .xls/.ods/.xlsb converted through LibreOffice (`bytes` is then the
   * .xlsx made from it, and report.original says what it was): ingest archives both.
   */
  originalBytes?: Buffer;
  /** The whole submission read, as UTF-8 JSON (only when asked for with `recordValues`: ingest records it). */
  values?: RecordedValues;
}

/** The .xls/.ods/.xlsb files converted through LibreOffice in one run, and the time it took (the CPU cost). */
export interface Conversions {
  count: number;
  ms: number;
}

/** A file in the folders given that was not read, and why (`skipped` of validate and ingest --json). */
export interface SkippedInput {
  file: string;
  reason: string;
}

export function skippedInputs(skipped: readonly SkippedFile[]): SkippedInput[] {
  return skipped.map((file) => ({ file: file.display, reason: file.reason }));
}

/**
 * Reads and validates every input. Inputs are only ever read. Files are validated in parallel on worker
 * threads (src/intake/parallel/); the results keep the order of `inputs`.
 */
export async function validateInputs(
  workspace: Workspace,
  inputs: readonly InputFile[],
  options: {
    period: Period | null;
    today: CalendarDate;
    maxIssues?: number;
    /** Files validated so far, of all: for a progress bar. */
    onProgress?: ((done: number, total: number) => void) | undefined;
    /** Told how many files were converted and how long it took (nothing is said when none was). */
    onConversions?: ((conversions: Conversions) => void) | undefined;
    /** Files converted so far, of those to convert (a progress bar: each takes a second or more). */
    onConvertProgress?: ((done: number, total: number) => void) | undefined;
    /** Give each file's whole submission as JSON (ValidatedInput.values), for ingest to record. */
    recordValues?: boolean;
    /** Each file's recorded values as soon as it is done: what to keep instead (PoolOptions.setAside). */
    setAside?: PoolOptions["setAside"];
  },
): Promise<ValidatedInput[]> {
  const context = { config: workspace.config, expectedPeriod: options.period, today: options.today };
  const { maxFileMB, maxExpandedMB } = workspace.config.intake;
  const limits = {
    ...DEFAULT_LIMITS,
    maxFileBytes: maxFileMB * 1024 * 1024,
    maxExpandedBytes: maxExpandedMB * 1024 * 1024,
  };
  // Read every file first (a missing one stops everything before any work), then validate the readable
  // ones together.
  const read: ({ input: InputFile; bytes: Buffer } | ValidatedInput)[] = [];
  // Only regular files are opened (a FIFO would hang the read): anything else stops with a clear error.
  for (const input of inputs) {
    // A huge file is refused by its size alone: it is never read into memory.
    const size = regularFileSize(input.path, input.display);
    if (size > limits.maxFileBytes) {
      let sha256: string;
      try {
        sha256 = hashFile(input.path);
      } catch {
        throw new UserError("input/not-found", { path: input.display });
      }
      read.push({
        input,
        bytes: Buffer.alloc(0),
        report: tooLargeReport(input.display, sha256, size, limits.maxFileBytes),
        periodRef: null,
      });
      continue;
    }
    read.push({ input, bytes: readRegularFile(input.path, input.display) });
  }
  // .xls, .ods and .xlsb files are converted to .xlsx through LibreOffice when it is there, one after the
  // other, before the forms are validated together.
  const converted = new Map<InputFile, { original: Buffer; from: ConvertedFrom }>();
  const started = Date.now();
  let converter: SpreadsheetConverter | null | undefined;
  const candidates: { index: number; entry: { input: InputFile; bytes: Buffer }; inspection: Inspection }[] = [];
  for (const [index, entry] of read.entries()) {
    if ("report" in entry || !mayNeedConversion(entry.bytes)) continue;
    const inspection = await inspectFile(entry.bytes, limits);
    if (convertibleFormat(inspection) !== null) candidates.push({ index, entry, inspection });
  }
  try {
    for (const [done, { index, entry, inspection }] of candidates.entries()) {
      const format = convertibleFormat(inspection);
      if (format === null || inspection.ok) continue;
      converter ??= converterFor(workspace, limits.maxFileBytes);
      // Without LibreOffice the file's finding stays (its hint says to install LibreOffice).
      if (converter === null) break;
      options.onConvertProgress?.(done, candidates.length);
      const conversion = await converter.convert(entry.bytes, format);
      options.onConvertProgress?.(done + 1, candidates.length);
      if (!conversion.ok) {
        const params = { ...inspection.params, conversion: conversion.problem, detail: conversion.detail };
        const { report } = unreadableFile(entry.input.display, entry.bytes, inspection.code, params);
        read[index] = { input: entry.input, bytes: entry.bytes, report, periodRef: null };
        continue;
      }
      const from: ConvertedFrom = { format, sha256: sha256Of(entry.bytes), size: entry.bytes.length };
      converted.set(entry.input, { original: entry.bytes, from });
      read[index] = { input: entry.input, bytes: conversion.bytes };
    }
  } finally {
    converter?.close();
  }
  if (converted.size > 0) options.onConversions?.({ count: converted.size, ms: Date.now() - started });
  const pending = read.filter((entry): entry is { input: InputFile; bytes: Buffer } => !("report" in entry));
  const validated = await validateFiles(
    pending.map(({ input, bytes }) => ({ file: input.display, bytes })),
    context,
    // Only the reports and the Chỉ tiêu figures (for the plausibility checks) are needed here: the incidents'
    // cells are not kept (memory, and copying from workers).
    {
      limits,
      workers: workerCount(),
      keepSubmission: "indicators",
      ...(options.recordValues === true ? { recordValues: true } : {}),
      ...(options.setAside === undefined ? {} : { setAside: options.setAside }),
      // Files refused by their size alone count as done from the start.
      ...(options.onProgress === undefined
        ? {}
        : {
            onFileDone: (done: number) => options.onProgress!(read.length - pending.length + done, read.length),
          }),
    },
  );
  // Plausibility against the store's history and the same-kind units: added to each file's findings, then
  // --max-issues applies to them all.
  const plausible = await plausibilityFindings(
    workspace,
    validated.map(({ report, submission }) => ({ unit: report.unit, period: report.period, submission })),
    options.today,
  );
  const limit = options.maxIssues ?? Number.POSITIVE_INFINITY;
  for (const [index, result] of validated.entries()) {
    const findings = [...result.report.findings, ...plausible[index]!];
    const kept = findings.length > limit ? findings.slice(0, limit) : findings;
    result.report = {
      ...result.report,
      findings: kept,
      omitted: result.report.omitted + findings.length - kept.length,
    };
  }
  const byInput = new Map(pending.map((entry, index) => [entry, validated[index]!]));
  let results: ValidatedInput[] = read.map((entry) => {
    if ("report" in entry) return entry;
    const { report, periodRef, values } = byInput.get(entry)!;
    const recorded = values === undefined ? {} : { values };
    const conversion = converted.get(entry.input);
    if (conversion === undefined) return { input: entry.input, bytes: entry.bytes, report, periodRef, ...recorded };
    // The information that the file was converted comes first; status and counts are not changed by it.
    const note: Finding = {
      severity: "info",
      code: "file/converted",
      sheet: null,
      cell: null,
      row: null,
      column: null,
      value: null,
      params: { format: conversion.from.format },
    };
    return {
      input: entry.input,
      bytes: entry.bytes,
      originalBytes: conversion.original,
      report: { ...report, findings: [note, ...report.findings], original: conversion.from },
      periodRef,
      ...recorded,
    };
  });
  if (options.period === null) {
    const expected = majorityPeriod(results.map((result) => result.report));
    if (expected !== null) results = results.map((result) => ({ ...result, ...flagOddPeriod(result, expected) }));
  }
  return results;
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ODS_MIMETYPE = Buffer.from("application/vnd.oasis.opendocument.spreadsheet");
const XLSB_WORKBOOK = Buffer.from("xl/workbook.bin");

/** A quick look before the closer one of inspectFile: an OLE file (.xls), or a zip naming an .ods or .xlsb part. */
function mayNeedConversion(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, 4).equals(OLE_SIGNATURE) ||
    (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes.includes(ODS_MIMETYPE) || bytes.includes(XLSB_WORKBOOK)))
  );
}

/** The format LibreOffice can convert, as inspectFile tells it (an encrypted workbook is not converted). */
function convertibleFormat(inspection: Inspection): ConvertibleFormat | null {
  if (inspection.ok) return null;
  if (inspection.code === "file/legacy-xls") return "xls";
  if (
    inspection.code === "file/not-xlsx" &&
    (inspection.params.format === "ods" || inspection.params.format === "xlsb")
  )
    return inspection.params.format;
  return null;
}

/** A converter when LibreOffice is found (as `doctor` finds it), working in a hidden folder of the workspace. */
function converterFor(workspace: Workspace, maxBytes: number): SpreadsheetConverter | null {
  const location = locateLibreOffice(realSystem(), configuredLibreOffice(workspace));
  if (!location.found) return null;
  return spreadsheetConverter({ soffice: location.command, workParent: workspace.dir, maxBytes });
}

function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
