// Highlighting and notes on the agency's own sheets. Only styles and notes change; values and
// formulas are left alone.
import type { Borders, Cell, Comment, Fill, Font, RichText, Style, Worksheet } from "exceljs";
import type { Severity } from "../../domain/findings.js";
import type { AnnotateLabels } from "./labels.js";

export const CELL_FILLS: Readonly<Record<Severity, string>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};
/** A lighter tint for the other cells of a row a finding is about. */
export const ROW_FILLS: Readonly<Record<Severity, string>> = {
  error: "FFFFE9EC",
  warning: "FFFFF6D5",
  info: "FFEEF5FB",
};
/**
 * A thin frame in a darker shade: the form's input cells are already light yellow (FFFFF2CC), close
 * to the warning fill, so the colour alone would not stand out.
 */
const FRAME_COLOURS: Readonly<Record<Severity, string>> = { error: "FFC00000", warning: "FFBF8F00", info: "FF2F5597" };
/** Row findings tint at most this many columns: a row can carry styles far to the right. */
const MAX_ROW_COLUMNS = 50;

const NOTE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 10 };
const NOTE_BOLD: Partial<Font> = { ...NOTE_FONT, bold: true };

export interface NoteEntry {
  readonly severity: Severity;
  /** "Lỗi", or "Lỗi (Dòng 7)" for a finding about the whole row. */
  readonly label: string;
  readonly message: string;
  readonly hint: string;
}

export function worst(severities: Iterable<Severity>): Severity {
  for (const severity of severities) if (severity === "error") return "error";
  return "warning";
}

/** A merged cell's annotations go to the merge's top-left cell, the one Excel shows. */
export function visibleCell(sheet: Worksheet, row: number, column: number): Cell {
  const cell = sheet.getCell(row, column);
  return cell.isMerged ? cell.master : cell;
}

/**
 * Sets `fill` (and the frame) on one cell. Cells loaded by exceljs share one style object per style
 * id, so `cell.fill = …` would recolour every cell of that style: assign a new style object instead.
 */
export function highlight(cell: Cell, argb: string, frame: Severity | null): void {
  const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  const style: Partial<Style> = { ...cell.style, fill };
  if (frame !== null) {
    const side = { style: "thin" as const, color: { argb: FRAME_COLOURS[frame] } };
    const border: Partial<Borders> = { top: side, left: side, bottom: side, right: side };
    style.border = border;
  }
  cell.style = style;
}

/** Tints the used cells of a row (at least the first). */
export function tintRow(sheet: Worksheet, row: number, severity: Severity): void {
  const existing = sheet.findRow(row);
  const header = sheet.findRow(1);
  const last = Math.min(MAX_ROW_COLUMNS, Math.max(1, existing?.cellCount ?? 0, header?.cellCount ?? 0));
  for (let column = 1; column <= last; column += 1) highlight(sheet.getCell(row, column), ROW_FILLS[severity], null);
}

/**
 * Adds the entries to the cell's note, after any note the agency wrote; returns the box the note needs
 * (note-boxes.ts gives it to the written workbook).
 */
export function addNote(
  sheet: Worksheet,
  cell: Cell,
  entries: readonly NoteEntry[],
  labels: AnnotateLabels,
): NoteAnchor {
  const texts: RichText[] = [];
  entries.forEach((entry, index) => {
    if (index > 0) texts.push({ font: NOTE_FONT, text: "\n\n" });
    texts.push({ font: NOTE_BOLD, text: `${entry.label}: ` });
    const hint = entry.hint.trim() === "" ? "" : `\n${labels.hintPrefix}: ${entry.hint}`;
    texts.push({ font: NOTE_FONT, text: `${entry.message}${hint}` });
  });
  const existing = cell.note as string | Comment | undefined | null;
  const separator: RichText = { font: NOTE_FONT, text: "\n\n" };
  let note: Comment;
  if (existing === undefined || existing === null || existing === "") note = { texts };
  else if (typeof existing === "string") note = { texts: [{ text: existing }, separator, ...texts] };
  else note = { ...existing, texts: [...(existing.texts ?? []), separator, ...texts] };
  cell.note = note;
  return noteAnchor(sheet, Number(cell.row), Number(cell.col), (note.texts ?? []).map((t) => t.text).join(""));
}

// ---------------------------------------------------------------------------------------------
// Note size. exceljs 4.4 draws every note in a fixed box two columns wide and four rows high
// (getDefaultRect in lib/xlsx/xform/comment/vml-anchor-xform.js; about 98 × 59 pt), which cuts a
// message and its hint after a few words, and its public API cannot set the box. So the box each note
// needs is worked out here, and note-boxes.ts writes it into the workbook's VML drawing part after
// exceljs has written the file.

/** A note's box: 0-based columns and rows of its edges. */
export interface NoteAnchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Width of a note, in characters of the default font (about 260 pt). */
const NOTE_WIDTH = 48;
/** Characters of the 10 pt note font per width unit (column widths count 11 pt "0" digits). */
const NOTE_CHARACTERS_PER_WIDTH = 1.15;
const NOTE_LINE_HEIGHT = 13.5;
const NOTE_PADDING = 10;

/** A box right of the cell, starting a row above it (where Excel puts a new note), tall enough for `text`. */
export function noteAnchor(sheet: Worksheet, row: number, column: number, text: string): NoteAnchor {
  // Anchor columns and rows are 0-based: column `column` is the one right of the cell.
  const left = column;
  let right = left;
  let width = 0;
  while (width < NOTE_WIDTH && right - left < 30) {
    width += columnWidth(sheet, right + 1);
    right += 1;
  }
  const perLine = Math.max(10, Math.floor(width * NOTE_CHARACTERS_PER_WIDTH));
  const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
  const needed = lines * NOTE_LINE_HEIGHT + NOTE_PADDING;
  const top = Math.max(row - 2, 0);
  let bottom = top;
  let height = 0;
  while (height < needed && bottom - top < 200) {
    height += rowHeight(sheet, bottom + 1);
    bottom += 1;
  }
  return { left, top, right, bottom };
}

function columnWidth(sheet: Worksheet, column: number): number {
  const found = sheet.getColumn(column);
  if (found.hidden) return 0;
  return found.width ?? 9;
}

function rowHeight(sheet: Worksheet, row: number): number {
  const found = sheet.findRow(row);
  if (found?.hidden === true) return 0;
  return found?.height ?? sheet.properties.defaultRowHeight ?? 15;
}
