// The results sheet moved to the front of the package exceljs wrote. exceljs writes sheets in the order
// they were added, and has no public way to put a new sheet first; the order is the order of the
// <sheet> elements in xl/workbook.xml (and of the titles in docProps/app.xml), so those are edited
// instead. What names a sheet by its position follows it: a defined name's localSheetId (print areas
// and titles) and the workbook view's activeTab. firstSheet, the first tab shown in the tab bar, is a
// position, not a sheet: it stays. Sheets, their rows and everything else refer to sheets by name or
// relationship id, which do not change.

/**
 * workbook.xml with the sheet at position `from` first; throws unless that is the sheet whose sheetId is
 * `sheetId` (the package is not the one expected).
 */
export function sheetFirst(workbookXml: string, sheetId: number, from: number): string {
  const open = workbookXml.indexOf("<sheets>");
  const close = workbookXml.indexOf("</sheets>", open);
  if (open < 0 || close < 0) throw new Error("workbook.xml without <sheets>");
  const inner = workbookXml.slice(open + "<sheets>".length, close);
  const sheets = [...inner.matchAll(/<sheet\b[^>]*\/>/g)].map((match) => match[0]);
  if (sheets.join("") !== inner) throw new Error("workbook.xml: <sheets> holds more than <sheet/> elements");
  if (!new RegExp(`\\ssheetId="${sheetId}"`).test(sheets[from] ?? ""))
    throw new Error(`workbook.xml: sheet ${sheetId} is not at position ${from}`);
  if (from === 0) return workbookXml;
  const moved = [sheets[from] as string, ...sheets.filter((_, index) => index !== from)];
  const position = (old: number) => (old === from ? 0 : old < from ? old + 1 : old);
  const renumber = (text: string) =>
    text.replace(
      /(\slocalSheetId=")(\d+)(")/g,
      (_, before: string, old: string, after: string) => `${before}${position(Number(old))}${after}`,
    );
  const head = workbookXml
    .slice(0, open)
    .replace(
      /(<workbookView\b[^>]*\sactiveTab=")(\d+)(")/g,
      (_, before: string, old: string, after: string) => `${before}${position(Number(old))}${after}`,
    );
  const tail = renumber(workbookXml.slice(close));
  return `${head}<sheets>${moved.join("")}${tail}`;
}

/** app.xml with the title at position `from` of TitlesOfParts (the sheet names, in order) first. */
export function titleFirst(appXml: string, from: number): string {
  const match =
    /(<TitlesOfParts><vt:vector\b[^>]*>)((?:<vt:lpstr>[^<]*<\/vt:lpstr>|<vt:lpstr\/>)*)(<\/vt:vector><\/TitlesOfParts>)/.exec(
      appXml,
    );
  if (match === null) return appXml;
  const titles = [...(match[2] ?? "").matchAll(/<vt:lpstr>[^<]*<\/vt:lpstr>|<vt:lpstr\/>/g)].map((title) => title[0]);
  if (from <= 0 || from >= titles.length) return appXml;
  const moved = [titles[from] as string, ...titles.filter((_, index) => index !== from)];
  return (
    appXml.slice(0, match.index) + match[1] + moved.join("") + match[3] + appXml.slice(match.index + match[0].length)
  );
}
