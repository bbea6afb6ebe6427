import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { makeZip } from "../../../test/helpers/zip.js";
import { dataValidationCells, sqrefCells, validationCellsIn } from "./validation-size.js";

describe("sqrefCells", () => {
  it("counts cells and ranges, in any corner order", () => {
    expect(sqrefCells("A1")).toBe(1);
    expect(sqrefCells("A1 B2:C5")).toBe(9);
    expect(sqrefCells("C5:B2")).toBe(8);
    expect(sqrefCells("$D$2:$D$501")).toBe(500);
    expect(sqrefCells("T9:T1048576")).toBe(1_048_568);
  });

  it("gives Infinity for what it cannot read", () => {
    expect(sqrefCells("A:A")).toBe(Number.POSITIVE_INFINITY);
    expect(sqrefCells("A1:B2:C3")).toBe(Number.POSITIVE_INFINITY);
    expect(sqrefCells("A0")).toBe(Number.POSITIVE_INFINITY);
    expect(sqrefCells("XFE1")).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("validationCellsIn", () => {
  it("reads sqref wherever it sits in the tag, even after a '>' inside a message", () => {
    const xml =
      '<dataValidations count="2"><dataValidation type="whole" error="x &gt; 0 or > 0" sqref="D2:D11"><formula1>0</formula1></dataValidation>' +
      "<dataValidation sqref='B2 B4' type=\"list\"/></dataValidations>";
    expect(validationCellsIn(xml, 1000)).toBe(12);
  });

  it("ignores Excel 2010's extLst validations, which exceljs does not read", () => {
    expect(
      validationCellsIn("<x14:dataValidation type='list'><xm:sqref>A1:A1048576</xm:sqref></x14:dataValidation>", 10),
    ).toBe(0);
  });

  it("stops counting above the limit, and treats a tag without sqref as unreadable", () => {
    expect(validationCellsIn('<dataValidation sqref="A1:A100"/><dataValidation sqref="B1:B100"/>', 50)).toBe(100);
    expect(validationCellsIn('<dataValidation type="list"/>', 50)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("dataValidationCells", () => {
  it("sums the validations of every sheet of a workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Một");
    const second = workbook.addWorksheet("Hai");
    first.getCell("A1").dataValidation = { type: "whole", operator: "greaterThan", formulae: [0], allowBlank: true };
    second.getCell("B2").dataValidation = { type: "list", formulae: ['"a,b"'], allowBlank: true };
    second.getCell("B3").dataValidation = { type: "list", formulae: ['"a,b"'], allowBlank: true };
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await dataValidationCells(bytes, 100)).toBe(3);
  });

  it("gives Infinity for a sheet part that holds more than its zip entry declares", async () => {
    const xml = `<worksheet><dataValidations><dataValidation sqref="A1:A10"/></dataValidations>${" ".repeat(4000)}</worksheet>`;
    const zip = makeZip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.from(xml) }]);
    expect(await dataValidationCells(zip, 100)).toBe(10);
    const directory = zip.readUInt32LE(zip.length - 22 + 16);
    zip.writeUInt32LE(100, directory + 24);
    expect(await dataValidationCells(zip, 100)).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives Infinity for bytes that are not a zip", async () => {
    expect(await dataValidationCells(Buffer.from("not a zip"), 100)).toBe(Number.POSITIVE_INFINITY);
  });
});
