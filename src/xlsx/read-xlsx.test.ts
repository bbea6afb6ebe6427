import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeZip } from "../../test/helpers/zip.js";
import { readCell, readValue } from "../intake/cell-value.js";
import { readXlsx } from "./index.js";
import { isDateFormat } from "./styles-part.js";

async function writeWithExceljs(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Dữ liệu"), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every cell as exceljs reads it back and as our reader does, through intake's coercion. */
async function bothReadings(bytes: Buffer) {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  const ours = await readXlsx(bytes);
  const theirs: Record<string, unknown> = {};
  const mine: Record<string, unknown> = {};
  excel.worksheets.forEach((sheet, index) => {
    sheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = readCell(cell);
        if (value.kind !== "empty") theirs[`${index}!${r},${c}`] = value;
      }),
    );
    const sheetOurs = ours.sheets[index]!;
    for (let r = 1; r <= sheetOurs.rowCount; r++) {
      for (const [c, raw] of sheetOurs.row(r) ?? []) {
        const value = readValue(raw);
        if (value.kind !== "empty") mine[`${index}!${r},${c}`] = value;
      }
    }
  });
  return { theirs, mine };
}

/** A minimal package: workbook, relationships, optional shared strings and styles, and sheets. */
function pkg(parts: {
  workbook?: string;
  rels?: string;
  sheets: string[];
  strings?: string;
  styles?: string;
  names?: string[];
  prefix?: string;
}): Buffer {
  const names = parts.names ?? parts.sheets.map((_, i) => `Sheet${i + 1}`);
  const workbook =
    parts.workbook ??
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
      .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`;
  const rels =
    parts.rels ??
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("")}</Relationships>`;
  const entries = [
    { name: "xl/workbook.xml", data: Buffer.from(workbook) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(rels) },
    ...parts.sheets.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(xml) })),
  ];
  if (parts.strings !== undefined) entries.push({ name: "xl/sharedStrings.xml", data: Buffer.from(parts.strings) });
  if (parts.styles !== undefined) entries.push({ name: "xl/styles.xml", data: Buffer.from(parts.styles) });
  return makeZip(entries);
}
/** A package of one sheet "S" whose part holds exactly these bytes (any encoding, any byte order mark). */
const oneSheetPackage = (sheetBytes: Buffer) =>
  makeZip([
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetBytes },
  ]);

const sheetXml = (rows: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}worksheet xmlns${prefix === "" ? "" : `:${prefix.slice(0, -1)}`}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;

describe("readXlsx reads what exceljs reads", () => {
  it("gives the same values as exceljs for every kind of cell exceljs writes", async () => {
    const bytes = await writeWithExceljs((sheet) => {
      sheet.getCell("A1").value = 1234.5;
      sheet.getCell("A2").value = -0;
      sheet.getCell("A3").value = "Sở Thông tin và Truyền thông";
      sheet.getCell("A4").value = new Date(Date.UTC(2023, 4, 17));
      sheet.getCell("A5").value = true;
      sheet.getCell("A6").value = { formula: "1+1", result: 2 };
      sheet.getCell("A7").value = { formula: "0*1", result: 0 };
      sheet.getCell("A8").value = { formula: "A3", result: "Sở" };
      sheet.getCell("A9").value = { formula: "NA()", result: { error: "#N/A" } };
      sheet.getCell("A10").value = { formula: "SUM(A1:A2)" };
      sheet.getCell("A11").value = {
        richText: [
          { text: "Ph\u00f2ng ", font: { name: ".VnTime" } },
          { text: "PC02", font: { bold: true } },
        ],
      };
      sheet.getCell("A12").value = { text: "trang", hyperlink: "https://example.vn" };
      sheet.getCell("A13").value = { error: "#DIV/0!" };
      sheet.getCell("B1").value = "Côc An ninh m¹ng";
      sheet.getCell("B1").font = { name: ".VnTime" };
      sheet.getCell("B2").value = 45_000;
      sheet.getCell("B2").numFmt = "dd/mm/yyyy";
      sheet.getCell("C3").value = "  khoảng   trắng  ";
      sheet.getCell("AA100").value = "xa";
    });
    const { theirs, mine } = await bothReadings(bytes);
    expect(Object.keys(mine).length).toBe(17);
    expect(mine).toEqual(theirs);
  });

  it("agrees with exceljs on random values (property)", async () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom("Hưng Yên", "Tiên Lữ", "0", "=1+1", " ", "a\nb", "Ủy ban nhân dân", "Mobifone"),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
      // (An empty text result is left out: see the test of <v></v> below, where exceljs and Excel differ.)
      fc.record({
        formula: fc.constant("1+1"),
        result: fc.oneof(fc.integer(), fc.constant(0), fc.string({ minLength: 1, maxLength: 8 }), fc.boolean()),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const bytes = await writeWithExceljs((sheet) => {
          rows.forEach((values, r) =>
            values.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)),
          );
        });
        const { theirs, mine } = await bothReadings(bytes);
        expect(mine).toEqual(theirs);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });
});

describe("readXlsx reads what other programs write", () => {
  it("reads a formula whose cached result is empty text as an empty cell, as Excel shows it (exceljs: no result)", async () => {
    const bytes = await writeWithExceljs(
      (sheet) => (sheet.getCell("A1").value = { formula: 'IF(1,"","x")', result: "" }),
    );
    const sheet = (await readXlsx(bytes)).sheets[0]!;
    expect(readValue(sheet.value(1, 1))).toEqual({ kind: "empty" });
  });

  it("reads namespace-prefixed tags, inline strings, cells without references and shared formulas", async () => {
    const rows =
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Mã</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Tên </x:t></x:r><x:r><x:t>đơn vị</x:t></x:r><x:rPh><x:t>phonetic</x:t></x:rPh></x:is></x:c></x:row>` +
      `<x:row><x:c r="A2"><x:f t="shared" ref="A2:A3" si="0">B2*2</x:f><x:v>4</x:v></x:c><x:c r="C2" t="str"><x:f>"a"</x:f><x:v></x:v></x:c></x:row>` +
      `<x:row r="3"><x:c r="A3"><x:f t="shared" si="0"/></x:c></x:row>`;
    const book = await readXlsx(pkg({ sheets: [sheetXml(rows, "x:")] }));
    const sheet = book.sheets[0]!;
    expect(sheet.value(1, 1)).toEqual({ type: "text", text: "Mã", font: undefined });
    expect(sheet.value(1, 2)).toEqual({ type: "text", text: "Tên đơn vị", font: undefined });
    expect(sheet.value(2, 1)).toEqual({ type: "number", value: 4 });
    expect(readValue(sheet.value(2, 3))).toEqual({ kind: "empty" });
    expect(sheet.value(3, 1)).toEqual({ type: "formula", formula: "B2*2" });
    expect(sheet.rowCount).toBe(3);
    expect(sheet.columnCount).toBe(3);
  });

  it('tells dates by the style\'s number format, in both date systems, and reads t="d" cells', async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="DD/MM/YYYY"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val="VNI-Times"/></font></fonts><dxfs><dxf><font><name val="Arial"/></font></dxf></dxfs><cellStyleXfs count="1"><xf numFmtId="14" fontId="1"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`;
    const rows = `<row r="1"><c r="A1" s="1"><v>45063</v></c><c r="B1" s="2"><v>45063.99</v></c><c r="C1"><v>45063</v></c><c r="D1" t="d"><v>2023-05-17T00:00:00</v></c><c r="E1" s="3" t="s"><v>0</v></c></row>`;
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Hu_x1EF3_nh_x000D_</t></si></sst>`;
    const sheet = (await readXlsx(pkg({ sheets: [sheetXml(rows)], styles, strings }))).sheets[0]!;
    expect(sheet.value(1, 1)).toEqual({ type: "date", year: 2023, month: 5, day: 17 });
    expect(sheet.value(1, 2)).toEqual({ type: "date", year: 2023, month: 5, day: 17 });
    expect(sheet.value(1, 3)).toEqual({ type: "number", value: 45063 });
    expect(sheet.value(1, 4)).toEqual({ type: "date", year: 2023, month: 5, day: 17 });
    expect(sheet.value(1, 5)).toEqual({ type: "text", text: "Hu\u1ef3nh\r", font: "VNI-Times" });

    const workbook1904 = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const in1904 = (
      await readXlsx(
        pkg({
          workbook: workbook1904,
          sheets: [sheetXml(`<row r="1"><c r="A1" s="1"><v>43601</v></c></row>`)],
          styles,
        }),
      )
    ).sheets[0]!;
    expect(in1904.value(1, 1)).toEqual({ type: "date", year: 2023, month: 5, day: 17 });
  });

  it("reads only the sheets asked for, names all of them, and knows hidden ones", async () => {
    const workbook = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Hiện" sheetId="2" r:id="rId2"/></sheets></workbook>`;
    const bytes = pkg({ workbook, sheets: [sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`), "<not xml"] });
    const first = await readXlsx(bytes, { sheets: ({ name }) => name === "Ẩn" });
    expect(first.sheetNames).toEqual(["Ẩn", "Hiện"]);
    expect(first.sheets.map((s) => [s.name, s.hidden])).toEqual([["Ẩn", true]]);
    // The broken second sheet is never parsed unless asked for, and then it throws.
    await expect(readXlsx(bytes)).rejects.toThrow();
  });

  it("stops reading a sheet past maxRow and cuts long text at maxText", async () => {
    const many = Array.from(
      { length: 5000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${"x".repeat(50)}</t></is></c></row>`,
    ).join("");
    const sheet = (await readXlsx(pkg({ sheets: [sheetXml(many)] }), { maxRow: 10, maxText: 20 })).sheets[0]!;
    expect(sheet.rowCount).toBe(10);
    expect(sheet.row(11)).toBeUndefined();
    expect((sheet.value(10, 1) as { text: string }).text.length).toBeLessThanOrEqual(70);
    expect((sheet.value(10, 1) as { text: string }).text.length).toBeGreaterThanOrEqual(20);
  });

  it("streams a sheet too large to hold as one string, and stops past maxRow without inflating the rest", async () => {
    // About 24 MB of XML (above the 16 MB streaming threshold): rows with varied text.
    const rows: string[] = [];
    for (let i = 1; i <= 120_000; i++)
      rows.push(
        `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Vụ ${i} ${(i * 7919).toString(36)} lừa đảo qua mạng xã hội</t></is></c><c r="B${i}"><v>${i}</v></c></row>`,
      );
    const xml = sheetXml(rows.join(""));
    expect(Buffer.byteLength(xml)).toBeGreaterThan(16 * 1024 * 1024);
    const bytes = pkg({ sheets: [xml] });
    const first = (await readXlsx(bytes, { maxRow: 100 })).sheets[0]!;
    expect(first.rowCount).toBe(100);
    expect(first.truncated).toBe(true);
    expect(first.value(100, 2)).toEqual({ type: "number", value: 100 });
    const all = (await readXlsx(bytes)).sheets[0]!;
    expect(all.rowCount).toBe(120_000);
    expect(all.truncated).toBe(false);
    expect(all.value(120_000, 1)).toEqual({
      type: "text",
      text: `Vụ 120000 ${(120_000 * 7919).toString(36)} lừa đảo qua mạng xã hội`,
      font: undefined,
    });
  });

  it("refuses a part that holds more than its declared size (a disguised bomb), streaming or not", async () => {
    const filler = " ".repeat(40 * 1024 * 1024);
    const zip = pkg({ sheets: [sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${filler}`)] });
    // Declare 17 MB for the sheet (over the streaming threshold), in the local and the central header.
    const declared = 17 * 1024 * 1024;
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let at = zip.indexOf(name); at !== -1; at = zip.indexOf(name, at + 1)) {
      if (zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(declared, at - 30 + 22);
      if (zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(declared, at - 46 + 24);
    }
    await expect(readXlsx(zip)).rejects.toThrow(/declared/);
    const small = pkg({ sheets: [sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${" ".repeat(100_000)}`)] });
    const at = small.indexOf(name);
    small.writeUInt32LE(1000, at - 30 + 22);
    small.writeUInt32LE(1000, small.indexOf(name, at + 1) - 46 + 24);
    await expect(readXlsx(small)).rejects.toThrow();
  });

  it("passes over rows past maxRow that are only styled; refuses cell references past Excel's sheet", async () => {
    const styled = `<row r="1"><c r="A1"><v>1</v></c></row><row r="30000" s="1" customFormat="1"><c r="A30000" s="1"/></row>`;
    const sheet = (await readXlsx(pkg({ sheets: [sheetXml(styled)] }), { maxRow: 100 })).sheets[0]!;
    expect([sheet.rowCount, sheet.truncated]).toEqual([1, false]);
    await expect(
      readXlsx(pkg({ sheets: [sheetXml(`<row r="1"><c r="ZZZZZZZ1"><v>1</v></c></row>`)] })),
    ).rejects.toThrow(/out of range/);
    await expect(readXlsx(pkg({ sheets: [sheetXml(`<row r="2000000"><c><v>1</v></c></row>`)] }))).rejects.toThrow(
      /out of range/,
    );
  });

  it("reads namespace declarations on a cell as no attribute, and parts written in UTF-16", async () => {
    const rows = `<x:row r="1"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:b" r="B1" t="inlineStr"><x:is><x:t>Đà Nẵng</x:t></x:is></x:c></x:row>`;
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(sheetXml(rows, "x:").replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
    ]);
    const zip = oneSheetPackage(utf16);
    const sheet = (await readXlsx(zip)).sheets[0]!;
    expect(sheet.value(1, 2)).toEqual({ type: "text", text: "Đà Nẵng", font: undefined });
  });

  it("reads a UTF-8 sheet (with a byte order mark) whose cells are decoded apart from the Vietnamese after them", async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Đà Nẵng</t></is></c><c r="B1"><v>7</v></c></row>`;
    const xml = sheetXml(rows).replace(
      "</worksheet>",
      `<dataValidations><dataValidation error="Nhập số"/></dataValidations></worksheet>`,
    );
    const zip = oneSheetPackage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]));
    const sheet = (await readXlsx(zip)).sheets[0]!;
    expect(sheet.value(1, 1)).toEqual({ type: "text", text: "Đà Nẵng", font: undefined });
    expect(sheet.value(1, 2)).toEqual({ type: "number", value: 7 });
  });

  it("throws on what is not a workbook", async () => {
    await expect(readXlsx(Buffer.from("not a zip"))).rejects.toThrow();
    await expect(readXlsx(makeZip([{ name: "a.txt", data: Buffer.from("a") }]))).rejects.toThrow(/workbook/);
    await expect(readXlsx(pkg({ workbook: "<workbook><sheets>", sheets: [] }))).rejects.toThrow();
  });
});

describe("isDateFormat", () => {
  it("tells date and time formats from number formats", () => {
    for (const code of ["dd/mm/yyyy", "DD/MM/YYYY", "d-mmm-yy", "[$-42A]dd/mm/yyyy", "h:mm", "yyyy\\-mm\\-dd"])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ["General", "#,##0", "0.00%", '"ngày" 0', "[Red]#,##0", "0.00E+00", "@"])
      expect(isDateFormat(code), code).toBe(false);
  });
});
