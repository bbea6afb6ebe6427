import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { UserError } from "../errors.js";
import { makeZip, readZipEntries } from "../../test/helpers/zip.js";
import { sampleConfig } from "../../test/helpers/sample.js";
import { messages } from "../messages/index.js";
import {
  MAX_RECIPIENT_ROWS,
  fieldKey,
  parseRecipientCsv,
  readRecipientWorkbook,
  tableRecipients,
} from "./recipient-table.js";

const csv = (text: string) => Buffer.from(text, "utf8");

describe("fieldKey", () => {
  it("folds a header to the ASCII key a template writes", () => {
    expect(fieldKey("Tên đơn vị")).toBe("ten_don_vi");
    expect(fieldKey("  Chức vụ người nhận ")).toBe("chuc_vu_nguoi_nhan");
    expect(fieldKey("E-mail")).toBe("e_mail");
    expect(fieldKey("Số ĐT")).toBe("so_dt");
  });
});

describe("parseRecipientCsv", () => {
  it("reads a comma-separated file with a BOM, quotes, NFD text and blank lines", () => {
    const table = parseRecipientCsv(
      csv(
        '\uFEFFma,Tên đơn vị,ghi chú\r\nA1,"Sở Văn hóa, Thể thao và Du lịch",\r\n\r\nA2,Ủy ban nhân dân xã Tân Dân,"hai\ndòng"\r\n'.normalize(
          "NFD",
        ),
      ),
      "x.csv",
    );
    expect(table.headers).toEqual(["ma", "Tên đơn vị", "ghi chú"]);
    expect(table.rows).toEqual([
      { row: 2, values: ["A1", "Sở Văn hóa, Thể thao và Du lịch", null] },
      { row: 5, values: ["A2", "Ủy ban nhân dân xã Tân Dân", "hai dòng"] },
    ]);
  });

  it("tells ';' and tab separators (Excel with Vietnamese regional settings) from the header line", () => {
    expect(parseRecipientCsv(csv("ten;dia chi\nSở Tư pháp;Số 1, đường A\n"), "x.csv").rows[0]?.values).toEqual([
      "Sở Tư pháp",
      "Số 1, đường A",
    ]);
    expect(parseRecipientCsv(csv("ten\tma\nSở Tư pháp\tSTP\n"), "x.csv").rows[0]?.values).toEqual([
      "Sở Tư pháp",
      "STP",
    ]);
  });

  it("refuses a file that is not UTF-8, and one without a header", () => {
    const latin = Buffer.from([0x74, 0x65, 0x6e, 0x0a, 0x53, 0xf5, 0x0a]);
    expect(() => parseRecipientCsv(latin, "x.csv")).toThrow(
      expect.objectContaining({ code: "letters/csv-encoding" }) as UserError,
    );
    expect(() => parseRecipientCsv(csv("\n\n"), "x.csv")).toThrow(
      expect.objectContaining({ code: "letters/no-header" }) as UserError,
    );
  });
});

describe("recipient lists over the limit, and CSV faults", () => {
  it("reads a list of exactly the limit; refuses a longer one whole, with the count found (never cuts it)", () => {
    const list = (count: number) => {
      let text = "ten,ma\n";
      for (let i = 1; i <= count; i++) text += `Đơn vị ${i},M${i}\n,\n`; // blank rows do not count
      return csv(text);
    };
    expect(parseRecipientCsv(list(MAX_RECIPIENT_ROWS), "ds.csv").rows).toHaveLength(MAX_RECIPIENT_ROWS);
    expect(() => parseRecipientCsv(list(MAX_RECIPIENT_ROWS + 5), "ds.csv")).toThrow(
      expect.objectContaining({
        code: "letters/too-many-recipients",
        params: { file: "ds.csv", count: MAX_RECIPIENT_ROWS + 5, limit: MAX_RECIPIENT_ROWS },
      }) as UserError,
    );
  });

  it("refuses an .xlsx list over the limit with the count of its rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Tên đơn vị"]);
    for (let i = 1; i <= MAX_RECIPIENT_ROWS + 100; i++) sheet.addRow([`Đơn vị ${i}`]);
    await expect(
      readRecipientWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), "ds.xlsx"),
    ).rejects.toMatchObject({
      code: "letters/too-many-recipients",
      params: { file: "ds.xlsx", count: MAX_RECIPIENT_ROWS + 100, limit: MAX_RECIPIENT_ROWS },
    });
  });

  it("reads a short .xlsx list whose sheet holds a stray value far below it (not 'too many')", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Tên đơn vị"]);
    sheet.addRow(["Sở Tư pháp"]);
    sheet.addRow(["Sở Y tế"]);
    sheet.getCell(`A${MAX_RECIPIENT_ROWS + 5000}`).value = "ghi chú";
    const table = await readRecipientWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), "ds.xlsx");
    expect(table.rows.map((row) => row.values[0])).toEqual(["Sở Tư pháp", "Sở Y tế", "ghi chú"]);
  });

  it("words a malformed CSV in our language, naming the file and the line, never in the parser's English", () => {
    const cases: [string, string, string][] = [
      ['ten,ma\nA,1\nx"y,2\n', "opening-quote", "dòng 3"],
      ['ten,ma\n"x"y,2\n', "closing-quote", "dòng 2"],
      ['ten,ma\n"xy,2\n', "quote-not-closed", "dòng 2"],
    ];
    for (const [text, fault, line] of cases) {
      let error: UserError | undefined;
      try {
        parseRecipientCsv(csv(text), "ds.csv");
      } catch (caught) {
        error = caught as UserError;
      }
      expect(error?.params).toMatchObject({ file: "ds.csv", fault });
      const vi = messages("vi").errors[error!.code]!(error!.params);
      expect(vi).toContain(`Không đọc được ds.csv như tệp CSV (${line})`);
      expect(vi).not.toMatch(/Quote|Invalid/);
      expect(messages("en").errors[error!.code]!(error!.params)).toContain("Cannot read ds.csv as CSV (line");
    }
  });
});

describe("readRecipientWorkbook", () => {
  it("reads the first visible sheet: header row, then one recipient per non-blank row", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "không đọc";
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.getCell("A2").value = "Mã";
    sheet.getCell("B2").value = "Tên đơn vị";
    sheet.getCell("C2").value = "Số thứ tự";
    sheet.getCell("A3").value = "CAT";
    sheet.getCell("B3").value = { richText: [{ text: "Công an " }, { text: "tỉnh" }] };
    sheet.getCell("C3").value = 7;
    sheet.getCell("A5").value = "X1";
    sheet.getCell("B5").value = "Đơn vị khác";
    const table = await readRecipientWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), "ds.xlsx");
    expect(table.headers).toEqual(["Mã", "Tên đơn vị", "Số thứ tự"]);
    expect(table.rows).toEqual([
      { row: 3, values: ["CAT", "Công an tỉnh", "7"] },
      { row: 5, values: ["X1", "Đơn vị khác", null] },
    ]);
  });

  it("says so when the file is not a workbook", async () => {
    await expect(readRecipientWorkbook(Buffer.from("not a zip"), "x.xlsx")).rejects.toMatchObject({
      code: "letters/xlsx-refused",
      params: { finding: "file/not-xlsx" },
    });
  });
});

describe("tableRecipients", () => {
  it("screens a list like a submission: a zip bomb or a cell past Excel's last column is refused, not read", async () => {
    const bomb = makeZip([{ name: "xl/workbook.xml", data: Buffer.alloc(48 * 1024 * 1024) }]);
    await expect(readRecipientWorkbook(bomb, "ds.xlsx")).rejects.toMatchObject({
      code: "letters/xlsx-refused",
      params: { file: "ds.xlsx", finding: "file/zip-bomb" },
    });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").getCell("A1").value = "Tên đơn vị";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const far = makeZip(
      readZipEntries(bytes).map((entry) => ({
        name: entry.name,
        data: entry.name.includes("worksheets/")
          ? Buffer.from(entry.data.toString("utf8").replace('r="A1"', 'r="ZZZZZZZ1"'))
          : entry.data,
      })),
    );
    const refused = (await readRecipientWorkbook(far, "ds.xlsx").catch((error: unknown) => error)) as UserError;
    expect(refused).toMatchObject({ code: "letters/xlsx-invalid" });
    // In our words, not the reader's English.
    expect(messages("vi").errors[refused.code]!(refused.params)).toBe(
      'Không mở được ds.xlsx như bảng tính .xlsx: tệp bị hỏng hoặc có cấu trúc không đúng. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".',
    );
  });

  it("gives each field by header and ASCII key, finds name, code and Kính gửi, and links workspace units", () => {
    const table = parseRecipientCsv(
      csv(
        "Mã đơn vị,Tên đơn vị,Kính gửi,Chức vụ\nCAT,Công an tỉnh Hưng Yên,Giám đốc Công an tỉnh,\nNEW,Hội Nhà báo tỉnh,,Chủ tịch\n",
      ),
      "x.csv",
    );
    const [first, second] = tableRecipients(table, sampleConfig);
    expect(first).toMatchObject({
      source: { kind: "table", row: 2 },
      code: "CAT",
      name: "Công an tỉnh Hưng Yên",
      address: "Giám đốc Công an tỉnh",
      fields: {
        ma_don_vi: "CAT",
        "Tên đơn vị": "Công an tỉnh Hưng Yên",
        ten_don_vi: "Công an tỉnh Hưng Yên",
        name: "Công an tỉnh Hưng Yên",
        code: "CAT",
      },
    });
    expect(first?.unit?.code).toBe("CAT");
    // An empty cell is no field at all: a template that needs it fails for this recipient only.
    expect(first?.fields).not.toHaveProperty("chuc_vu");
    expect(second).toMatchObject({
      code: "NEW",
      name: "Hội Nhà báo tỉnh",
      address: "Hội Nhà báo tỉnh",
      unit: null,
      fields: { chuc_vu: "Chủ tịch" },
    });
  });

  it("ignores headers that would reach an object's prototype, and repeated headers", () => {
    const table = parseRecipientCsv(csv("ten,__proto__,constructor,Ten\nA,x,y,z\n"), "x.csv");
    const [recipient] = tableRecipients(table, sampleConfig);
    // "__proto__" is only reachable as its folded key "proto"; "constructor" not at all.
    expect(Object.keys(recipient!.fields).sort()).toEqual(["address", "name", "proto", "ten"]);
    expect(recipient!.fields.ten).toBe("A");
    expect(Object.getPrototypeOf(recipient!.fields)).toBe(Object.prototype);
  });

  it("leaves the name null when no column holds one", () => {
    const [recipient] = tableRecipients(parseRecipientCsv(csv("ma,email\nX,a@b.vn\n"), "x.csv"), sampleConfig);
    expect(recipient).toMatchObject({ code: "X", name: null, fields: { email: "a@b.vn" } });
  });
});
