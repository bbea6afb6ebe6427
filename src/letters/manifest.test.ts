import { describe, expect, it } from "vitest";
import { manifestCsv } from "./manifest.js";
import type { ManifestRow } from "./manifest.js";

const row = (override: Partial<ManifestRow>): ManifestRow => ({
  index: 1,
  code: "CAT",
  name: "Công an tỉnh Hưng Yên",
  file: "01-CAT-cong-an-tinh-hung-yen.docx",
  number: "15/STTTT-TTr",
  status: "ok",
  error: null,
  missing: [],
  ...override,
});

describe("manifestCsv", () => {
  it("is UTF-8 with a BOM and CRLF lines, one row per recipient, for Excel", () => {
    const rows = [
      row({}),
      row({
        index: 2,
        code: null,
        name: 'Hội "Nhà báo", tỉnh',
        file: null,
        number: null,
        status: "failed",
        error: "thiếu trường recipient.chuc_vu",
        missing: ["recipient.chuc_vu", "recipient.email"],
      }),
    ];
    expect(manifestCsv(rows, "vi")).toBe(
      "\uFEFFSTT,Mã đơn vị,Tên người nhận,Tệp,Số văn bản,Kết quả,Lỗi,Trường còn thiếu\r\n" +
        "1,CAT,Công an tỉnh Hưng Yên,01-CAT-cong-an-tinh-hung-yen.docx,15/STTTT-TTr,đã tạo,,\r\n" +
        '2,,"Hội ""Nhà báo"", tỉnh",,,không tạo được,thiếu trường recipient.chuc_vu,recipient.chuc_vu; recipient.email\r\n',
    );
    // In English (--lang en) the headers and status are the codes of manifest.json.
    expect(manifestCsv(rows, "en")).toBe(
      "\uFEFFindex,code,name,file,number,status,error,missing\r\n" +
        "1,CAT,Công an tỉnh Hưng Yên,01-CAT-cong-an-tinh-hung-yen.docx,15/STTTT-TTr,ok,,\r\n" +
        '2,,"Hội ""Nhà báo"", tỉnh",,,failed,thiếu trường recipient.chuc_vu,recipient.chuc_vu; recipient.email\r\n',
    );
  });

  it("keeps a name that looks like a formula from running in Excel", () => {
    const text = manifestCsv(
      [row({ name: '=HYPERLINK("http://x")' }), row({ name: "@SUM(A1)" }), row({ name: "+1" })],
      "vi",
    );
    expect(text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(text).toContain(",'@SUM(A1),");
    expect(text).toContain(",'+1,");
  });
});
