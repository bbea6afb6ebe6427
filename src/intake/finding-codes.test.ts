// One submission per finding code, and a check that together they produce every code there is.
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { context, filledForm, goodData } from "../../test/helpers/sample.js";
import { makeZip } from "../../test/helpers/zip.js";
import { FINDING_CODES } from "../domain/findings.js";
import { PLAUSIBILITY_CODES } from "../domain/plausibility.js";
import type { FindingCode } from "../domain/findings.js";
import { DEFAULT_LIMITS } from "./inspect-file.js";
import { validateBytes } from "./validate-file.js";

const seen = new Set<FindingCode>();

async function codes(bytes: Buffer | Promise<Buffer>, limits = DEFAULT_LIMITS): Promise<FindingCode[]> {
  const { report } = await validateBytes("case.xlsx", await bytes, context, { limits });
  for (const finding of report.findings) seen.add(finding.code);
  return report.findings.map((finding) => finding.code);
}

async function edited(
  unit: string,
  change: (workbook: ExcelJS.Workbook) => void,
  data = goodData(unit),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await filledForm(unit, data)) as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const info = (wb: ExcelJS.Workbook) => wb.getWorksheet("Thông tin")!;
const indicators = (wb: ExcelJS.Workbook) => wb.getWorksheet("Chỉ tiêu")!;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const incident = {
  detectedOn: "05/03/2023",
  area: "Văn Lâm",
  field: "Viễn thông",
  behavior: "Lừa đảo qua mạng",
  handling: "Nhắc nhở, cảnh cáo",
  description: "x",
};

describe("every finding code", () => {
  afterAll(() => {
    // plausibility/* compare a file with the store's history, not found in one file alone: domain/plausibility.test.ts
    // and test/plausibility-cli.test.ts produce each of them. file/converted is validateInputs', not
    // validateBytes': an .xls/.ods/.xlsb converted through LibreOffice first (src/app/convert.test.ts).
    seen.add("file/converted");
    const oneFile = FINDING_CODES.filter((code) => !(PLAUSIBILITY_CODES as readonly string[]).includes(code));
    expect([...seen].sort()).toEqual([...oneFile].sort());
  });

  it("file codes", async () => {
    const form = await filledForm("CAT", goodData("CAT"));
    expect(await codes(Buffer.alloc(0))).toEqual(["file/empty"]);
    expect(await codes(form, { ...DEFAULT_LIMITS, maxFileBytes: 100 })).toEqual(["file/too-large"]);
    expect(await codes(Buffer.from("plain text"))).toEqual(["file/not-xlsx"]);
    expect(await codes(Buffer.concat([OLE, Buffer.alloc(600)]))).toEqual(["file/legacy-xls"]);
    expect(await codes(Buffer.concat([OLE, Buffer.from("EncryptedPackage", "utf16le")]))).toEqual(["file/encrypted"]);
    expect(await codes(form.subarray(0, 3000))).toEqual(["file/corrupt"]);
    const bomb = makeZip([{ name: "xl/workbook.xml", data: Buffer.alloc(40 * 1024 * 1024) }]);
    expect(await codes(bomb)).toEqual(["file/zip-bomb"]);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    expect(await codes(Buffer.from(await workbook.xlsx.writeBuffer()))).toEqual(["file/not-a-form"]);
  });

  it("structure and identity codes", async () => {
    expect(await codes(edited("CAT", (wb) => wb.removeWorksheet(wb.getWorksheet("Vụ việc")!.id)))).toEqual([
      "sheet/missing",
    ]);
    // Something far below the table (data pasted by mistake): the rows past the limit are not read, and that is said.
    expect(
      await codes(edited("CAT", (wb) => (wb.getWorksheet("Vụ việc")!.getCell(25_000, 2).value = "dán nhầm"))),
    ).toEqual(["sheet/too-many-rows"]);
    expect(await codes(edited("CAT", (wb) => void (indicators(wb).getCell("D1").value = "Số liệu")))).toEqual([
      "header/missing",
    ]);
    expect(await codes(edited("CAT", (wb) => void (info(wb).getCell("B1").value = null)))).toEqual(["info/missing"]);
    expect(await codes(edited("CAT", (wb) => void (info(wb).getCell("B1").value = "CA")))).toEqual(["unit/unknown"]);
    expect(await codes(edited("CAT", (wb) => void (info(wb).getCell("B2").value = "Sở Tài chính")))).toEqual([
      "unit/name-mismatch",
    ]);
    expect(await codes(edited("CAT", (wb) => void (info(wb).getCell("B3").value = null)))).toEqual(["period/missing"]);
    expect(await codes(edited("CAT", (wb) => void (info(wb).getCell("B3").value = "nửa đầu 2023")))).toEqual([
      "period/invalid",
    ]);
    expect(await codes(edited("CAT", (wb) => void (info(wb).getCell("B3").value = "2022-H1")))).toEqual([
      "period/mismatch",
    ]);
    expect(await codes(edited("VNPT", (wb) => void indicators(wb).spliceRows(2, 1)))).toEqual([
      "indicator/missing-row",
    ]);
    expect(await codes(edited("VNPT", (wb) => void indicators(wb).addRow(["XX99", "?", "vụ", 1])))).toEqual([
      "indicator/unknown",
    ]);
    expect(await codes(edited("VNPT", (wb) => void indicators(wb).addRow(["TT01", "?", "cuộc", 1])))).toEqual([
      "indicator/not-applicable",
    ]);
    expect(await codes(edited("VNPT", (wb) => void indicators(wb).addRow(["TH04", "?", "vụ", 1])))).toEqual([
      "indicator/duplicate-row",
    ]);
    expect(await codes(edited("VNPT", (wb) => void wb.getWorksheet("Đánh giá")!.spliceRows(3, 1)))).toEqual([
      "assessment/missing-section",
    ]);
  });

  it("value codes", async () => {
    const value = (v: unknown) =>
      edited("VNPT", (wb) => void (indicators(wb).getCell("D5").value = v as ExcelJS.CellValue));
    expect(await codes(value(null))).toEqual(["value/required"]);
    expect(await codes(value("không rõ"))).toEqual(["value/not-a-number"]);
    expect(await codes(value(-5))).toEqual(["value/negative"]);
    expect(await codes(value(1.5))).toEqual(["value/fractional"]);
    expect(await codes(value({ formula: "A1*2" }))).toEqual(["value/formula-without-result"]);
    expect(await codes(value({ formula: "1/0", result: { error: "#DIV/0!" } }))).toEqual(["value/error"]);
    // A formula whose cached result is 0 is a 0, not a formula without a result.
    expect(await codes(value({ formula: "0+0", result: 0 }))).toEqual([]);
  });

  it("incident log and text codes", async () => {
    const log = (rows: Record<string, unknown>[]) =>
      filledForm("UBND-VANLAM", goodData("UBND-VANLAM", { incidents: rows }));
    expect(await codes(log([{ ...incident, detectedOn: "hôm qua" }]))).toEqual(["date/unreadable"]);
    expect(await codes(log([{ ...incident, detectedOn: "30/06/2023" }]))).toEqual(["date/future"]);
    expect(await codes(log([{ ...incident, detectedOn: "01/11/2022" }]))).toEqual(["date/outside-window"]);
    expect(await codes(log([{ ...incident, field: "Điện lực" }]))).toEqual(["list/unknown-value"]);
    expect(await codes(log([incident, incident]))).toEqual(["incident/duplicate"]);
    const legacy = edited("CAT", (wb) => {
      const cell = info(wb).getCell("B8");
      cell.value = "Tröôøng Vaên Bình";
      cell.font = { name: "VNI-Times" };
    });
    expect(await codes(legacy)).toEqual(["text/legacy-encoding"]);
  });

  it("rule codes", async () => {
    const figures = (values: Record<string, number>, incidents: Record<string, unknown>[] = []) =>
      filledForm(
        "UBND-VANLAM",
        goodData("UBND-VANLAM", {
          indicators: Object.fromEntries(Object.entries(values).map(([code, current]) => [code, { current }])),
          incidents: incidents,
        }),
      );
    expect(await codes(figures({ TT05: 5_000_000, TT04: 0, TT03: 0 }, [{ ...incident, fine: 5_000_000 }]))).toEqual([
      "rule/requires",
    ]);
    expect(await codes(figures({ PH01: 1, PH02: 3 }))).toEqual(["rule/compare"]);
    const theft = { ...incident, behavior: "Trộm cắp hạ tầng viễn thông", damage: 1_000_000 };
    expect(await codes(figures({ TH01: 2, TH02: 1_000_000 }, [theft]))).toEqual(["rule/incident-count"]);
    expect(await codes(figures({ TH01: 1, TH02: 2_000_000 }, [theft]))).toEqual(["rule/incident-sum"]);
  });
});
