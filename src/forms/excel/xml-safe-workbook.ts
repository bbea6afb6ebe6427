// The last step before an in-memory workbook (a blank form, an annotated copy) is written: every text it
// holds — cell values, rich text, formula results, notes — through the one sanitiser (domain/xml-text.ts),
// so that no text makes a part that is not well-formed and a literal `_xHHHH_` stays literal. An annotated
// copy needs it most: exceljs reads `_xFFFE_` in a received file as U+FFFE and would write that character.
import type { Cell, CellRichTextValue, Comment, Workbook } from "exceljs";
import ExcelJS from "exceljs";
import { xlsxText, xmlSafeText } from "../../domain/xml-text.js";

function safeRichText(value: CellRichTextValue): CellRichTextValue | undefined {
  let changed = false;
  const richText = value.richText.map((run) => {
    const text = xlsxText(run.text);
    if (text === run.text) return run;
    changed = true;
    return { ...run, text };
  });
  return changed ? { ...value, richText } : undefined;
}

function safeValue(cell: Cell): void {
  const value = cell.value;
  if (typeof value === "string") {
    const text = xlsxText(value);
    if (text !== value) cell.value = text;
  } else if (cell.type === ExcelJS.ValueType.RichText) {
    const safe = safeRichText(value as CellRichTextValue);
    if (safe !== undefined) cell.value = safe;
  } else if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = value as { result?: unknown };
    if (typeof formula.result === "string") {
      const text = xlsxText(formula.result);
      if (text !== formula.result) cell.value = { ...(value as object), result: text } as ExcelJS.CellValue;
    }
  }
}

function safeNote(cell: Cell): void {
  const note = cell.note as string | Comment | undefined;
  if (note === undefined) return;
  if (typeof note === "string") {
    const text = xlsxText(note);
    if (text !== note) cell.note = text;
    return;
  }
  const texts = note.texts;
  if (texts === undefined) return;
  const safe = safeRichText({ richText: texts });
  if (safe !== undefined) cell.note = { ...note, texts: safe.richText };
}

/** The document properties (docProps/core.xml) that hold text: XML-safe (no `_xHHHH_` rule there). */
const PROPERTIES = [
  "title",
  "subject",
  "creator",
  "lastModifiedBy",
  "keywords",
  "description",
  "category",
  "company",
  "manager",
] as const;

/** The header and footer texts of a sheet (`&` codes are the sheet writer's business). */
const HEADER_FOOTER = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"] as const;

export function makeWorkbookTextXmlSafe(workbook: Workbook): void {
  const properties = workbook as unknown as Record<string, unknown>;
  for (const key of PROPERTIES) {
    const value = properties[key];
    if (typeof value === "string") properties[key] = xmlSafeText(value);
  }
  for (const sheet of workbook.worksheets) {
    const headerFooter = sheet.headerFooter as Record<string, unknown> | undefined;
    for (const key of HEADER_FOOTER) {
      const value = headerFooter?.[key];
      if (headerFooter !== undefined && typeof value === "string") headerFooter[key] = xmlSafeText(value);
    }
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged cell other than the top-left shows the master's value: set on the master only.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        safeValue(cell);
        safeNote(cell);
      });
    });
  }
}
