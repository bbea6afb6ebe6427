// `baocao aggregate --period P [--json] [--out DIR]`: totals, breakdowns, comparison with the same period
// a year earlier and the source of every figure (src/app/aggregate.ts). Writes out/<period>/aggregate.json
// and tong-hop.xlsx.
import { aggregateJsonPieces } from "../../../aggregate/index.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import { aggregateToFiles } from "../../../app/aggregate.js";
import type { AggregateResult } from "../../../app/aggregate.js";
import type { Lang } from "../../../messages/index.js";
import { messages } from "../../../messages/index.js";
import { formatNumber, toEnglishNotation } from "../../../vn/numbers.js";
import { describeChange } from "../../../vn/change.js";
import type { Output } from "../../output.js";
import type { FeedbackSettings } from "../../progress.js";
import { withProgress } from "../../progress.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";

export interface AggregateOptions {
  cwd: string;
  workspace?: string;
  period: string;
  out?: string;
  lang: Lang;
  /** Where a progress bar may go (a terminal, without --quiet or --json); none when not given. */
  feedback?: FeedbackSettings;
}

export type { AggregateResult };

export async function runAggregate(options: AggregateOptions): Promise<AggregateResult> {
  const period = requirePeriodOption(options.period);
  const workspace = loadWorkspace(options.workspace, options.cwd);
  return withProgress(options.feedback, messages(options.lang).aggregate.progress, (onProgress) =>
    aggregateToFiles(workspace, period, {
      cwd: options.cwd,
      ...(options.out === undefined ? {} : { out: options.out }),
      today: vietnamDateOf(new Date()),
      onProgress,
    }),
  );
}

export function printAggregate(result: AggregateResult, output: Output): void {
  if (output.settings.json) {
    // The same text as aggregate.json, without building it whole.
    output.jsonPieces(aggregateJsonPieces(result.aggregate));
    return;
  }
  const m = messages(output.settings.lang).aggregate;
  const a = result.aggregate;
  const { out } = output;
  const lines = [
    out.bold(m.title({ label: a.label, submitted: a.units.submitted.length, expected: a.units.expected.length })),
  ];
  if (a.units.missing.length > 0) lines.push(out.yellow(m.missing({ units: a.units.missing.join(", ") })));
  lines.push("");
  const lang = output.settings.lang;
  // English output writes figures the English way (1,250,000); documents stay Vietnamese.
  const figure = (value: number) => (lang === "en" ? toEnglishNotation(formatNumber(value)) : formatNumber(value));
  for (const indicator of a.indicators) {
    const total = indicator.total === null ? "—" : figure(indicator.total);
    const change =
      indicator.total === null ? "" : describeChange(indicator.total, indicator.previous, indicator.unit, { lang });
    lines.push(
      `  ${indicator.code}  ${indicator.name.slice(0, 60).padEnd(60)} ${total.padStart(14)} ${indicator.unit.padEnd(16)} ${change}`,
    );
  }
  lines.push(
    "",
    m.incidents({ count: a.incidents.count, damage: figure(a.incidents.damage), fines: figure(a.incidents.fines) }),
  );
  for (const warning of a.warnings) {
    const params = { indicator: warning.indicator ?? "", units: warning.units.join(", ") };
    const text =
      warning.code === "list/value-not-in-config"
        ? m.listValueNotInConfig({ ...params, list: warning.list, value: warning.value, count: warning.count })
        : warning.code === "previous/disagree"
          ? m.previousDisagree(params)
          : warning.code === "previous/incomplete"
            ? m.previousIncomplete(params)
            : m.unitNotInConfig(params);
    lines.push(out.yellow(text));
  }
  lines.push("", m.written({ json: result.files.json, workbook: result.files.workbook }));
  output.result(lines.join("\n"));
}
