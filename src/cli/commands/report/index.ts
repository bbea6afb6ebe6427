// `baocao report --period P [--number N] [--date D] [--draft] [--pdf] [--out FILE]`: the Department's
// report to the provincial People's Committee (Decree 30 "văn bản có tên loại", Mẫu 1.4), from the
// aggregate, with appendices I–III and a chart comparing key indicators with the same period.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Aggregate } from "../../../aggregate/index.js";
import { periodCode } from "../../../domain/period/index.js";
import { documentReference } from "../../../documents/compose/index.js";
import { incidentListing, reportAppendices } from "../../../documents/report/appendices.js";
import { reportData } from "../../../documents/report/report-data.js";
import { SUMMARY_FILE, SUMMARY_SHEETS } from "../../../forms/summary/sheets.js";
import { messages } from "../../../messages/index.js";
import { LEDGER_FILE } from "../../../store/index.js";
import { formatNumber } from "../../../vn/numbers.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import type { Workspace } from "../../../workspace/read.js";
import type { Output } from "../../output.js";
import { computeAggregate } from "../aggregate/index.js";
import { resolveNumbering } from "../../numbering.js";
import { parsePeriodOption } from "../../options.js";
import type { DocumentCommandOptions, WrittenDocument } from "../write-document.js";
import { buildDocument, writeDocument } from "../write-document.js";

export type ReportOptions = DocumentCommandOptions;

/** out/<period>/aggregate.json when it is newer than the ledger, else a fresh aggregate. */
export async function currentAggregate(workspace: Workspace, periodText: string): Promise<Aggregate> {
  const period = parsePeriodOption(periodText)!;
  const file = join(workspace.dir, "out", periodCode(period), "aggregate.json");
  const ledger = join(workspace.dir, "store", LEDGER_FILE);
  if (existsSync(file) && (!existsSync(ledger) || statSync(file).mtimeMs >= statSync(ledger).mtimeMs)) {
    return JSON.parse(readFileSync(file, "utf8")) as Aggregate;
  }
  return computeAggregate(workspace, period);
}

export interface WrittenReport extends WrittenDocument {
  /** How many incidents Phụ lục III lists of how many (not in --json: that prints the WrittenDocument). */
  readonly incidentList: { readonly listed: number; readonly total: number; readonly capped: boolean };
}

export async function report(options: ReportOptions): Promise<WrittenReport> {
  const period = parsePeriodOption(options.period)!;
  const workspace = readWorkspace(resolveWorkspaceDir(options.workspace, options.cwd));
  const { config } = workspace;
  const aggregate = await currentAggregate(workspace, options.period);
  const numbering = await resolveNumbering({ ...options, number: options.number, date: options.date });
  const issuerId = config.documents.report?.issuer;
  const issuer = issuerId === undefined ? undefined : config.issuers[issuerId];
  const data = reportData(aggregate, config, {
    province: config.organisation.province,
    issuer: { name: issuer?.name ?? "", shortName: issuer?.shortName ?? issuer?.name ?? "" },
  });
  const { document, file } = buildDocument(workspace, "bao-cao", "report", data, numbering, (meta) =>
    reportAppendices(aggregate, config, `(Kèm theo Báo cáo số ${documentReference(numbering, meta.number.symbol)} của ${issuer?.shortName ?? issuer?.name ?? ""})`),
  );
  const target = options.out === undefined ? join(workspace.dir, "out", periodCode(period), `bao-cao-${periodCode(period)}.docx`) : resolve(options.cwd, options.out);
  const written = await writeDocument(document, target, { cwd: options.cwd, force: options.force, pdf: options.pdf, template: file });
  return { ...written, incidentList: incidentListing(aggregate, config.report.incidentListLimit) };
}

export function printReport(result: WrittenReport, output: Output): void {
  const { incidentList, ...written } = result;
  printDocument(written, output);
  if (incidentList.capped) {
    const { lang } = output.settings;
    const number = (value: number) => (lang === "en" ? value.toLocaleString("en-US") : formatNumber(value));
    const m = messages(lang).documents;
    output.info(m.incidentListCapped({ listed: number(incidentList.listed), total: number(incidentList.total), sheet: SUMMARY_SHEETS.incidents, file: SUMMARY_FILE }));
  }
}

export function printDocument(result: WrittenDocument, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).documents;
  output.info(m.template({ file: result.template }));
  output.result(output.out.green(m.written({ file: result.docx })));
  if (result.pdf !== null) output.result(output.out.green(m.written({ file: result.pdf })));
}
