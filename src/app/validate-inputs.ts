// Reading and validating received files: shared by the validate and ingest use cases.
import type { CalendarDate } from "../domain/calendar-date.js";
import type { FileReport } from "../domain/findings.js";
import type { Period } from "../domain/period/index.js";
import { UserError } from "../errors.js";
import type { InputFile, SkippedFile } from "../intake/index.js";
import { DEFAULT_LIMITS, validateFiles } from "../intake/index.js";
import { flagOddPeriod, majorityPeriod } from "../intake/odd-period.js";
import { workerCount } from "../intake/parallel/warm.js";
import type { CellRef } from "../intake/raw-submission.js";
import { hashFile, tooLargeReport } from "../intake/too-large.js";
import { readRegularFile, regularFileSize } from "../io/regular-file.js";
import type { Workspace } from "../workspace/read.js";
import { plausibilityFindings } from "./plausibility.js";

export interface ValidatedInput {
  input: InputFile;
  bytes: Buffer;
  report: FileReport;
  /** Where the file states its period (see flagOddPeriod). */
  periodRef: CellRef | null;
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
    const { report, periodRef } = byInput.get(entry)!;
    return { input: entry.input, bytes: entry.bytes, report, periodRef };
  });
  if (options.period === null) {
    const expected = majorityPeriod(results.map((result) => result.report));
    if (expected !== null) results = results.map((result) => ({ ...result, ...flagOddPeriod(result, expected) }));
  }
  return results;
}
