// The validate use case: check received forms cell by cell, and optionally write annotated copies of the
// files with findings (DESIGN §6).
import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { CalendarDate } from "../domain/calendar-date.js";
import { countBySeverity } from "../domain/findings.js";
import type { Period } from "../domain/period/index.js";
import { UserError } from "../errors.js";
import { annotatedFileNames } from "../forms/annotate/file-name.js";
import type { SkippedFile } from "../intake/index.js";
import { collectInputFiles } from "../intake/index.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import type { Lang } from "../messages/index.js";
import { describeFinding } from "../messages/index.js";
import type { Workspace } from "../workspace/read.js";
import type { Conversions, ValidatedInput } from "./validate-inputs.js";
import { validateInputs } from "./validate-inputs.js";

export interface ValidateOptions {
  cwd: string;
  /** Files and folders as given (relative to cwd). */
  inputs: readonly string[];
  /** The expected period; null: the period most files state. */
  period: Period | null;
  today: CalendarDate;
  maxIssues?: number;
  /** A folder for annotated copies of the files with findings, in `lang`. */
  annotate?: string;
  /** Overwrite annotated copies already in the `annotate` folder (else: refused before anything is written). */
  force?: boolean;
  lang: Lang;
  /** Files validated so far, of all (a progress bar on a terminal). */
  onProgress?: (done: number, total: number) => void;
  /** .xls/.ods/.xlsb files converted so far, of those to convert (a progress bar on a terminal). */
  onConvertProgress?: ((done: number, total: number) => void) | undefined;
}

export interface ValidateResult {
  files: ValidatedInput[];
  /** Files in the folders given that were not read, with the reason. */
  skipped: SkippedFile[];
  annotated: string[];
  /** The .xls/.ods/.xlsb files converted through LibreOffice, and the time it took; null when none was. */
  conversions: Conversions | null;
}

export async function validate(workspace: Workspace, options: ValidateOptions): Promise<ValidateResult> {
  const { files: inputs, skipped } = collectInputFiles(options.inputs, options.cwd);
  let conversions: Conversions | null = null;
  const files = await validateInputs(workspace, inputs, {
    period: options.period,
    today: options.today,
    maxIssues: options.maxIssues,
    onProgress: options.onProgress,
    onConversions: (done) => (conversions = done),
    onConvertProgress: options.onConvertProgress,
  });
  const annotated: string[] = [];
  if (options.annotate !== undefined) {
    const dir = resolve(options.cwd, options.annotate);
    const toAnnotate = files.filter((file) => file.report.findings.length > 0 && file.report.status !== "unreadable");
    // One name per file (two "bao-cao.xlsx" from different folders: "bao-cao-2.kiem-tra.xlsx"), all checked
    // before anything is written.
    const targets = annotatedFileNames(toAnnotate.map((file) => basename(file.input.path))).map((name) =>
      join(dir, name),
    );
    for (const target of targets) {
      if (inputs.some((input) => input.path === target))
        throw new UserError("annotate/inside-input", { dir, file: target });
    }
    const existing = options.force === true ? [] : targets.filter((target) => existsSync(target));
    if (existing.length > 0) throw new UserError("annotate/exists", { file: existing[0]!, count: existing.length });
    // exceljs (about half a second to load) only when copies are annotated.
    const { annotateWorkbook } = await import("../forms/annotate/annotate-workbook.js");
    for (const [index, file] of toAnnotate.entries()) {
      const target = targets[index]!;
      const findings = file.report.findings.map((finding) => ({
        ...finding,
        ...describeFinding(finding, options.lang),
      }));
      writeFileAtomic(target, await annotateWorkbook(file.bytes, findings, { lang: options.lang }));
      annotated.push(target);
    }
  }
  return { files, skipped, annotated, conversions };
}

// A type, not an interface: the summary is passed as message parameters.
export type ValidationSummary = {
  files: number;
  accepted: number;
  rejected: number;
  unreadable: number;
  errors: number;
  warnings: number;
};

export function summarizeValidation(files: readonly ValidatedInput[]): ValidationSummary {
  const summary = { files: files.length, accepted: 0, rejected: 0, unreadable: 0, errors: 0, warnings: 0 };
  for (const { report } of files) {
    summary[report.status] += 1;
    const counts = countBySeverity(report.findings);
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
  }
  return summary;
}
