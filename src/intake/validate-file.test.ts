import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { context, filledForm, goodData } from "../../test/helpers/sample.js";
import type { Finding } from "../domain/findings.js";
import { validateBytes } from "./validate-file.js";

const brief = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? "-"}!${f.cell ?? f.row ?? "-"}`);

async function check(bytes: Buffer) {
  return validateBytes("x.xlsx", bytes, context);
}

/** Edits a workbook with exceljs the way an agency would, then saves it. */
async function edit(bytes: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("validateBytes", () => {
  it("accepts a well-filled form and reads its values back", async () => {
    const data = goodData("VNPT", {
      indicators: {
        TH01: { current: 2, previous: 1 },
        TH02: { current: 12_500_000, previous: 3_000_000 },
        PH03: { current: 156, previous: 90 },
      },
      incidents: [
        {
          number: 1,
          detectedOn: { year: 2023, month: 3, day: 5 },
          area: "Văn Lâm",
          field: "Viễn thông",
          behavior: "Trộm cắp hạ tầng viễn thông",
          description: "Cắt trộm 320 m cáp",
          damage: 10_000_000,
          handling: "Chuyển cơ quan Công an",
        },
        {
          number: 2,
          detectedOn: "12/05/2023",
          area: "khoai chau",
          field: "Viễn thông",
          behavior: "Phá hoại hạ tầng viễn thông",
          description: "Phá tủ cáp",
          damage: "2.500.000",
          handling: "Đang xác minh, xử lý",
        },
      ],
    });
    const { report, submission } = await check(await filledForm("VNPT", data));
    expect(brief(report.findings)).toEqual([]);
    expect(report).toMatchObject({ unit: "VNPT", period: "2023-H1", status: "accepted", omitted: 0 });
    expect(submission!.indicators.map((v) => [v.code, v.current, v.previous])).toEqual([
      ["TH01", 2, 1],
      ["TH02", 12_500_000, 3_000_000],
      ["TH04", 0, 0],
      ["PH03", 156, 90],
      ["TU04", 0, 0],
    ]);
    expect(submission!.indicators[1]!.currentRef).toMatchObject({ sheet: "Chỉ tiêu", cell: "D3", column: "Kỳ này" });
    expect(submission!.incidents.map((i) => [i.detectedOn, i.area, i.areaCode, i.damage])).toEqual([
      [{ year: 2023, month: 3, day: 5 }, "Văn Lâm", "VANLAM", 10_000_000],
      [{ year: 2023, month: 5, day: 12 }, "Khoái Châu", "KHOAICHAU", 2_500_000],
    ]);
    expect(submission!.assessment.map((a) => a.section)).toEqual([
      "highlights",
      "shortcomings",
      "causes",
      "directions",
      "proposals",
    ]);
  });

  it("figuresOnly reads the same indicator figures without reading the incidents and the assessment", async () => {
    const data = goodData("VNPT", {
      indicators: { TH01: { current: 2, previous: 1 }, PH03: { current: 156, previous: 90 } },
      incidents: [
        {
          number: 1,
          detectedOn: { year: 2023, month: 3, day: 5 },
          area: "Văn Lâm",
          field: "Viễn thông",
          behavior: "Trộm cắp hạ tầng viễn thông",
          description: "Cắt trộm 320 m cáp",
          damage: 10_000_000,
          handling: "Chuyển cơ quan Công an",
        },
      ],
    });
    const bytes = await filledForm("VNPT", data);
    const full = await validateBytes("x.xlsx", bytes, context, { keepSubmission: "indicators" });
    const figures = await validateBytes("x.xlsx", bytes, context, { keepSubmission: "indicators", figuresOnly: true });
    expect(figures.submission!.unit).toBe("VNPT");
    expect(figures.submission!.indicators).toEqual(full.submission!.indicators);
    expect(figures.submission!.indicators.map((v) => [v.code, v.current])).toContainEqual(["PH03", 156]);
  });

  it("points at each bad indicator cell with its code", async () => {
    const data = goodData("CAT", {
      indicators: {
        TH01: { current: "" },
        TH03: { current: "khoảng 5 vụ" },
        TH04: { current: -1 },
        TT01: { current: 2.5 },
        TT05: { current: 7_500_000.5 },
        TU01: { current: "1.234" },
        TU02: { current: { formula: "1+1" } },
      },
    });
    const { report, submission } = await check(await filledForm("CAT", data));
    expect(brief(report.findings)).toEqual([
      "error value/required Chỉ tiêu!D2",
      "error value/not-a-number Chỉ tiêu!D4",
      "error value/negative Chỉ tiêu!D5",
      "error value/fractional Chỉ tiêu!D7",
      "error value/fractional Chỉ tiêu!D11",
      "error value/formula-without-result Chỉ tiêu!D19",
    ]);
    expect(report.findings[1]).toMatchObject({ column: "Kỳ này", value: "khoảng 5 vụ", row: 4 });
    expect(report.findings[4]!.params).toEqual({ type: "money" });
    expect(report.status).toBe("rejected");
    expect(submission!.indicators.find((v) => v.code === "TU01")!.current).toBe(1234);
  });

  it("checks who sent the form and for which period", async () => {
    const wrongPeriod = await filledForm("CAT", goodData("CAT"), { kind: "half", year: 2022, half: 2 });
    expect(brief((await check(wrongPeriod)).report.findings)).toEqual(["error period/mismatch Thông tin!B3"]);
    const unknownUnit = await edit(await filledForm("CAT", goodData("CAT")), (wb) => {
      wb.getWorksheet("Thông tin")!.getCell("B1").value = "XYZ";
    });
    const unknown = await check(unknownUnit);
    expect(brief(unknown.report.findings)).toEqual(["error unit/unknown Thông tin!B1"]);
    expect(unknown.report.unit).toBeNull();
    const renamed = await edit(await filledForm("CAT", goodData("CAT")), (wb) => {
      wb.getWorksheet("Thông tin")!.getCell("B2").value = "Sở Tư pháp";
      wb.getWorksheet("Thông tin")!.getCell("B3").value = "6 thang dau nam 2023"; // unaccented label still reads
    });
    expect(brief((await check(renamed)).report.findings)).toEqual(["error unit/name-mismatch Thông tin!B2"]);
  });

  it("checks the incident log: dates, lists with suggestions, money, duplicates", async () => {
    const row = {
      detectedOn: "05/03/2023",
      area: "Văn Lâm",
      field: "Viễn thông",
      behavior: "Lừa đảo qua mạng",
      handling: "Xử phạt vi phạm hành chính",
      fine: 7_500_000,
      description: "Lừa đảo",
    };
    const data = goodData("UBND-VANLAM", {
      indicators: { TT04: { current: 1 }, TT05: { current: 60_000_000 } },
      incidents: [
        row,
        { ...row, detectedOn: "2023-13-45" },
        { ...row, detectedOn: { year: 2023, month: 7, day: 1 } },
        { ...row, detectedOn: "01/12/2022" },
        { ...row, area: "Văn Lân", description: "khác 1" },
        { ...row, behavior: "Nhắn tin rác", description: "khác 2" },
        { ...row, fine: "7.500.000,5", description: "khác 3" },
        row,
      ],
    });
    const { report } = await check(await filledForm("UBND-VANLAM", data));
    expect(brief(report.findings)).toEqual([
      "error date/unreadable Vụ việc!B3",
      "error date/future Vụ việc!B4",
      "warning date/outside-window Vụ việc!B5",
      "error list/unknown-value Vụ việc!C6",
      "error list/unknown-value Vụ việc!E7",
      "error value/fractional Vụ việc!I8",
      "warning incident/duplicate Vụ việc!9",
    ]);
    expect(report.findings[3]!.params).toEqual({ list: "Địa bàn", suggestion: "Văn Lâm" });
    expect(report.findings[2]!.params).toMatchObject({ from: "15/12/2022", to: "14/06/2023" });
    expect(report.findings[6]!.params).toEqual({ first: 2 });
  });

  it("applies the catalogue's consistency rules to the figures and the log", async () => {
    const data = goodData("CAT", {
      indicators: {
        TT05: { current: 5_000_000 },
        TT04: { current: 0 },
        TT03: { current: 4 },
        TT02: { current: 3 },
        TH01: { current: 1 },
      },
    });
    const { report } = await check(await filledForm("CAT", data));
    expect(brief(report.findings)).toEqual([
      "error rule/requires Chỉ tiêu!D10",
      "warning rule/compare Chỉ tiêu!D9",
      "warning rule/incident-count Chỉ tiêu!D2",
    ]);
    expect(report.findings[1]!.params).toEqual({
      rule: "vi-pham-khong-qua-so-kiem-tra",
      indicators: "TT03, TT02",
      left: 4,
      op: "<=",
      right: 3,
    });
  });

  it("reads a form whose sheets and headers were retyped or reordered", async () => {
    const bytes = await edit(
      await filledForm("VNPT", goodData("VNPT", { indicators: { TH01: { current: 3 } } })),
      (wb) => {
        wb.getWorksheet("Chỉ tiêu")!.name = "CHI TIEU";
        const sheet = wb.getWorksheet("CHI TIEU")!;
        sheet.spliceColumns(2, 0, ["Cột thêm", "x", "y", "z", "w", "v"]); // an added column shifts the others
        sheet.getCell("E1").value = "kỳ NÀY";
      },
    );
    const { report, submission } = await check(bytes);
    expect(brief(report.findings)).toEqual(["warning rule/incident-count Chỉ tiêu!E2".replace("Chỉ tiêu", "CHI TIEU")]);
    expect(submission!.indicators[0]).toMatchObject({ code: "TH01", current: 3, currentRef: { cell: "E2" } });
  });

  it("converts TCVN3 text told by its font, with a warning naming the cell", async () => {
    const bytes = await edit(await filledForm("CAT", goodData("CAT")), (wb) => {
      const cell = wb.getWorksheet("Thông tin")!.getCell("B4");
      cell.value = "NguyÔn V¨n An";
      cell.font = { name: ".VnTime" };
    });
    const { report, submission } = await check(bytes);
    expect(brief(report.findings)).toEqual(["warning text/legacy-encoding Thông tin!B4"]);
    expect(report.findings[0]).toMatchObject({
      value: "Nguyễn Văn An",
      params: { encoding: "TCVN3", original: "NguyÔn V¨n An" },
    });
    expect(submission!.info.preparedBy).toBe("Nguyễn Văn An");
  });

  it("reports missing sheets, headers and indicator rows", async () => {
    const bytes = await edit(await filledForm("VNPT", goodData("VNPT")), (wb) => {
      wb.removeWorksheet(wb.getWorksheet("Đánh giá")!.id);
      wb.getWorksheet("Chỉ tiêu")!.spliceRows(3, 1);
      wb.getWorksheet("Vụ việc")!.getCell("C1").value = "Nơi xảy ra";
    });
    expect(brief((await check(bytes)).report.findings)).toEqual([
      "error indicator/missing-row Chỉ tiêu!-",
      "error header/missing Vụ việc!1",
      "error sheet/missing Đánh giá!-",
    ]);
  });

  it("stops at --max-issues and counts the rest", async () => {
    const data = goodData("CAT", {
      indicators: Object.fromEntries(["TH01", "TH03", "TH04", "TH05", "TT01"].map((c) => [c, { current: "x" }])),
    });
    const { report } = await validateBytes("x.xlsx", await filledForm("CAT", data), context, { maxIssues: 2 });
    expect(report.findings).toHaveLength(2);
    expect(report.omitted).toBe(3);
  });
});

describe("validateBytes on damaged files", () => {
  it("never throws on bit-flipped forms: each gives a report", async () => {
    const form = await filledForm("CAT", goodData("CAT"));
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 25; i++) {
      const flipped = Buffer.from(form);
      for (let j = 0; j < 8; j++) {
        const at = next() % flipped.length;
        flipped[at] = flipped[at]! ^ (1 << (next() % 8));
      }
      const { report } = await validateBytes("flipped.xlsx", flipped, context);
      expect(["accepted", "rejected", "unreadable"]).toContain(report.status);
    }
  });

  it("reads a workbook without any form sheet as not a form", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "Bảng lương";
    const { report } = await check(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(report).toMatchObject({
      status: "unreadable",
      findings: [{ code: "file/not-a-form", params: { sheets: "Sheet1" } }],
    });
  });
});
