// `baocao ingest <file|dir>… --period P [--strict] [--received D]`: validate, then archive accepted
// submissions and record every file in the ledger (src/app/ingest.ts).
import { conversionParams, conversionProgress } from "../../conversions.js";
import { join, relative } from "node:path";
import type { CalendarDate } from "../../../domain/calendar-date.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import { everyFileTaken, ingest as ingestFiles } from "../../../app/ingest.js";
import type { IngestResult } from "../../../app/ingest.js";
import type { Lang } from "../../../messages/index.js";
import { describeFinding, messages } from "../../../messages/index.js";
import type { Output } from "../../output.js";
import type { FeedbackSettings } from "../../progress.js";
import { withProgress } from "../../progress.js";
import { loadWorkspace, parseReceived, receivedAfter, requirePeriodOption } from "../../options.js";
import { skippedLines } from "../../skipped.js";

export interface IngestOptions {
  cwd: string;
  workspace?: string;
  inputs: string[];
  period: string;
  strict: boolean;
  lang: Lang;
  /** --received: when the files arrived (dd/mm/yyyy or yyyy-mm-dd), recorded as their ledger time. */
  received?: string;
  /** --unlock: ingest into a locked period, with the reason recorded. */
  unlock?: string;
  today?: CalendarDate;
  now?: Date;
  /** Where a progress bar may go (a terminal, without --quiet or --json); none when not given. */
  feedback?: FeedbackSettings;
}

export interface IngestCommandResult extends IngestResult {
  /** --received when it is after today (dd/mm/yyyy, and today): recorded as given, with a warning. */
  readonly receivedInFuture: { readonly received: string; readonly today: string } | null;
  /** The store and its ledger, relative to where the command ran (not in --json). */
  readonly written: { readonly store: string; readonly ledger: string };
}

export async function ingest(options: IngestOptions): Promise<IngestCommandResult> {
  const period = requirePeriodOption(options.period);
  const received = parseReceived(options.received);
  const now = received ?? options.now ?? new Date();
  const today = options.today ?? vietnamDateOf(new Date());
  const workspace = await loadWorkspace(options.workspace, options.cwd, options.inputs);
  const result = await withProgress(options.feedback, messages(options.lang).validate.progress, (onProgress) =>
    ingestFiles(workspace, period, {
      cwd: options.cwd,
      inputs: options.inputs,
      strict: options.strict,
      now,
      today,
      ...(options.unlock === undefined ? {} : { unlock: options.unlock }),
      ...(onProgress === undefined ? {} : { onProgress }),
      onConvertProgress: conversionProgress(options.feedback, options.lang),
    }),
  );
  const receivedInFuture = receivedAfter(received, today)
    ? { received: shortDate(vietnamDateOf(received!)), today: shortDate(today) }
    : null;
  const show = (path: string) => relative(options.cwd, path) || path;
  const store = join(workspace.dir, "store");
  return { ...result, receivedInFuture, written: { store: show(store), ledger: show(join(store, "ledger.jsonl")) } };
}

function shortDate(date: CalendarDate): string {
  return `${String(date.day).padStart(2, "0")}/${String(date.month).padStart(2, "0")}/${date.year}`;
}

/** Exit 1 when any file was not taken (rejected, unreadable, refused): the clerk has follow-up to do. */
export function ingestExitCode(result: IngestCommandResult): 0 | 1 {
  return everyFileTaken(result) ? 0 : 1;
}

export function printIngest(command: IngestCommandResult, output: Output): void {
  const { receivedInFuture, written, conversions, ...result } = command;
  if (receivedInFuture !== null) output.warn(messages(output.settings.lang).cli.receivedInFuture(receivedInFuture));
  if (output.settings.json) {
    output.json({ ...result, files: result.files.map(({ findings: _findings, ...file }) => file) });
    return;
  }
  const m = messages(output.settings.lang).ingest;
  const { out } = output;
  if (result.tornLine !== null) output.warn(m.torn({ line: result.tornLine }));
  if (result.unlocked !== null) {
    output.warn(messages(output.settings.lang).review.unlocked({ period: result.period, reason: result.unlocked }));
  }
  const counts = new Map<string, number>();
  for (const file of result.files) {
    counts.set(file.outcome, (counts.get(file.outcome) ?? 0) + 1);
    const good = file.outcome === "archived" || file.outcome === "already-current";
    const text = m.outcomes[file.outcome] ?? file.outcome;
    const mark = good
      ? out.green(`✔ ${text}`)
      : file.outcome === "duplicate-of-archived"
        ? out.yellow(`• ${text}`)
        : out.red(`✘ ${text}`);
    const extra = file.supersedes !== null ? ` ${m.supersedes}` : "";
    output.result(`${file.file}  ${file.unit ?? "?"}  ${mark}${extra}`);
    if (!good) for (const line of reasonLines(file, output)) output.result(line);
  }
  const summary = [...counts].map(([outcome, count]) => `${m.outcomes[outcome] ?? outcome}: ${count}`).join(", ");
  const skipped = skippedLines(result.skipped, m);
  if (skipped.length > 0) output.result(skipped.join("\n"));
  if (conversions !== null)
    output.result(
      out.dim(messages(output.settings.lang).validate.converted(conversionParams(conversions, output.settings.lang))),
    );
  output.result(out.bold(m.summary({ period: result.period, files: result.files.length, detail: summary })));
  if (result.files.length > 0)
    output.result(m.written({ archived: counts.get("archived") ?? 0, store: written.store, ledger: written.ledger }));
}

/** How many of a file's findings say why it was not taken; `baocao validate` lists them all. */
const REASONS_SHOWN = 3;

/** Why a file was not taken: its first errors (its warnings, when --strict refused it for them), with cells. */
function reasonLines(file: IngestCommandResult["files"][number], output: Output): string[] {
  const { lang } = output.settings;
  const m = messages(lang);
  const severity = file.outcome === "refused-warnings" ? "warning" : "error";
  const reasons = file.findings.filter((finding) => finding.severity === severity);
  const lines = reasons.slice(0, REASONS_SHOWN).map((finding) => {
    const where =
      finding.sheet === null
        ? ""
        : `${finding.sheet}${finding.cell ? `!${finding.cell}` : finding.row ? ` ${m.validate.row({ row: finding.row })}` : ""}: `;
    return `    ${output.out.dim("–")} ${where}${describeFinding(finding, lang).message}`;
  });
  if (reasons.length > REASONS_SHOWN)
    lines.push(`    ${m.ingest.moreReasons({ count: reasons.length - REASONS_SHOWN, file: file.file })}`);
  return lines;
}
