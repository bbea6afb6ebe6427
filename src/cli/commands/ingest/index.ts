// `baocao ingest <file|dir>… --period P [--strict]`: validate, then archive accepted submissions in
// store/ under their SHA-256 and record every file in store/ledger.jsonl (src/store).
import { statSync } from "node:fs";
import { join } from "node:path";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { parseIsoDate, vietnamDateOf } from "../../../domain/calendar-date.js";
import { UserError } from "../../../errors.js";
import { parseShortDate } from "../../../vn/dates.js";
import { periodCode } from "../../../domain/period/index.js";
import { collectInputFiles } from "../../../intake/index.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import { ingestFiles } from "../../../store/index.js";
import type { IngestOutcome } from "../../../store/index.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import type { Output } from "../../output.js";
import { parsePeriodOption, skippedJson, skippedLines, validateInputs } from "../validate/index.js";

export interface IngestOptions {
  cwd: string;
  workspace?: string;
  inputs: string[];
  period: string;
  strict: boolean;
  lang: Lang;
  /** --received: when the files arrived (dd/mm/yyyy or yyyy-mm-dd), recorded as their ledger time. */
  received?: string;
  today?: CalendarDate;
  now?: Date;
}

/** A received day as an instant: noon in Vietnam, so the day is the same in any time zone's reading. */
export function parseReceived(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = parseShortDate(text) ?? parseIsoDate(text);
  if (date === null) throw new UserError("received/invalid-option", { value: text });
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 5, 0, 0));
}

export interface IngestCommandResult {
  period: string;
  files: { file: string; unit: string | null; outcome: IngestOutcome; errors: number; warnings: number; supersedes: string | null }[];
  /** A half-written last ledger line from a crash, ignored and cut off. */
  tornLine: number | null;
  /** Files in the folders given that were not read, with the reason (never in the ledger). */
  skipped: { file: string; reason: string }[];
}

export async function ingest(options: IngestOptions): Promise<IngestCommandResult> {
  const period = parsePeriodOption(options.period)!;
  const now = parseReceived(options.received) ?? options.now ?? new Date();
  const workspace = readWorkspace(resolveWorkspaceDir(options.workspace, options.cwd, options.inputs));
  // Oldest first: when one batch holds two files of a unit (a correction saved as "x (1).xlsx"), the
  // newer one becomes current, whatever the names' order.
  const { files: collected, skipped } = collectInputFiles(options.inputs, options.cwd);
  const inputs = collected.sort(
    (a, b) => statSync(a.path).mtimeMs - statSync(b.path).mtimeMs || a.display.localeCompare(b.display),
  );
  const validated = await validateInputs(workspace, inputs, { period, today: options.today ?? vietnamDateOf(new Date()) });
  const result = await ingestFiles(
    join(workspace.dir, "store"),
    // Unreadable files are never archived (and a too-large one was never read): no bytes to pass.
    validated.map(({ report, bytes }) => ({ report, bytes: report.status === "unreadable" ? null : bytes })),
    { period: periodCode(period), strict: options.strict, now },
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
    })),
    tornLine: result.torn?.line ?? null,
    skipped: skippedJson(skipped),
  };
}

/** Exit 1 when any file was not taken (rejected, unreadable, refused): the clerk has follow-up to do. */
export function ingestExitCode(result: IngestCommandResult): 0 | 1 {
  const fine: IngestOutcome[] = ["archived", "already-current", "duplicate-of-archived"];
  return result.files.every((file) => fine.includes(file.outcome)) ? 0 : 1;
}

export function printIngest(result: IngestCommandResult, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).ingest;
  const { out } = output;
  if (result.tornLine !== null) output.warn(m.torn({ line: result.tornLine }));
  const counts = new Map<string, number>();
  for (const file of result.files) {
    counts.set(file.outcome, (counts.get(file.outcome) ?? 0) + 1);
    const good = file.outcome === "archived" || file.outcome === "already-current";
    const text = m.outcomes[file.outcome] ?? file.outcome;
    const mark = good ? out.green(`✔ ${text}`) : file.outcome === "duplicate-of-archived" ? out.yellow(`• ${text}`) : out.red(`✘ ${text}`);
    const extra = file.supersedes !== null ? ` ${m.supersedes}` : "";
    output.result(`${file.file}  ${file.unit ?? "?"}  ${mark}${extra}`);
  }
  const summary = [...counts].map(([outcome, count]) => `${m.outcomes[outcome] ?? outcome}: ${count}`).join(", ");
  const skipped = skippedLines(result.skipped, m);
  if (skipped.length > 0) output.result(skipped.join("\n"));
  output.result(out.bold(m.summary({ period: result.period, files: result.files.length, detail: summary })));
}
