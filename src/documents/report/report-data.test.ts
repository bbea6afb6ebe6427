import { describe, expect, it } from "vitest";
import { documentReference } from "../compose/index.js";
import { regulationCitation } from "./report-data.js";

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
