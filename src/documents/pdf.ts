// PDF through LibreOffice (`soffice --headless --convert-to pdf`). A profile folder of its own per run,
// so a LibreOffice the clerk has open does not block the conversion. The work folder (profile and
// converted file) is a hidden folder beside the target, never in the system's temporary folder: a rename
// across file systems fails (EXDEV: %TEMP% on C: and the workspace on D:, /tmp on tmpfs), and within one
// folder it puts the PDF in place whole. Ctrl+C kills LibreOffice and removes the work folder.
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { UserError } from "../errors.js";
import { onInterrupt } from "../io/interrupt.js";
import { fileInUse, inUse } from "../io/write-atomic.js";
import { locateLibreOffice, realSystem } from "../machine/libreoffice.js";
import { runSoffice } from "../machine/soffice.js";
import type { ConfiguredLibreOffice } from "../machine/libreoffice.js";

const TIMEOUT_MS = 180_000;

/**
 * The soffice to run (machine/libreoffice.ts: BAOCAO_SOFFICE, baocao.yaml, PATH, standard places), or the
 * refusal naming the .docx already written and what to do.
 */
function sofficeFor(docx: string, configured: ConfiguredLibreOffice | null): string {
  const location = locateLibreOffice(realSystem(), configured);
  if (location.found) return location.command;
  if (location.source === null) throw new UserError("pdf/no-libreoffice", { file: docx, platform: process.platform });
  throw new UserError("pdf/libreoffice-missing", { file: docx, source: location.source, path: location.path });
}

/**
 * The export filter: Writer's PDF export as PDF/A-2b (SelectPdfVersion 2), the archival form a records office
 * keeps and signs (fonts embedded, XMP metadata with pdfaid:part 2 and conformance B, the document's title,
 * subject, author and keywords from its properties). Options in the JSON form LibreOffice reads since 7.4.
 */
export const PDF_EXPORT_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  SelectPdfVersion: { type: "long", value: "2" },
})}`;

/**
 * The PDF/A part and conformance its XMP metadata declares ("2B"), or null when it declares none (a LibreOffice
 * older than 7.4 does not read the export filter's options and writes a plain PDF).
 */
export function pdfAConformance(pdf: Uint8Array): string | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const part = /<pdfaid:part>\s*(\d)\s*<\/pdfaid:part>|pdfaid:part="(\d)"/.exec(text);
  const conformance = /<pdfaid:conformance>\s*([ABU])\s*<\/pdfaid:conformance>|pdfaid:conformance="([ABU])"/.exec(text);
  if (part === null) return null;
  return `${part[1] ?? part[2] ?? ""}${conformance?.[1] ?? conformance?.[2] ?? ""}`;
}

/**
 * The number of pages of a PDF as LibreOffice writes it (page objects "/Type /Page"); null when none is found
 * (object streams, which LibreOffice does not write, would hide them).
 */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const count = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  return count > 0 ? count : null;
}

/** The PDF made from `docx`: the same name with .pdf for .docx, beside it. */
export function pdfPathFor(docx: string): string {
  return join(dirname(docx), `${basename(docx).replace(/\.docx$/i, "")}.pdf`);
}

/**
 * Converts `docx` to the PDF `target` (default: beside it, same name) and returns the target's path.
 * `libreoffice`: the `libreoffice:` key of the workspace's baocao.yaml, if any.
 */
export async function convertToPdf(
  docx: string,
  target: string = pdfPathFor(docx),
  libreoffice: ConfiguredLibreOffice | null = null,
): Promise<string> {
  const soffice = sofficeFor(docx, libreoffice);
  const work = mkdtempSync(join(dirname(target), ".baocao-pdf-"));
  let kill = () => {};
  const forget = onInterrupt(() => {
    kill();
    rmSync(work, { recursive: true, force: true });
  });
  try {
    const run = await runSoffice(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--convert-to",
        PDF_EXPORT_FILTER,
        "--outdir",
        work,
        docx,
      ],
      TIMEOUT_MS,
      (killer) => (kill = killer),
    );
    const produced = join(work, basename(pdfPathFor(docx)));
    if (run.status !== 0 || !existsSync(produced)) {
      throw new UserError("pdf/failed", {
        file: docx,
        detail: (run.stderr || run.error?.message || "").trim().split("\n")[0] ?? "",
      });
    }
    try {
      renameSync(produced, target);
    } catch (error) {
      // A PDF reader holding the old PDF open (Windows): say so, not "permission denied".
      if (fileInUse(error, { replacing: true, target })) throw inUse(target);
      throw new UserError("output/unwritable", { file: target, code: (error as NodeJS.ErrnoException).code ?? "" });
    }
    return target;
  } finally {
    forget();
    rmSync(work, { recursive: true, force: true });
  }
}
