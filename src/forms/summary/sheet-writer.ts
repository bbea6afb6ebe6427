// Writing cells on a sheet of exceljs' streaming WorkbookWriter: sheets, header rows, text, numbers and
// formulas with their cached results, print headers, print options.
import type ExcelJS from "exceljs";
import type { Cell, Style, Workbook, Worksheet } from "exceljs";
import { openZipParts, spliceZipParts } from "../../zip/index.js";
import type { PartEdit } from "../../zip/index.js";
import { xlsxText, xmlSafeText } from "../../domain/xml-text.js";
import { wrappedHeight } from "../excel/index.js";
import { HEADER } from "./styles.js";

export type SheetOptions = Partial<ExcelJS.AddWorksheetOptions> & { autoFilter?: string };

/**
 * The <printOptions> each sheet of a streaming workbook needs, by sheet name. The streaming writer leaves
 * the element out (the in-memory Workbook writes it from pageSetup); withPrintOptions puts it back into
 * the written package.
 */
const printOptionsOf = new WeakMap<Workbook, Map<string, string>>();

/**
 * A sheet of the streaming writer. When its pageSetup asks for headings, grid lines or centring, the
 * sheet is noted for withPrintOptions, so that it still prints centred on the page.
 */
export function addSheet(workbook: Workbook, name: string, options: SheetOptions): Worksheet {
  const sheet = workbook.addWorksheet(name, options);
  const setup = options.pageSetup ?? {};
  const attributes = [
    setup.showRowColHeaders === true ? ' headings="1"' : "",
    setup.showGridLines === true ? ' gridLines="1"' : "",
    setup.horizontalCentered === true ? ' horizontalCentered="1"' : "",
    setup.verticalCentered === true ? ' verticalCentered="1"' : "",
  ].join("");
  if (attributes !== "") {
    const sheets = printOptionsOf.get(workbook) ?? new Map<string, string>();
    printOptionsOf.set(workbook, sheets);
    sheets.set(name, `<printOptions${attributes}/>`);
  }
  return sheet;
}

/**
 * The package `zip` that the streaming `workbook` wrote, with each sheet's <printOptions> where the schema
 * wants it: right before <pageMargins> (or what follows it). Only those sheet parts change, streamed
 * through and deflated again at the writer's level (SUMMARY_ZIP_LEVEL); every other byte of the zip is kept.
 */
/** The written package as withPrintOptions' further edits see it. */
export interface PackageParts {
  /** A part's text (null when there is no such part). */
  readonly read: (path: string) => string | null;
  /** The part of a sheet, by its name. */
  readonly sheetPart: (name: string) => string;
}

export async function withPrintOptions(
  workbook: Workbook,
  zip: Buffer,
  /**
   * Further edits by part path, made before <printOptions> is put in (the rows written directly), given the
   * package's parts (a part's text, and the part of a sheet by its name).
   */
  more?: (package_: PackageParts) => Map<string, PartEdit>,
): Promise<Buffer> {
  const sheets = printOptionsOf.get(workbook) ?? new Map<string, string>();
  if (sheets.size === 0 && more === undefined) return zip;
  const parts = await openZipParts(zip);
  const partOf = sheetParts(
    parts.readString("xl/workbook.xml") ?? "",
    parts.readString("xl/_rels/workbook.xml.rels") ?? "",
  );
  const sheetPart = (name: string): string => {
    const part = partOf.get(name);
    if (part === undefined) throw new Error(`Sheet ${name}: not in the package`);
    return part;
  };
  const edits = more?.({ read: (path) => parts.readString(path) ?? null, sheetPart }) ?? new Map<string, PartEdit>();
  for (const [name, element] of sheets) {
    const part = sheetPart(name);
    const before = edits.get(part);
    const print = insertPrintOptions(element);
    // The print options go into the sheet as written, before a further edit: that edit (the incident rows,
    // tens of megabytes) then passes on the place they go in, after the rows, and the rows are never
    // scanned for it (the same bytes: the element goes after <sheetData>, the rows inside it).
    edits.set(part, before === undefined ? print : (data) => before(print(data)));
  }
  return spliceZipParts(zip, edits, { level: SUMMARY_ZIP_LEVEL });
}

/** The level the summary's zip is deflated at: archiver's default (best speed), named for withPrintOptions. */
export const SUMMARY_ZIP_LEVEL = 1;

/** The elements that may follow <printOptions> in a worksheet (ECMA-376 CT_Worksheet), and itself. */
const PRINT_OPTIONS_OR_AFTER = [
  "<printOptions",
  "<pageMargins",
  "<pageSetup",
  "<headerFooter",
  "<rowBreaks",
  "<colBreaks",
  "<customProperties",
  "<cellWatches",
  "<ignoredErrors",
  "<smartTags",
  "<drawing",
  "<legacyDrawing",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
].map((tag) => Buffer.from(tag, "utf8"));
const SHEET_DATA_END = ["</sheetData>", "<sheetData/>"].map((tag) => Buffer.from(tag, "utf8"));
/** Bytes kept back from each chunk: a tag may start in one chunk and end in the next. */
const CARRY = Math.max(...[...PRINT_OPTIONS_OR_AFTER, ...SHEET_DATA_END].map((tag) => tag.length)) - 1;

/** Where the first of `tags` starts in `buffer` from `from` on, and its length; or null. */
function firstOf(buffer: Buffer, tags: readonly Buffer[], from: number): { at: number; tag: Buffer } | null {
  let first: { at: number; tag: Buffer } | null = null;
  for (const tag of tags) {
    const at = buffer.indexOf(tag, from);
    if (at >= 0 && (first === null || at < first.at)) first = { at, tag };
  }
  return first;
}

/**
 * The sheet's XML, chunk by chunk, with `element` before the first element after <sheetData> that
 * follows <printOptions> in the schema (unless the sheet has <printOptions> already). The rows, most of
 * a large sheet, only pass through.
 */
export function insertPrintOptions(element: string): PartEdit {
  const bytes = Buffer.from(element, "utf8");
  return async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let pending = Buffer.alloc(0);
    let afterSheetData = false;
    let done = false;
    for await (const chunk of chunks) {
      if (done) {
        yield chunk;
        continue;
      }
      const buffer = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let from = 0;
      if (!afterSheetData) {
        const end = firstOf(buffer, SHEET_DATA_END, 0);
        if (end !== null) {
          afterSheetData = true;
          from = end.at + end.tag.length;
        }
      }
      const next = afterSheetData ? firstOf(buffer, PRINT_OPTIONS_OR_AFTER, from) : null;
      if (next !== null) {
        done = true;
        pending = Buffer.alloc(0);
        if (next.tag === PRINT_OPTIONS_OR_AFTER[0]) {
          yield buffer;
        } else {
          yield buffer.subarray(0, next.at);
          yield bytes;
          yield buffer.subarray(next.at);
        }
        continue;
      }
      const keep = Math.max(from, buffer.length - CARRY);
      pending = Buffer.from(buffer.subarray(keep));
      if (keep > 0) yield buffer.subarray(0, keep);
    }
    if (!done) throw new Error(afterSheetData ? "worksheet without its end" : "worksheet without <sheetData>");
  };
}

/** Sheet name → its part ("xl/worksheets/sheet1.xml"), from the workbook part and its relationships. */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [relationship] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(relationship, "Id");
    const target = attribute(relationship, "Target");
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [sheet] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(sheet, "name");
    const target = targets.get(attribute(sheet, "r:id") ?? "");
    if (name !== undefined && target !== undefined) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, entity: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[entity] ?? "",
  );
}

export function writeHeaderRow(
  sheet: Worksheet,
  rowNumber: number,
  headers: readonly string[],
  widths: readonly number[],
  override: Partial<Style> = {},
): void {
  const row = sheet.getRow(rowNumber);
  const style = { ...HEADER, ...override };
  headers.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.style = style;
    if (text !== "") cell.value = xlsxText(text);
  });
  row.height = wrappedHeight(headers.map((text, index) => [text, (widths[index] ?? 10) - 1] as const));
}

/**
 * Text from anywhere (a submission, the configuration): always a plain string cell, never a formula, and
 * always valid XML with a literal `_xHHHH_` kept literal (domain/xml-text.ts).
 */
export function setText(cell: Cell, text: string, style: Partial<Style>): void {
  cell.value = xlsxText(String(text));
  cell.style = style;
}

export function setNumber(cell: Cell, value: number, style: Partial<Style>): void {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number: ${value}`);
  cell.value = value;
  cell.style = style;
}

/** A formula with the result it evaluates to (a number, or "" for a blank result). */
export function setFormula(cell: Cell, formula: string, result: number | string, style: Partial<Style>): void {
  if (typeof result === "number" && !Number.isFinite(result)) throw new RangeError(`Not a number: ${result}`);
  cell.value = { formula, result };
  cell.style = style;
}

export function printHeader(title: string): Partial<ExcelJS.HeaderFooter> {
  // "&" starts a header/footer code: double it in text.
  return { oddHeader: `&C&"Calibri,Bold"&12${xmlSafeText(title).replace(/&/g, "&&")}`, oddFooter: "&CTrang &P/&N" };
}
