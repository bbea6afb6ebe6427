// Shared by the report and directive use cases: render a template to the document model, lay it out,
// and write the .docx (and the PDF) without ever overwriting a file the clerk may have edited.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, relative } from "node:path";
import type { Appendix, AdminDocument } from "../documents/model.js";
import { composeMeta } from "../documents/compose/index.js";
import type { Numbering } from "../documents/compose/index.js";
import { renderDocument } from "../documents/layout/index.js";
import { convertToPdf, pdfAConformance, pdfPageCount, pdfPathFor } from "../documents/pdf.js";
import { documentRecord, recordPathFor, recordText } from "../documents/record.js";
import { getCompiledTemplate } from "../documents/template/index.js";
import { UserError } from "../errors.js";
import { interruptCheckpoint } from "../io/interrupt.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import type { Workspace } from "../workspace/read.js";
import type { DocumentMeta } from "../documents/model.js";
import type { ConfiguredLibreOffice } from "../machine/libreoffice.js";

/** Where and how a document is written. */
export interface DocumentOutput {
  cwd: string;
  /** The .docx to write (relative to cwd); default out/<period>/<name>-<period>.docx of the workspace. */
  out?: string;
  force: boolean;
  pdf: boolean;
  /** Told just before the PDF conversion (LibreOffice takes seconds): "Đang chuyển sang PDF…". */
  onPdf?: (() => void) | undefined;
}

export interface WrittenDocument {
  docx: string;
  pdf: string | null;
  /** The metadata sidecar "<name>.meta.json" beside the .docx (documents/record.ts). */
  record: string;
  template: string;
  meta: DocumentMeta;
}

export function buildDocument(
  workspace: Workspace,
  template: string,
  defaults: "report" | "directive",
  data: Record<string, unknown>,
  numbering: Numbering,
  appendices: (meta: DocumentMeta) => Appendix[] = () => [],
): { document: AdminDocument; file: string } {
  const compiled = getCompiledTemplate(template, { workspaceDir: workspace.dir });
  const rendered = compiled.render(data);
  const meta = composeMeta(workspace.config, defaults, rendered.front, numbering, compiled.file);
  return { document: { meta, body: rendered.blocks, appendices: appendices(meta) }, file: compiled.file };
}

export { configuredLibreOffice } from "./libreoffice-config.js";

/**
 * The .docx (and the PDF) may not be written over without --force, nor be a folder. Checked by
 * writeDocument, and by the use cases before they ask for a number and date, so that no answer is asked
 * for nothing. Both outputs are checked before either is written: a refusal changes nothing.
 */
export function refuseExisting(target: string, options: { cwd: string; force: boolean; pdf: boolean }): void {
  const pdfTarget = options.pdf ? pdfPathFor(target) : null;
  const recordTarget = recordPathFor(target);
  // The sidecar describes the document: rewritten with it, never a reason to refuse, unless it is a folder.
  if (existsSync(recordTarget) && statSync(recordTarget).isDirectory())
    throw new UserError("output/unwritable", { file: recordTarget, code: "EISDIR" });
  // Both outputs are checked before either is written: a refusal changes nothing.
  for (const file of pdfTarget === null ? [target] : [target, pdfTarget]) {
    if (existsSync(file) && statSync(file).isDirectory())
      throw new UserError("output/unwritable", { file, code: "EISDIR" });
    if (existsSync(file) && !options.force)
      throw new UserError("document/exists", { file: relative(options.cwd, file) || file });
  }
}

export async function writeDocument(
  document: AdminDocument,
  target: string,
  options: {
    cwd: string;
    force: boolean;
    pdf: boolean;
    template: string;
    /** The workspace's `libreoffice:` key (baocao.yaml), where to find soffice for the PDF. */
    libreoffice?: ConfiguredLibreOffice | null;
    /** Called before the PDF conversion starts (it takes a few seconds). */
    onPdf?: (() => void) | undefined;
  },
): Promise<WrittenDocument> {
  refuseExisting(target, options);
  const pdfTarget = options.pdf ? pdfPathFor(target) : null;
  const recordTarget = recordPathFor(target);
  const bytes = await renderDocument(document);
  await interruptCheckpoint(); // Ctrl+C while laying out: nothing is written
  const writeRecord = (pdf: string | null) => {
    const bytes = pdf === null ? null : readFileSync(pdf);
    const record = documentRecord(document.meta, {
      docx: basename(target),
      pdf: pdf === null ? null : basename(pdf),
      pages: bytes === null ? null : pdfPageCount(bytes),
      pdfA: bytes === null ? null : pdfAConformance(bytes),
    });
    writeFileAtomic(recordTarget, recordText(record));
  };
  // Without a PDF the sidecar goes first: a run stopped between the two leaves no .docx that would make the
  // next run refuse, and the sidecar is rewritten by it. With a PDF it needs the PDF's pages, so it goes last.
  if (pdfTarget === null) writeRecord(null);
  writeFileAtomic(target, bytes);
  await interruptCheckpoint();
  if (pdfTarget !== null) options.onPdf?.();
  const pdf = pdfTarget === null ? null : await convertToPdf(target, pdfTarget, options.libreoffice ?? null);
  await interruptCheckpoint();
  if (pdf !== null) writeRecord(pdf);
  const show = (path: string) => relative(options.cwd, path) || path;
  return {
    docx: show(target),
    pdf: pdf === null ? null : show(pdf),
    record: show(recordTarget),
    template: show(options.template),
    meta: document.meta,
  };
}
