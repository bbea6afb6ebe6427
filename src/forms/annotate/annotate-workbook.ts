// The annotated copy of a submission (DESIGN §6, `validate --annotate DIR`): the agency's workbook with
// the offending cells highlighted and a note carrying each message, plus a first sheet listing every
// finding. It is what the clerk sends back. Pure: bytes in, bytes out; the input buffer is only read,
// and the same input gives byte-identical output.
//
// The copy goes through exceljs, so it keeps what exceljs keeps: values, formulas with their cached
// results, styles, merges, notes, hidden states, protection, autofilters, frozen panes, and the data
// validations when they are small (see loadForAnnotation). It loses what exceljs drops on reading:
// charts, pivot tables, Excel 2010 extLst validations, the agency's note boxes' sizes and the sheet scope of
// defined names (see dropStaleLocalNames). That is acceptable for a copy that only shows the findings;
// the agency corrects its own original.
import ExcelJS from "exceljs";
import type { Workbook, Worksheet, WorksheetView } from "exceljs";
import type { Finding, Severity } from "../../domain/findings.js";
import { rewriteZip } from "../../zip/index.js";
import { makeWorkbookTextXmlSafe } from "../excel/index.js";
import { pinDates, zipDate } from "./dates.js";
import { annotateLabels } from "./labels.js";
import type { AnnotateLabels, AnnotateLang } from "./labels.js";
import { addNote, highlight, tintRow, visibleCell, worst, CELL_FILLS } from "./mark-cells.js";
import type { NoteAnchor, NoteEntry } from "./mark-cells.js";
import { noteKey, sizeNoteBoxes, vmlDrawingPart } from "./note-boxes.js";
import { addResultsSheet } from "./results-sheet.js";
import { sheetFirst, titleFirst } from "./sheet-order.js";
import type { ResultRow } from "./results-sheet.js";
import { targetOf } from "./targets.js";
import { dataValidationCells } from "./validation-size.js";

/** A finding with its text already chosen in the user's language (src/messages). */
export type AnnotatedFinding = Finding & { readonly message: string; readonly hint: string };

export interface AnnotateOptions {
  readonly lang: AnnotateLang;
  /** Shown before the counts in the results sheet's first line, e.g. the file name. */
  readonly title?: string;
}

/**
 * Data validations covering at most this many cells are kept in the copy (the form has about 5,000).
 * Beyond it, or when the count cannot be made, the copy loses its drop-down lists rather than risk
 * exceljs expanding a whole-column range cell by cell.
 */
export const MAX_KEPT_VALIDATION_CELLS = 200_000;

export async function annotateWorkbook(
  bytes: Buffer,
  findings: readonly AnnotatedFinding[],
  options: AnnotateOptions,
): Promise<Buffer> {
  const labels = annotateLabels(options.lang);
  const workbook = await loadForAnnotation(bytes);
  const agencySheets = workbook.worksheets;

  const rows: ResultRow[] = findings.map((finding) => ({ finding, target: targetOf(workbook, finding) }));
  const boxes = markFindings(rows, labels);

  const results = addResultsSheet(workbook, rows, labels, options.title);
  selectResults(workbook, results, agencySheets);
  dropStaleLocalNames(workbook);

  pinDates(workbook);
  makeWorkbookTextXmlSafe(workbook);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  // Written again through the zip module: the results sheet moved from the end, where exceljs wrote it,
  // to the front (sheet-order.ts); the note boxes sized; every entry stamped the workbook's date.
  const position = workbook.worksheets.indexOf(results);
  const edits = new Map<string, (data: Buffer) => Buffer>([
    ...[...boxes].map(
      ([sheetId, sheetBoxes]) =>
        [
          vmlDrawingPart(sheetId),
          (vml: Buffer) => Buffer.from(sizeNoteBoxes(vml.toString("utf8"), sheetBoxes), "utf8"),
        ] as const,
    ),
    ["xl/workbook.xml", (xml: Buffer) => Buffer.from(sheetFirst(xml.toString("utf8"), results.id, position), "utf8")],
    ["docProps/app.xml", (xml: Buffer) => Buffer.from(titleFirst(xml.toString("utf8"), position), "utf8")],
  ]);
  return rewriteZip(written, edits, { date: zipDate(workbook) });
}

// ---------------------------------------------------------------------------------------------

/**
 * exceljs, keeping the data validations (the agency's drop-down lists) when they are small, else
 * without them (`ignoreNodes`, as intake reads agency files; libraries-and-peers.md §2.1).
 */
async function loadForAnnotation(bytes: Buffer): Promise<Workbook> {
  if ((await dataValidationCells(bytes, MAX_KEPT_VALIDATION_CELLS)) <= MAX_KEPT_VALIDATION_CELLS) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return workbook;
    } catch {
      // A validation exceljs cannot parse: retry without them.
    }
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ["dataValidations"] });
  return workbook;
}

interface Mark {
  readonly sheet: Worksheet;
  readonly row: number;
  readonly column: number;
  readonly entries: NoteEntry[];
}

/**
 * Row tints first, then the cells with notes (a cell's own colour wins over its row's tint). Returns the
 * box each note needs, by sheet id, then by noteKey of its cell.
 */
function markFindings(rows: readonly ResultRow[], labels: AnnotateLabels): Map<number, Map<string, NoteAnchor>> {
  const tints = new Map<string, { sheet: Worksheet; row: number; severities: Severity[] }>();
  const marks = new Map<string, Mark>();
  for (const { finding, target } of rows) {
    if (target.kind === "none") continue;
    const column = target.kind === "cell" ? target.column : 1;
    const cell = visibleCell(target.sheet, target.row, column);
    const key = `${target.sheet.id}!${cell.address}`;
    let mark = marks.get(key);
    if (mark === undefined) {
      mark = { sheet: target.sheet, row: Number(cell.row), column: Number(cell.col), entries: [] };
      marks.set(key, mark);
    }
    const severity = labels.severity[finding.severity];
    mark.entries.push({
      severity: finding.severity,
      label: target.kind === "row" ? `${severity} (${labels.row(target.row)})` : severity,
      message: finding.message,
      hint: finding.hint,
    });
    if (target.kind === "row") {
      const rowKey = `${target.sheet.id}!${target.row}`;
      const tint = tints.get(rowKey) ?? { sheet: target.sheet, row: target.row, severities: [] };
      tint.severities.push(finding.severity);
      tints.set(rowKey, tint);
    }
  }
  for (const tint of tints.values()) tintRow(tint.sheet, tint.row, worst(tint.severities));
  const boxes = new Map<number, Map<string, NoteAnchor>>();
  for (const mark of marks.values()) {
    const severity = worst(mark.entries.map((entry) => entry.severity));
    const cell = mark.sheet.getCell(mark.row, mark.column);
    highlight(cell, CELL_FILLS[severity], severity);
    const sheetBoxes = boxes.get(mark.sheet.id) ?? new Map<string, NoteAnchor>();
    boxes.set(mark.sheet.id, sheetBoxes);
    sheetBoxes.set(noteKey(mark.row, mark.column), addNote(mark.sheet, cell, mark.entries, labels));
  }
  return boxes;
}

type SheetView = Partial<WorksheetView> & { tabSelected?: boolean };

/**
 * The results sheet is the active and the only selected tab (two selected tabs would be a sheet group:
 * typing would edit both). exceljs writes it last, after the agency's sheets in their order; sheetFirst
 * then moves it to the front, and the active tab with it.
 */
function selectResults(workbook: Workbook, results: Worksheet, agencySheets: readonly Worksheet[]): void {
  for (const sheet of agencySheets) {
    // A sheet without a <sheetView> loads with views null.
    const views = (sheet.views as SheetView[] | null | undefined) ?? [];
    if (views.some((view) => view.tabSelected === true))
      sheet.views = views.map((view) => ({ ...view, tabSelected: false }));
  }
  results.views = ((results.views as SheetView[] | null | undefined) ?? [{}]).map((view) => ({
    ...view,
    tabSelected: true,
  }));
  const [first] = (workbook.views as ExcelJS.WorkbookView[] | undefined) ?? [];
  workbook.views = [
    {
      x: first?.x ?? 0,
      y: first?.y ?? 0,
      width: first?.width ?? 24000,
      height: first?.height ?? 12000,
      firstSheet: 0,
      // Its position as exceljs writes it (last); sheetFirst makes it 0.
      activeTab: workbook.worksheets.indexOf(results),
      visibility: "visible",
    },
  ];
}

/**
 * exceljs drops `localSheetId` from the defined names it reads (lib/doc/defined-names.js keeps name →
 * cells only), so a sheet-local built-in name such as the `_xlnm._FilterDatabase` Excel and LibreOffice
 * write for an autofilter would come back as one global name over several sheets. Excel rebuilds it
 * from the sheet's autoFilter; drop it. (Print areas and titles exceljs reads into pageSetup.)
 */
function dropStaleLocalNames(workbook: Workbook): void {
  const names = workbook.definedNames;
  const model = names.model;
  const kept = model.filter((name) => !name.name.startsWith("_xlnm."));
  if (kept.length !== model.length) names.model = kept;
}
