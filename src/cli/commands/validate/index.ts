// `baocao validate <file|dir>… [--period P] [--annotate DIR] [--max-issues N]`: check received
// forms cell by cell. Exit 1 when any file has errors (DESIGN §6).
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join, resolve } from "node:path";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import type { Period } from "../../../domain/period/index.js";
import { UserError } from "../../../errors.js";
import { annotatedFileName } from "../../../forms/annotate/file-name.js";
import type { FileReport } from "../../../domain/findings.js";
import { countBySeverity } from "../../../domain/findings.js";
import type { InputFile, SkippedFile } from "../../../intake/index.js";
import { collectInputFiles, DEFAULT_LIMITS, validateFiles } from "../../../intake/index.js";
import { flagOddPeriod, majorityPeriod } from "../../../intake/odd-period.js";
import type { CellRef } from "../../../intake/raw-submission.js";
import { workerCount } from "../../../intake/parallel/warm.js";
import { writeFileAtomic } from "../../../io/write-atomic.js";
import type { Lang } from "../../../messages/index.js";
import { describeFinding, messages } from "../../../messages/index.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import type { Workspace } from "../../../workspace/read.js";
import type { Output } from "../../output.js";
import { parsePeriodOption } from "../period-option.js";

export interface ValidateCommandOptions {
  cwd: string;
  workspace?: string;
  inputs: string[];
  period?: string;
  annotate?: string;
  maxIssues?: number;
  lang: Lang;
  today?: CalendarDate;
}

export interface ValidatedInput {
  input: InputFile;
  bytes: Buffer;
  report: FileReport;
  /** Where the file states its period (see flagOddPeriod). */
  periodRef: CellRef | null;
}

export interface ValidateResult {
  files: ValidatedInput[];
  /** Files in the folders given that were not read, with the reason. */
  skipped: SkippedFile[];
  annotated: string[];
  lang: Lang;
}

// Moved to its own module (letters loads it without this one); still exported here for the others.
export { parsePeriodOption };

export { workerCount } from "../../../intake/parallel/warm.js";

/**
 * Reads and validates every input; shared with `ingest`. Inputs are only ever read. Files are validated
 * in parallel on worker threads (src/intake/parallel/); the results keep the order of `inputs`.
 */
export async function validateInputs(
  workspace: Workspace,
  inputs: readonly InputFile[],
  options: { period: Period | null; today: CalendarDate; maxIssues?: number },
): Promise<ValidatedInput[]> {
  const context = { config: workspace.config, expectedPeriod: options.period, today: options.today };
  const { maxFileMB, maxExpandedMB } = workspace.config.intake;
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: maxFileMB * 1024 * 1024, maxExpandedBytes: maxExpandedMB * 1024 * 1024 };
  // Read every file first (a missing one stops everything before any work), then validate the readable
  // ones together.
  const read: ({ input: InputFile; bytes: Buffer } | ValidatedInput)[] = [];
  for (const input of inputs) {
    try {
      // A huge file is refused by its size alone: it is never read into memory.
      const size = statSync(input.path).size;
      if (size > limits.maxFileBytes) {
        read.push({ input, bytes: Buffer.alloc(0), report: tooLargeReport(input.display, hashFile(input.path), size, limits.maxFileBytes), periodRef: null });
        continue;
      }
      read.push({ input, bytes: readFileSync(input.path) });
    } catch {
      throw new UserError("input/not-found", { path: input.display });
    }
  }
  const pending = read.filter((entry): entry is { input: InputFile; bytes: Buffer } => !("report" in entry));
  const validated = await validateFiles(
    pending.map(({ input, bytes }) => ({ file: input.display, bytes })),
    context,
    // Only the reports are needed here: the submissions' cells are not kept (memory, and copying from workers).
    { maxIssues: options.maxIssues, limits, workers: workerCount(), keepSubmission: false },
  );
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

export async function validate(options: ValidateCommandOptions): Promise<ValidateResult> {
  const period = parsePeriodOption(options.period);
  const workspace = readWorkspace(resolveWorkspaceDir(options.workspace, options.cwd, options.inputs));
  const { files: inputs, skipped } = collectInputFiles(options.inputs, options.cwd);
  const files = await validateInputs(workspace, inputs, {
    period,
    today: options.today ?? vietnamDateOf(new Date()),
    maxIssues: options.maxIssues,
  });
  const annotated: string[] = [];
  if (options.annotate !== undefined) {
    const dir = resolve(options.cwd, options.annotate);
    // exceljs (about half a second to load) only when copies are annotated.
    const { annotateWorkbook } = await import("../../../forms/annotate/annotate-workbook.js");
    for (const file of files) {
      if (file.report.findings.length === 0 || file.report.status === "unreadable") continue;
      const target = join(dir, annotatedFileName(basename(file.input.path)));
      if (inputs.some((input) => input.path === target)) throw new UserError("annotate/inside-input", { dir, file: target });
      const findings = file.report.findings.map((finding) => ({ ...finding, ...describeFinding(finding, options.lang) }));
      writeFileAtomic(target, await annotateWorkbook(file.bytes, findings, { lang: options.lang }));
      annotated.push(target);
    }
  }
  return { files, skipped, annotated, lang: options.lang };
}

function hashFile(path: string): string {
  const hash = createHash("sha256");
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, "r");
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

function tooLargeReport(file: string, sha256: string, size: number, limit: number): FileReport {
  const finding = { severity: "error" as const, code: "file/too-large" as const, sheet: null, cell: null, row: null, column: null, value: null, params: { size, limit } };
  return { file, sha256, size, unit: null, period: null, status: "unreadable", findings: [finding], omitted: 0 };
}

export function summarize(files: readonly ValidatedInput[]) {
  const summary = { files: files.length, accepted: 0, rejected: 0, unreadable: 0, errors: 0, warnings: 0 };
  for (const { report } of files) {
    summary[report.status] += 1;
    const counts = countBySeverity(report.findings);
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
  }
  return summary;
}

/** `skipped` in `validate --json` and `ingest --json`: files in the folders that were not read. */
export function skippedJson(skipped: readonly SkippedFile[]) {
  return skipped.map((file) => ({ file: file.display, reason: file.reason }));
}

/** One line per file not read, under a heading; nothing when none was skipped. */
export function skippedLines(
  skipped: readonly { file: string; reason: string }[],
  text: { skipped: (p: { count: number }) => string; skipReasons: Record<string, string> },
): string[] {
  if (skipped.length === 0) return [];
  return [text.skipped({ count: skipped.length }), ...skipped.map((item) => `  ${item.file} — ${text.skipReasons[item.reason] ?? item.reason}`)];
}

/** DESIGN §6: the stable JSON of `validate --json` (`skipped` is an addition). */
export function validateJson(result: ValidateResult) {
  return {
    summary: summarize(result.files),
    files: result.files.map(({ report }) => ({
      file: report.file,
      sha256: report.sha256,
      unit: report.unit,
      period: report.period,
      status: report.status,
      omitted: report.omitted,
      issues: report.findings.map((finding) => ({
        severity: finding.severity,
        code: finding.code,
        sheet: finding.sheet,
        cell: finding.cell,
        row: finding.row,
        column: finding.column,
        value: finding.value,
        ...describeFinding(finding, result.lang),
      })),
    })),
    skipped: skippedJson(result.skipped),
  };
}

export function exitCodeOf(result: ValidateResult): 0 | 1 {
  return result.files.some(({ report }) => report.status !== "accepted") ? 1 : 0;
}

export function printValidate(result: ValidateResult, output: Output): void {
  if (output.settings.json) {
    output.json(validateJson(result));
    return;
  }
  const m = messages(output.settings.lang).validate;
  const { out } = output;
  const summary = summarize(result.files);
  if (summary.files === 0) {
    output.result(m.noFiles);
    return;
  }
  const lines = [out.bold(m.summary(summary)), ""];
  const byCode = new Map<string, number>();
  for (const { report } of result.files) for (const f of report.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size > 0) {
    lines.splice(1, 0, `${m.byCode} ${[...byCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, count]) => `${code} ${count}`).join(" · ")}`);
  }
  for (const { report } of result.files) {
    const counts = countBySeverity(report.findings);
    const status = m.status[report.status] ?? report.status;
    const mark = report.status === "accepted" ? out.green(`✔ ${status}`) : out.red(`✘ ${status}`);
    const detail = report.findings.length > 0 ? ` (${m.counts(counts)})` : "";
    // Files with findings stand apart; clean ones are one line each.
    if (report.findings.length > 0 && lines.at(-1) !== "") lines.push("");
    lines.push(`${out.bold(report.file)}  ${report.unit ?? "?"}  ${report.period ?? "?"}  ${mark}${detail}`);
    for (const finding of report.findings) {
      const where = finding.sheet === null ? "" : `${finding.sheet}${finding.cell ? `!${finding.cell}` : finding.row ? ` ${m.row({ row: finding.row })}` : ""}  `;
      const { message, hint } = describeFinding(finding, output.settings.lang);
      const label = finding.severity === "error" ? out.red(m.error) : out.yellow(m.warning);
      lines.push(`  ${label}  ${where}${message}`, `        → ${out.dim(hint)}`);
    }
    if (report.omitted > 0) lines.push(`  ${m.omitted({ count: report.omitted })}`);
    if (report.findings.length > 0) lines.push("");
  }
  const skipped = skippedLines(skippedJson(result.skipped), m);
  if (skipped.length > 0) lines.push("", ...skipped);
  for (const file of result.annotated) lines.push("", m.annotated({ file }));
  output.result(lines.join("\n"));
}
