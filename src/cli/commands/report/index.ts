// `baocao report --period P [--number N] [--date D] [--draft] [--pdf] [--out FILE]`: the Department's
// report to the provincial People's Committee (src/app/report.ts).
import { report as writeReport } from "../../../app/report.js";
import type { WrittenReport } from "../../../app/report.js";
import type { AggregateNotice } from "../../../app/saved-aggregate.js";
import { vietnamDateOf } from "../../../domain/calendar-date.js";
import { SUMMARY_FILE, SUMMARY_SHEETS } from "../../../forms/summary/sheets.js";
import { messages } from "../../../messages/index.js";
import { formatShortDate } from "../../../vn/dates.js";
import { formatNumber } from "../../../vn/numbers.js";
import type { DocumentCommandOptions } from "../../document-options.js";
import { printDocument } from "../../document-options.js";
import { resolveNumbering } from "../../numbering.js";
import type { Output } from "../../output.js";
import { loadWorkspace, requirePeriodOption } from "../../options.js";

export type ReportOptions = DocumentCommandOptions & {
  /** Where notices go (a saved aggregate.json not used); default nowhere. */
  onNotice?: (notice: AggregateNotice) => void;
};

export type { WrittenReport };

export async function report(options: ReportOptions): Promise<WrittenReport> {
  const period = requirePeriodOption(options.period);
  const workspace = await loadWorkspace(options.workspace, options.cwd);
  return writeReport(workspace, period, {
    cwd: options.cwd,
    ...(options.out === undefined ? {} : { out: options.out }),
    force: options.force,
    pdf: options.pdf,
    onPdf: options.onPdf,
    today: vietnamDateOf(new Date()),
    numbering: () => resolveNumbering(options),
    ...(options.onNotice === undefined ? {} : { onNotice: options.onNotice }),
  });
}

/** A saved aggregate.json that was not used, and why: on stderr, whatever --quiet or --json say. */
export function printAggregateNotice(notice: AggregateNotice, output: Output): void {
  output.warn(messages(output.settings.lang).documents.aggregateRecomputed[notice.reason]({ file: notice.file }));
}

export function printReport(result: WrittenReport, output: Output): void {
  const { incidentList, listWarnings, dateBeforeWindowEnd, assessment, ...written } = result;
  printDocument(written, output);
  // The Sở's own assessment went into sections III–V: named, so that a forgotten file is noticed.
  if (assessment !== null) output.info(messages(output.settings.lang).documents.assessmentUsed({ file: assessment }));
  // A report dated before its figures could be complete: a typo in --date, most likely.
  if (dateBeforeWindowEnd !== null)
    output.warn(
      messages(output.settings.lang).documents.dateBeforeWindowEnd({
        date: formatShortDate(dateBeforeWindowEnd.date),
        windowEnd: formatShortDate(dateBeforeWindowEnd.windowEnd),
      }),
    );
  // A renamed list value (Hành vi …) counts its incidents as "(không ghi)": the clerk must know.
  for (const warning of listWarnings) {
    output.warn(
      messages(output.settings.lang).aggregate.listValueNotInConfig({
        indicator: "",
        units: warning.units.join(", "),
        list: warning.list,
        value: warning.value,
        count: warning.count,
      }),
    );
  }
  if (incidentList.capped) {
    const { lang } = output.settings;
    const number = (value: number) => (lang === "en" ? value.toLocaleString("en-US") : formatNumber(value));
    const m = messages(lang).documents;
    output.info(
      m.incidentListCapped({
        listed: number(incidentList.listed),
        total: number(incidentList.total),
        sheet: SUMMARY_SHEETS.incidents,
        file: SUMMARY_FILE,
      }),
    );
  }
}
