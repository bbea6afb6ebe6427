// `baocao directive --period P --report-number N --report-date D [--draft] …`: the People's Committee's
// công văn assigning tasks after the Department's report (Decree 30 Mẫu 1.5; the model is the real
// letter of July 2023, ../shared/reference/seed-cong-van-2023-07.txt).
import { join, resolve } from "node:path";
import { periodCode, periodLabel } from "../../../domain/period/index.js";
import { documentReference, documentSymbol, frontMatterSchema } from "../../../documents/compose/index.js";
import { readWorkspace, resolveWorkspaceDir } from "../../../workspace/read.js";
import { resolveNumbering } from "../../numbering.js";
import { parsePeriodOption } from "../../options.js";
import type { DocumentCommandOptions, WrittenDocument } from "../write-document.js";
import { buildDocument, writeDocument } from "../write-document.js";

export interface DirectiveOptions extends DocumentCommandOptions {
  reportNumber?: string;
  reportDate?: string;
}

export async function directive(options: DirectiveOptions): Promise<WrittenDocument> {
  const period = parsePeriodOption(options.period)!;
  const workspace = readWorkspace(resolveWorkspaceDir(options.workspace, options.cwd));
  const { config } = workspace;
  // The report being answered is a document already issued: its number and date are required.
  const cited = await resolveNumbering({ ...options, number: options.reportNumber, date: options.reportDate, draft: false, cites: "report" });
  const numbering = await resolveNumbering(options);
  const reportIssuerId = config.documents.report?.issuer ?? Object.keys(config.issuers)[0]!;
  const reportIssuer = config.issuers[reportIssuerId]!;
  const reportSymbol = documentSymbol(config, reportIssuerId, frontMatterSchema.parse({ kind: "typed", summary: "-", typeAbbreviation: "BC" }));
  const data = {
    period: periodCode(period),
    label: periodLabel(period),
    province: config.organisation.province,
    report: { number: cited.number, reference: documentReference(cited, reportSymbol) },
    reportIssuer: { name: reportIssuer.name, shortName: reportIssuer.shortName ?? reportIssuer.name },
  };
  const { document, file } = buildDocument(workspace, "cong-van-chi-dao", "directive", data, numbering);
  const target = options.out === undefined ? join(workspace.dir, "out", periodCode(period), `cong-van-chi-dao-${periodCode(period)}.docx`) : resolve(options.cwd, options.out);
  return writeDocument(document, target, { cwd: options.cwd, force: options.force, pdf: options.pdf, template: file });
}
