// `baocao validate <file|dir>… [--period P] [--annotate DIR] [--max-issues N]`: check received
// forms cell by cell (src/app/validate.ts). Exit 1 when any file has errors (DESIGN §6).
import { relative } from "node:path";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import { countBySeverity } from "../../../domain/findings.js";
import { skippedInputs } from "../../../app/validate-inputs.js";
import type { ValidateResult } from "../../../app/validate.js";
import { summarizeValidation, validate as validateForms } from "../../../app/validate.js";
import type { Lang } from "../../../messages/index.js";
import { describeFinding, messages } from "../../../messages/index.js";
import type { Output } from "../../output.js";
import type { FeedbackSettings } from "../../progress.js";
import { withProgress } from "../../progress.js";
import { loadWorkspace, parsePeriodOption } from "../../options.js";
import { conversionParams, conversionProgress } from "../../conversions.js";
import { skippedLines } from "../../skipped.js";

export interface ValidateCommandOptions {
  cwd: string;
  workspace?: string;
  inputs: string[];
  period?: string;
  annotate?: string;
  maxIssues?: number;
  /** Overwrite annotated copies that already exist. */
  force?: boolean;
  lang: Lang;
  today?: CalendarDate;
  /** Where a progress bar may go (a terminal, without --quiet or --json); none when not given. */
  feedback?: FeedbackSettings;
}

export async function validate(options: ValidateCommandOptions): Promise<ValidateResult> {
  const period = parsePeriodOption(options.period);
  const workspace = await loadWorkspace(options.workspace, options.cwd, options.inputs);
  return withProgress(options.feedback, messages(options.lang).validate.progress, (onProgress) =>
    validateForms(workspace, {
      cwd: options.cwd,
      inputs: options.inputs,
      period,
      today: options.today ?? vietnamDateOf(new Date()),
      ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
      ...(options.annotate === undefined ? {} : { annotate: options.annotate }),
      force: options.force === true,
      lang: options.lang,
      ...(onProgress === undefined ? {} : { onProgress }),
      onConvertProgress: conversionProgress(options.feedback, options.lang),
    }),
  );
}

/** DESIGN §6: the stable JSON of `validate --json` (`skipped` is an addition). */
export function validateJson(result: ValidateResult, lang: Lang) {
  return {
    summary: summarizeValidation(result.files),
    files: result.files.map(({ report }) => ({
      file: report.file,
      sha256: report.sha256,
      unit: report.unit,
      period: report.period,
      status: report.status,
      omitted: report.omitted,
      // Only for a file converted from .xls/.ods/.xlsb: the file as received (sha256 is the converted .xlsx's).
      ...(report.original === undefined ? {} : { original: report.original }),
      issues: report.findings.map((finding) => ({
        severity: finding.severity,
        code: finding.code,
        sheet: finding.sheet,
        cell: finding.cell,
        row: finding.row,
        column: finding.column,
        value: finding.value,
        ...describeFinding(finding, lang),
      })),
    })),
    skipped: skippedInputs(result.skipped),
  };
}

export function exitCodeOf(result: ValidateResult): 0 | 1 {
  return result.files.some(({ report }) => report.status !== "accepted") ? 1 : 0;
}

export function printValidate(result: ValidateResult, output: Output): void {
  if (output.settings.json) {
    output.json(validateJson(result, output.settings.lang));
    return;
  }
  const m = messages(output.settings.lang).validate;
  const { out } = output;
  const summary = summarizeValidation(result.files);
  if (summary.files === 0) {
    output.result(m.noFiles);
    return;
  }
  const lines = [out.bold(m.summary(summary)), ""];
  const byCode = new Map<string, number>();
  for (const { report } of result.files)
    for (const f of report.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size > 0) {
    lines.splice(
      1,
      0,
      `${m.byCode} ${[...byCode]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([code, count]) => `${m.findingNames[code] ?? code}: ${count}`)
        .join(" · ")}`,
    );
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
      const where =
        finding.sheet === null
          ? ""
          : `${finding.sheet}${finding.cell ? `!${finding.cell}` : finding.row ? ` ${m.row({ row: finding.row })}` : ""}  `;
      const { message, hint } = describeFinding(finding, output.settings.lang);
      const label =
        finding.severity === "error"
          ? out.red(m.error)
          : finding.severity === "warning"
            ? out.yellow(m.warning)
            : out.dim(m.info);
      lines.push(`  ${label}  ${where}${message}`, `        → ${out.dim(hint)}`);
    }
    if (report.omitted > 0) lines.push(`  ${m.omitted({ count: report.omitted })}`);
    if (report.findings.length > 0) lines.push("");
  }
  // What converting cost: LibreOffice is started for each .xls/.ods/.xlsb file.
  if (result.conversions !== null)
    lines.push(out.dim(m.converted(conversionParams(result.conversions, output.settings.lang))));
  const skipped = skippedLines(skippedInputs(result.skipped), m);
  if (skipped.length > 0) lines.push("", ...skipped);
  // The copies written, relative to where the command ran (as the files checked are shown).
  if (result.annotated.length > 0) lines.push("");
  for (const file of result.annotated) lines.push(m.annotated({ file: relative(process.cwd(), file) || file }));
  output.result(lines.join("\n"));
}
