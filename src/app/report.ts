// The report use case: the Department's report to the provincial People's Committee (Decree 30 "văn bản
// có tên loại", Mẫu 1.4), from the aggregate, with appendices I–III and a chart comparing key indicators
// with the same period.
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { AggregateWarning } from "../aggregate/index.js";
import type { CalendarDate } from "../domain/calendar-date.js";
import { compareDates } from "../domain/calendar-date.js";
import type { Period } from "../domain/period/index.js";
import { periodCode } from "../domain/period/index.js";
import { periodContext } from "../domain/period/period-context.js";
import { documentReference } from "../documents/compose/index.js";
import type { Numbering } from "../documents/compose/index.js";
import { incidentListing, reportAppendices } from "../documents/report/appendices.js";
import type { Assessment } from "../documents/report/assessment.js";
import { parseAssessment } from "../documents/report/assessment.js";
import { readTextFile } from "../io/read-text.js";
import { reportData } from "../documents/report/report-data.js";
import { interruptCheckpoint } from "../io/interrupt.js";
import type { Workspace } from "../workspace/read.js";
import type { DocumentOutput, WrittenDocument } from "./document.js";
import { buildDocument, configuredLibreOffice, refuseExisting, writeDocument } from "./document.js";
import type { AggregateNotice } from "./saved-aggregate.js";
import { currentAggregate } from "./saved-aggregate.js";

export interface ReportOptions extends DocumentOutput {
  /** Today, should the aggregate be made afresh. */
  today: CalendarDate;
  /** The number and date (asked on a terminal, perhaps): called once the aggregate is at hand. */
  numbering: () => Promise<Numbering>;
  /** Told when a saved aggregate.json could not be used and the aggregate is made afresh. */
  onNotice?: (notice: AggregateNotice) => void;
}

export interface WrittenReport extends WrittenDocument {
  /** How many incidents Phụ lục III lists of how many (not in --json: that prints the WrittenDocument). */
  readonly incidentList: { readonly listed: number; readonly total: number; readonly capped: boolean };
  /** Incidents whose list value (Hành vi …) the configuration no longer has, counted under "(không ghi)". */
  readonly listWarnings: readonly Extract<AggregateWarning, { code: "list/value-not-in-config" }>[];
  /**
   * The report's date when it is not after the last day of the period's data window (the figures could not
   * have been complete: a typo in --date?), with that day; null otherwise and for a draft.
   */
  readonly dateBeforeWindowEnd: { readonly date: CalendarDate; readonly windowEnd: CalendarDate } | null;
  /** The Sở's own assessment file the report took (nhan-dinh/<period>.md, as shown), null when there is none. */
  readonly assessment: string | null;
}

/** Where the clerk writes the Sở's own assessment and recommendations for a period. */
export function assessmentFile(workspaceDir: string, period: Period): string {
  return join(workspaceDir, "nhan-dinh", `${periodCode(period)}.md`);
}

export async function report(workspace: Workspace, period: Period, options: ReportOptions): Promise<WrittenReport> {
  const { config } = workspace;
  // Only the incidents Phụ lục III lists are kept (the appendix counts the rest from incidents.count).
  const aggregate = await currentAggregate(workspace, period, options.today, options.onNotice, {
    listed: config.report.incidentListLimit,
  });
  await interruptCheckpoint();
  const target =
    options.out === undefined
      ? join(workspace.dir, "out", periodCode(period), `bao-cao-${periodCode(period)}.docx`)
      : resolve(options.cwd, options.out);
  refuseExisting(target, options); // before the number and date are asked
  const assessment = readAssessment(workspace.dir, period, options.cwd); // a bad heading: before the questions too
  const numbering = await options.numbering();
  const issuerId = config.documents.report?.issuer;
  const issuer = issuerId === undefined ? undefined : config.issuers[issuerId];
  const data = reportData(aggregate, config, assessment?.parts ?? null, {
    province: config.organisation.province,
    issuer: { name: issuer?.name ?? "", shortName: issuer?.shortName ?? issuer?.name ?? "" },
  });
  const { document, file } = buildDocument(workspace, "bao-cao", "report", data, numbering, (meta) =>
    reportAppendices(
      aggregate,
      config,
      // Phụ lục I, III.1: "(Kèm theo … số …/…-… ngày … tháng … năm … của …)", the date in full.
      `(Kèm theo Báo cáo số ${documentReference(numbering, meta.number.symbol, "full")} của ${issuer?.shortName ?? issuer?.name ?? ""})`,
    ),
  );
  const written = await writeDocument(document, target, {
    cwd: options.cwd,
    force: options.force,
    pdf: options.pdf,
    template: file,
    libreoffice: configuredLibreOffice(workspace),
    onPdf: options.onPdf,
  });
  return {
    ...written,
    incidentList: incidentListing(aggregate, config.report.incidentListLimit),
    listWarnings: aggregate.warnings.filter((warning) => warning.code === "list/value-not-in-config"),
    dateBeforeWindowEnd: dateBeforeWindowEnd(numbering, periodContext(config, period).window.to),
    assessment: assessment?.shown ?? null,
  };
}

function readAssessment(
  workspaceDir: string,
  period: Period,
  cwd: string,
): { readonly parts: Assessment; readonly shown: string } | null {
  const file = assessmentFile(workspaceDir, period);
  if (!existsSync(file)) return null;
  const shown = relative(cwd, file) || file;
  const text = readTextFile(file, shown, { unreadable: "assessment/unreadable" });
  return { parts: parseAssessment(text, shown), shown };
}

function dateBeforeWindowEnd(numbering: Numbering, windowEnd: CalendarDate): WrittenReport["dateBeforeWindowEnd"] {
  const { date } = numbering;
  if ("draft" in date) return null;
  return compareDates(date, windowEnd) <= 0 ? { date, windowEnd } : null;
}
