import { describe, expect, it } from "vitest";
import { sheetFirst, titleFirst } from "./sheet-order.js";

const WORKBOOK =
  '<workbook><bookViews><workbookView firstSheet="0" activeTab="2"/></bookViews><sheets>' +
  '<sheet sheetId="1" name="A" r:id="rId3"/><sheet sheetId="4" name="B" r:id="rId4"/><sheet sheetId="2" name="Kết quả" r:id="rId5"/><sheet sheetId="3" name="C" r:id="rId6"/>' +
  '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$C$3</definedName>' +
  '<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Kết quả&apos;!$2:$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="3">C!$1:$1</definedName>' +
  '<definedName name="Global">A!$A$1</definedName></definedNames></workbook>';

describe("sheetFirst", () => {
  it("moves the sheet to the front, and the positions that name sheets with their sheet", () => {
    expect(sheetFirst(WORKBOOK, 2, 2)).toBe(
      '<workbook><bookViews><workbookView firstSheet="0" activeTab="0"/></bookViews><sheets>' +
        '<sheet sheetId="2" name="Kết quả" r:id="rId5"/><sheet sheetId="1" name="A" r:id="rId3"/><sheet sheetId="4" name="B" r:id="rId4"/><sheet sheetId="3" name="C" r:id="rId6"/>' +
        '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">B!$A$1:$C$3</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Kết quả&apos;!$2:$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="3">C!$1:$1</definedName>' +
        '<definedName name="Global">A!$A$1</definedName></definedNames></workbook>',
    );
  });

  it("leaves a first sheet where it is, and refuses a package that is not the one expected", () => {
    expect(sheetFirst(WORKBOOK, 1, 0)).toBe(WORKBOOK);
    expect(() => sheetFirst(WORKBOOK, 2, 3)).toThrow("sheet 2 is not at position 3");
    expect(() => sheetFirst("<workbook/>", 1, 0)).toThrow("<sheets>");
    expect(() => sheetFirst(WORKBOOK.replace("<sheets>", "<sheets><!-- x -->"), 2, 2)).toThrow("more than");
  });
});

describe("titleFirst", () => {
  const app = (titles: string) =>
    `<Properties><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`;

  it("moves the title at the position to the front of TitlesOfParts only", () => {
    expect(titleFirst(app("<vt:lpstr>A</vt:lpstr><vt:lpstr>B</vt:lpstr><vt:lpstr>Kết quả</vt:lpstr>"), 2)).toBe(
      app("<vt:lpstr>Kết quả</vt:lpstr><vt:lpstr>A</vt:lpstr><vt:lpstr>B</vt:lpstr>"),
    );
    expect(titleFirst(app("<vt:lpstr>A</vt:lpstr>"), 0)).toBe(app("<vt:lpstr>A</vt:lpstr>"));
    expect(titleFirst("<Properties/>", 2)).toBe("<Properties/>");
  });
});
