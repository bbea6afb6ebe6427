// The directive use case: the People's Committee's công văn assigning tasks after the Department's report
// (Decree 30 Mẫu 1.5; the model is the real letter of July 2023, test/fixtures/seed-cong-van-2023-07.txt).
import { join, resolve } from "node:path";
import type { Period } from "../domain/period/index.js";
import { periodCode, periodLabel } from "../domain/period/index.js";
import {
  declaredFrontMatter,
  documentReference,
  documentSymbol,
  parseFrontMatter,
} from "../documents/compose/index.js";
import type { Numbering } from "../documents/compose/index.js";
import { loadTemplate } from "../documents/template/index.js";
import { UserError } from "../errors.js";
import type { Workspace } from "../workspace/read.js";
import type { DocumentOutput, WrittenDocument } from "./document.js";
import { buildDocument, configuredLibreOffice, refuseExisting, writeDocument } from "./document.js";

export interface DirectiveOptions extends DocumentOutput {
  /** The report being answered, a document already issued: its number and date. */
  cited: () => Promise<Numbering>;
  /** The directive's own number and date. */
  numbering: () => Promise<Numbering>;
}

export async function directive(
  workspace: Workspace,
  period: Period,
  options: DirectiveOptions,
): Promise<WrittenDocument> {
  const { config } = workspace;
  const target =
    options.out === undefined
      ? join(workspace.dir, "out", periodCode(period), `cong-van-chi-dao-${periodCode(period)}.docx`)
      : resolve(options.cwd, options.out);
  refuseExisting(target, options); // before the numbers and dates are asked
  const cited = await options.cited();
  const numbering = await options.numbering();
  // The report's number as the report template declares it (kind, type abbreviation, issuer).
  const reportTemplate = loadTemplate("bao-cao", { workspaceDir: workspace.dir });
  const declared = declaredFrontMatter(reportTemplate.source, reportTemplate.file);
  const reportFront = parseFrontMatter({ summary: "-", ...declared }, reportTemplate.file);
  const reportIssuerId = reportFront.issuer ?? config.documents.report?.issuer ?? Object.keys(config.issuers)[0]!;
  const reportIssuer = config.issuers[reportIssuerId];
  if (reportIssuer === undefined)
    throw new UserError("document/no-issuer", { file: reportTemplate.file, kind: "report" });
  const reportSymbol = documentSymbol(config, reportIssuerId, reportFront);
  const data = {
    period: periodCode(period),
    label: periodLabel(period),
    province: config.organisation.province,
    report: { number: cited.number, reference: documentReference(cited, reportSymbol) },
    reportIssuer: { name: reportIssuer.name, shortName: reportIssuer.shortName ?? reportIssuer.name },
    // How the directive addresses the local governments: "UBND huyện, thị xã, thành phố" before the 2025
    // reorganisation, "UBND các xã, phường" after it (the group of the configured local units).
    localGroup: config.units.find((unit) => unit.kind === "district")?.group ?? "UBND huyện, thị xã, thành phố",
  };
  const { document, file } = buildDocument(workspace, "cong-van-chi-dao", "directive", data, numbering);
  return writeDocument(document, target, {
    cwd: options.cwd,
    force: options.force,
    pdf: options.pdf,
    template: file,
    libreoffice: configuredLibreOffice(workspace),
    onPdf: options.onPdf,
  });
}
