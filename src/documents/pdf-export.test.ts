import { describe, expect, it } from "vitest";
import { PDF_EXPORT_FILTER, pdfAConformance, pdfPageCount } from "./pdf.js";

const pdf = (text: string) => Buffer.from(text, "latin1");

describe("the PDF export (PDF/A-2b) and what is read back from the PDF", () => {
  it("asks Writer's PDF export for PDF/A-2 in LibreOffice's JSON option form", () => {
    expect(PDF_EXPORT_FILTER).toBe('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}');
  });

  it("reads the PDF/A level from the XMP, element or attribute form; none in a plain PDF", () => {
    expect(pdfAConformance(pdf("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>"))).toBe("2B");
    expect(pdfAConformance(pdf('<rdf:Description pdfaid:part="2" pdfaid:conformance="U"/>'))).toBe("2U");
    expect(pdfAConformance(pdf("%PDF-1.6 no metadata"))).toBeNull();
  });

  it("counts page objects, not the page tree", () => {
    const body =
      "1 0 obj<</Type/Pages/Count 2/Kids[2 0 R 3 0 R]>>endobj 2 0 obj<</Type /Page/Parent 1 0 R>>endobj 3 0 obj<</Type/Page>>endobj";
    expect(pdfPageCount(pdf(body))).toBe(2);
    expect(pdfPageCount(pdf("%PDF-1.6"))).toBeNull();
  });
});
