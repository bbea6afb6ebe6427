import { describe, expect, it } from "vitest";
import { documentReference } from "../compose/index.js";
import { comparePhrase, completeness, regulationCitation } from "./report-data.js";

describe("the Quy chế phối hợp in the report's opening", () => {
  const name = "Quy chế phối hợp phòng, chống tội phạm trong lĩnh vực thông tin và truyền thông trên địa bàn tỉnh";
  it("cites the Quyết định that issued it, or the Quy chế's own number, with the date as prose writes it", () => {
    expect(
      regulationCitation({ name, number: "25/2021/QĐ-UBND", date: "2021-08-16", issuer: "UBND tỉnh Hưng Yên" }),
    ).toBe(`${name} ban hành kèm theo Quyết định số 25/2021/QĐ-UBND ngày 16/8/2021 của UBND tỉnh Hưng Yên`);
    expect(
      regulationCitation({
        name: `${name}.`,
        number: "01/QC-STTTT-CAT",
        date: "2021-02-05",
        issuer: "Sở Thông tin và Truyền thông và Công an tỉnh",
      }),
    ).toBe(`${name} số 01/QC-STTTT-CAT ngày 05/02/2021 của Sở Thông tin và Truyền thông và Công an tỉnh`);
  });
});

describe("an appendix's guidance line", () => {
  it("gives the report's date in full (Phụ lục I, III.1), blank day for a draft", () => {
    expect(documentReference({ number: "841", date: { year: 2023, month: 7, day: 3 } }, "BC-STTTT", "full")).toBe(
      "841/BC-STTTT ngày 03 tháng 7 năm 2023",
    );
    expect(documentReference({ number: null, date: { draft: true, year: 2023, month: 1 } }, "BC-STTTT", "full")).toBe(
      "      /BC-STTTT ngày      tháng 01 năm 2023",
    );
    expect(documentReference({ number: "5", date: { year: 2023, month: 7, day: 3 } }, "BC-STTTT")).toBe(
      "05/BC-STTTT ngày 03/7/2023",
    );
  });
});

describe("a comparison in the report's prose", () => {
  it("uses the indicator's own unit and no parentheses, so that it can sit inside one", () => {
    expect(comparePhrase(98, 102, "vụ")).toBe("giảm 4 vụ, tức 3,9%, so với cùng kỳ");
    expect(comparePhrase(26, 23, "sự cố")).toBe("tăng 3 sự cố, tức 13,0%, so với cùng kỳ");
    expect(comparePhrase(515_000_000, 281_000_000, "đồng")).toBe("tăng 234.000.000 đồng, tức 83,3%, so với cùng kỳ");
    expect(comparePhrase(5, 0, "vụ")).toBe("tăng 5 vụ so với cùng kỳ");
    expect(comparePhrase(23, 23, "vụ")).toBe("bằng cùng kỳ");
    expect(comparePhrase(23, null, "vụ")).toBe("");
  });
});

describe("the completeness of the units' reports", () => {
  it("counts the reports and names the units still missing", () => {
    expect(completeness(19, 22, ["Sở Giáo dục và Đào tạo", "UBND huyện Ân Thi", "UBND huyện Tiên Lữ"])).toBe(
      "19/22 đơn vị đã gửi báo cáo; còn 3 đơn vị chưa gửi hoặc chưa đạt: Sở Giáo dục và Đào tạo, UBND huyện Ân Thi, UBND huyện Tiên Lữ.",
    );
    expect(completeness(22, 22, [])).toBe("22/22 đơn vị đã gửi báo cáo.");
  });
});
