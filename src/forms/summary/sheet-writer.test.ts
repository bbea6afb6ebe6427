import { describe, expect, it } from "vitest";
import { insertPrintOptions } from "./sheet-writer.js";

const SHEET =
  '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' +
  '<autoFilter ref="A1:B2"/><pageMargins left="0.4"/><pageSetup paperSize="9"/><headerFooter/></worksheet>';

/** `text` through the edit in chunks of `size` bytes. */
async function edit(text: string, size: number, element = '<printOptions horizontalCentered="1"/>'): Promise<string> {
  const bytes = Buffer.from(text, "utf8");
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const out: Buffer[] = [];
  for await (const chunk of insertPrintOptions(element)(chunks())) out.push(chunk);
  return Buffer.concat(out).toString("utf8");
}

describe("insertPrintOptions", () => {
  it("puts the element right before <pageMargins>, however the XML is cut into chunks", async () => {
    const expected = SHEET.replace("<pageMargins", '<printOptions horizontalCentered="1"/><pageMargins');
    for (const size of [1, 2, 5, 11, 13, 64, SHEET.length])
      expect(await edit(SHEET, size), String(size)).toBe(expected);
  });

  it("puts it before what follows when there are no margins, and leaves a sheet that has the element", async () => {
    const noMargins = SHEET.replace('<pageMargins left="0.4"/>', "");
    expect(await edit(noMargins, 7)).toBe(
      noMargins.replace("<pageSetup", '<printOptions horizontalCentered="1"/><pageSetup'),
    );
    const bare = "<worksheet><sheetData/></worksheet>";
    expect(await edit(bare, 3)).toBe('<worksheet><sheetData/><printOptions horizontalCentered="1"/></worksheet>');
    const has = SHEET.replace("<pageMargins", '<printOptions gridLines="1"/><pageMargins');
    expect(await edit(has, 4)).toBe(has);
  });

  it("never looks inside the rows, and refuses XML that is no worksheet", async () => {
    // A tag-like text before </sheetData> (it would be escaped in a real sheet) is not an anchor.
    const tricky = SHEET.replace("<v>0</v>", "<v>0</v><pageMargins/>");
    expect(await edit(tricky, 9)).toBe(
      tricky.replace("<pageMargins left", '<printOptions horizontalCentered="1"/><pageMargins left'),
    );
    await expect(edit("<worksheet></worksheet>", 5)).rejects.toThrow("<sheetData>");
  });
});
