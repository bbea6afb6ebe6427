// How many cells the data validations of a workbook cover, read from the sheet XML before exceljs sees
// it. exceljs expands every validation range into one entry per cell when it loads a file
// (libraries-and-peers.md §2.1: a whole-column range takes minutes and gigabytes), so intake loads
// agency files with `ignoreNodes: ["dataValidations"]`. The annotated copy goes back to the agency and
// should keep its drop-down lists, so annotate loads them whenever this count says that is cheap.
import { openZipParts } from "../../zip/index.js";

/** Sheet parts larger than this are not scanned (the validations are then dropped, not risked). */
const MAX_SHEET_XML_BYTES = 64 * 1024 * 1024;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/**
 * A <dataValidation …> start tag; attribute values may hold ">". Only the unprefixed element: exceljs
 * reads no other (Excel 2010's <x14:dataValidation> in extLst is dropped by exceljs either way).
 */
const VALIDATION_TAG = /<dataValidation\s((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const SQREF = /(?:^|\s)sqref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/**
 * The number of cells covered by the `<dataValidation sqref="…">` ranges of all worksheets, counted
 * up to `limit`: the result is exact when ≤ `limit`, otherwise some number > `limit` (Infinity when the
 * zip or a range cannot be read, or a sheet is too large to scan).
 */
export async function dataValidationCells(bytes: Buffer, limit: number): Promise<number> {
  let total = 0;
  try {
    for await (const xml of sheetXmlParts(bytes)) {
      if (xml === null) return Number.POSITIVE_INFINITY;
      total += validationCellsIn(xml, limit - total);
      if (total > limit) return total;
    }
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  return total;
}

/** Cells covered by the validations in one sheet's XML, counting stops once above `limit`. */
export function validationCellsIn(xml: string, limit: number): number {
  let total = 0;
  for (const match of xml.matchAll(VALIDATION_TAG)) {
    const attributes = match[1] ?? "";
    const sqref = SQREF.exec(attributes);
    const value = sqref?.[1] ?? sqref?.[2];
    if (value === undefined) return Number.POSITIVE_INFINITY;
    total += sqrefCells(value);
    if (total > limit) return total;
  }
  return total;
}

/** "A1 B2:C5" → 9; Infinity for anything that is not a plain list of A1 cells and ranges. */
export function sqrefCells(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    if (part === "") continue;
    const [first, second, extra] = part.split(":");
    if (first === undefined || extra !== undefined) return Number.POSITIVE_INFINITY;
    const from = parseAddress(first);
    const to = second === undefined ? from : parseAddress(second);
    if (from === null || to === null) return Number.POSITIVE_INFINITY;
    total += (Math.abs(to.row - from.row) + 1) * (Math.abs(to.column - from.column) + 1);
  }
  return total;
}

function parseAddress(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(text);
  if (match === null) return null;
  const letters = (match[1] ?? "").toUpperCase();
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) return null;
  return { row, column };
}

/**
 * The text of each worksheet part, in zip order; null for a part too large to scan. The reader never
 * inflates a part past the size its directory entry declares, so the declared size bounds the memory.
 */
async function* sheetXmlParts(bytes: Buffer): AsyncGenerator<string | null> {
  const zip = await openZipParts(bytes);
  for (const entry of zip.entries) {
    if (!SHEET_PART.test(entry.name)) continue;
    if (entry.uncompressedSize > MAX_SHEET_XML_BYTES) {
      yield null;
      return;
    }
    yield (zip.read(entry.name) ?? Buffer.alloc(0)).toString("utf8");
  }
}
