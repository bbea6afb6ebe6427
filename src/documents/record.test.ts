import { describe, expect, it } from "vitest";
import { sampleLetter, sampleReport } from "../../test/helpers/document-samples.js";
import { documentRecord, recordPathFor, recordText } from "./record.js";

describe("the metadata sidecar (<name>.meta.json)", () => {
  it("holds what a records office registers for an outgoing document", () => {
    const meta = sampleReport().meta;
    const record = documentRecord(meta, { docx: "bc.docx", pdf: "bc.pdf", pages: 7, pdfA: "2B" });
    expect(record).toEqual({
      format: "baocao/document-record@1",
      docx: "bc.docx",
      pdf: "bc.pdf",
      number: "841",
      notation: "BC-STTTT",
      issuedDate: "2023-07-03",
      draftMonth: null,
      place: meta.place,
      typeName: "Báo cáo",
      summary: meta.summary.replace(/\s+/g, " "),
      issuer: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      signer: { name: "Trần Văn Bình", position: "PHÓ GIÁM ĐỐC", authority: ["KT. GIÁM ĐỐC"] },
      recipients: meta.recipients.map((name) => name.replace(/[.;]$/u, "")),
      copies: meta.copies,
      language: "vi",
      pages: 7,
      pdfA: "2B",
    });
    expect("urgency" in record).toBe(false);
    expect("secrecy" in record).toBe(false);
  });

  it("a draft has no number and no day; the pages are null without a PDF; the marks appear when set", () => {
    const meta = { ...sampleLetter().meta, urgency: "KHẨN", secrecy: "MẬT" } as const;
    const record = documentRecord(meta, { docx: "cv.docx", pdf: null, pages: null });
    expect(record).toMatchObject({
      number: null,
      notation: "UBND-KGVX",
      issuedDate: null,
      draftMonth: "2023-07",
      typeName: "Công văn",
      pdf: null,
      pages: null,
      pdfA: null,
      urgency: "KHẨN",
      secrecy: "MẬT",
      recipients: ["Các sở, ban ngành tỉnh", "UBND huyện, thị xã, thành phố", "Các doanh nghiệp viễn thông, CNTT"],
    });
    expect(record.copies[0]).toBe("Như trên");
    expect(record.copies.at(-1)).toBe("Lưu: VT, KGVX");
    expect(JSON.parse(recordText(record))).toEqual(record);
    expect(recordText(record).endsWith("}\n")).toBe(true);
  });

  it("is named after the .docx", () => {
    expect(recordPathFor("out/2023-H1/bao-cao-2023-H1.docx")).toBe("out/2023-H1/bao-cao-2023-H1.meta.json");
    expect(recordPathFor("x/Thư mời.DOCX")).toBe("x/Thư mời.meta.json");
  });
});
