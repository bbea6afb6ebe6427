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
import { padEnd, padStart, shorten, widest } from "../../table.js";

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
  const workspace = await loadWorkspace(options.workspace, options.cwd);
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
  lines.push(...indicatorTable(a.indicators, figure, lang, output.columns));
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

/**
 * One row per indicator: code, name, total, unit, change against the same period. The columns are as wide
 * as their widest entry (measured on screen), so a long unit never runs into the change; the name takes
 * what is left of the terminal's width and a longer one is shortened at a word with "…". When the change
 * would leave the name less than 32 columns, the change goes on a line of its own under the name.
 */
function indicatorTable(
  indicators: AggregateResult["aggregate"]["indicators"],
  figure: (value: number) => string,
  lang: Lang,
  columns: number,
): string[] {
  const rows = indicators.map((indicator) => ({
    code: indicator.code,
    name: indicator.name,
    total: indicator.total === null ? "—" : figure(indicator.total),
    unit: indicator.unit,
    change:
      indicator.total === null ? "" : describeChange(indicator.total, indicator.previous, indicator.unit, { lang }),
  }));
  const codeWidth = widest(rows.map((row) => row.code));
  const totalWidth = widest(rows.map((row) => row.total));
  const unitWidth = widest(rows.map((row) => row.unit));
  const changeWidth = widest(rows.map((row) => row.change));
  const fixed = 2 + codeWidth + 2 + 1 + totalWidth + 1 + unitWidth;
  const longestName = widest(rows.map((row) => row.name));
  // The change stays on the row when that leaves the name at least 32 columns (or all it needs).
  const MIN_NAME = 32;
  const changeInline = columns - fixed - 2 - changeWidth >= Math.min(MIN_NAME, longestName);
  const nameWidth = Math.min(longestName, Math.max(16, columns - fixed - (changeInline ? 2 + changeWidth : 0)));
  return rows.flatMap((row) => {
    const head = `  ${padEnd(row.code, codeWidth)}  ${padEnd(shorten(row.name, nameWidth), nameWidth)} ${padStart(row.total, totalWidth)} ${padEnd(row.unit, unitWidth)}`;
    if (row.change === "") return [head.trimEnd()];
    if (changeInline) return [`${head}  ${row.change}`];
    return [head.trimEnd(), `  ${" ".repeat(codeWidth)}  → ${row.change}`];
  });
}
