// Column widths of a data table from its content, measured with the Times New Roman metrics of metrics.ts,
// so that no figure ("515.000.000", "+234.000.000", "-3,9%") and no word of a header ("STT") is ever split
// across lines: Word and LibreOffice break a word inside itself only when it is wider than its column.
//
// Each column has a minimum (its widest word: a run of characters without a space, bold where the cell is
// bold), a natural width (its widest body line) and a wish (the natural width, or the header's on one line
// if wider). Much as an HTML table's automatic layout:
//   - the wishes fit: each column gets its wish, the room left shared in proportion;
//   - the body lines fit: each column its natural width, the room left going to headers that would wrap;
//   - otherwise each column gets its minimum plus a share of the room left in proportion to how much more
//     it would need (a long "Chỉ tiêu" takes most of it, a column of figures none).
// A plan is readable when every column of long text (wider than READABLE_WIDTH on one line) gets at least
// READABLE_WIDTH.
// The table is tried at 13 pt, then 12 pt (Decree 30 does not size tables; 12–13 pt is the practice); the
// first readable plan is taken, else the first where the minimums fit; if none, the table is reported as
// not fitting (an appendix then turns landscape, appendix.ts) and laid out in proportion to its minimums.
// Relative widths given by the block (Block "table".widths) are kept as far as the minimums allow.
import type { Block, Inline } from "../model.js";
import { cleanText, SIZE } from "./fonts.js";
import { textWidth } from "./metrics.js";

type TableBlock = Extract<Block, { type: "table" }>;

/** Left + right cell margins (data-table.ts CELL_MARGIN). */
export const CELL_PADDING = 170;
/** Room kept in each column so that rounding in a renderer cannot wrap a word measured to fit exactly. */
export const COLUMN_SLACK = 60;
/** The least width a column of wrapping text should get: 5 cm (about 25 characters a line at 13 pt). */
export const READABLE_WIDTH = 2835;
/** The sizes a table is tried at, largest first (points). */
export const TABLE_SIZES = [SIZE.table, 12] as const;

export interface TablePlan {
  /** Column widths in twips, summing exactly to the width asked for. */
  readonly widths: number[];
  /** Text size of the table, points. */
  readonly size: number;
  /** False when even at the smallest size the widest words do not fit side by side. */
  readonly fits: boolean;
  /** Every column of wrapping text has at least READABLE_WIDTH or all it needs. */
  readonly readable: boolean;
}

interface Piece {
  readonly text: string;
  readonly bold: boolean;
}

/** The words of a cell (runs of non-space characters, possibly across bold/plain inlines), each as pieces. */
export function cellWords(content: readonly Inline[], bold: boolean): Piece[][] {
  const words: Piece[][] = [];
  let current: Piece[] = [];
  for (const inline of content) {
    const isBold = bold || inline.bold === true;
    for (const part of cleanText(inline.text).split(/(\s+)/u)) {
      if (part === "") continue;
      if (/^\s+$/u.test(part)) {
        if (current.length > 0) words.push(current);
        current = [];
      } else current.push({ text: part, bold: isBold });
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

function piecesWidth(pieces: readonly Piece[], size: number): number {
  return pieces.reduce((sum, piece) => sum + textWidth(piece.text, size, piece.bold), 0);
}

/** The width of the widest word of a cell, twips (0 for an empty cell). */
export function widestWord(content: readonly Inline[], size: number, bold: boolean): number {
  return Math.max(0, ...cellWords(content, bold).map((word) => piecesWidth(word, size)));
}

/** The width of the cell's widest line if nothing wrapped, twips. */
export function naturalWidth(content: readonly Inline[], size: number, bold: boolean): number {
  const lines: Piece[][] = [[]];
  for (const inline of content) {
    const isBold = bold || inline.bold === true;
    cleanText(inline.text)
      .split("\n")
      .forEach((text, index) => {
        if (index > 0) lines.push([]);
        lines[lines.length - 1]!.push({ text, bold: isBold });
      });
  }
  return Math.max(0, ...lines.map((line) => piecesWidth(line, size)));
}

export function columnCount(block: TableBlock): number {
  return Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
}

export interface ColumnNeeds {
  /** The widest word. */
  readonly min: number[];
  /** The widest body line (at least `min`). */
  readonly natural: number[];
  /** The natural width or the header on one line, whichever is wider. */
  readonly wish: number[];
}

/** Minimum, natural and wished width of each column at `size`, cell padding and slack included. */
export function columnNeeds(block: TableBlock, size: number): ColumnNeeds {
  const count = columnCount(block);
  const extra = CELL_PADDING + COLUMN_SLACK;
  const min: number[] = Array.from({ length: count }, () => extra);
  const natural: number[] = Array.from({ length: count }, () => extra);
  const header: number[] = Array.from({ length: count }, () => extra);
  block.header.forEach((cell, index) => {
    min[index] = Math.max(min[index]!, widestWord(cell, size, true) + extra);
    header[index] = naturalWidth(cell, size, true) + extra;
  });
  for (const row of block.rows) {
    row.forEach((cell, index) => {
      min[index] = Math.max(min[index]!, widestWord(cell, size, false) + extra);
      natural[index] = Math.max(natural[index]!, naturalWidth(cell, size, false) + extra);
    });
  }
  for (let index = 0; index < count; index += 1) natural[index] = Math.max(natural[index]!, min[index]!);
  const wish = natural.map((value, index) => Math.max(value, header[index]!));
  return { min, natural, wish };
}

/** Integer widths summing exactly to `total`, from real-valued ones (the remainder goes to the widest). */
function rounded(values: readonly number[], total: number): number[] {
  const widths = values.map((value) => Math.floor(value));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = widths[widest]! + rest;
  }
  return widths;
}

/** Relative weights (default equal), each column at least its minimum: fixed columns leave the rest to others. */
function weighted(weights: readonly number[], min: readonly number[], total: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.map((_, index) => index).filter((index) => !fixed.has(index));
    const room = total - [...fixed].reduce((sum, index) => sum + min[index]!, 0);
    const weightSum = free.reduce((sum, index) => sum + weights[index]!, 0);
    const widths = weights.map((weight, index) =>
      fixed.has(index) ? min[index]! : weightSum > 0 ? (weight / weightSum) * room : 0,
    );
    const short = free.filter((index) => widths[index]! < min[index]!);
    if (short.length === 0) return widths;
    for (const index of short) fixed.add(index);
  }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** From `low` towards `high`, each column in proportion to its gap, using `room` twips in all. */
function between(low: readonly number[], high: readonly number[], room: number): number[] {
  const gap = sum(high) - sum(low);
  return low.map((value, index) => value + (gap > 0 ? ((high[index]! - value) * room) / gap : 0));
}

function automatic({ min, natural, wish }: ColumnNeeds, total: number): number[] {
  const sumWish = sum(wish);
  if (sumWish <= total) return wish.map((value) => value + ((total - sumWish) * value) / sumWish);
  if (sum(natural) <= total) return between(natural, wish, total - sum(natural));
  return between(min, natural, total - sum(min));
}

function isReadable(widths: readonly number[], { natural }: ColumnNeeds): boolean {
  return widths.every((width, index) => natural[index]! <= READABLE_WIDTH || width >= READABLE_WIDTH);
}

/** Column widths and text size for `block` across `total` twips. */
export function planTable(block: TableBlock, total: number): TablePlan {
  const count = columnCount(block);
  const given = block.widths?.some((weight) => Number.isFinite(weight) && weight > 0) === true;
  const weights = Array.from({ length: count }, (_, index) => {
    const weight = block.widths?.[index];
    return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 1;
  });
  const plans: TablePlan[] = [];
  for (const size of TABLE_SIZES) {
    const needs = columnNeeds(block, size);
    if (sum(needs.min) > total) continue;
    const widths = rounded(given ? weighted(weights, needs.min, total) : automatic(needs, total), total);
    plans.push({ widths, size, fits: true, readable: isReadable(widths, needs) });
  }
  const chosen = plans.find((plan) => plan.readable) ?? plans[0];
  if (chosen !== undefined) return chosen;
  // Nothing fits: the smallest size, widths in proportion to the minimums (a word may then break).
  const size = TABLE_SIZES[TABLE_SIZES.length - 1]!;
  const { min } = columnNeeds(block, size);
  const widths = rounded(
    min.map((value) => (value / sum(min)) * total),
    total,
  );
  return { widths, size, fits: false, readable: false };
}

/** True when every table of `blocks` fits across `total` twips without splitting a word, and reads well. */
export function tablesReadable(blocks: readonly Block[], total: number): boolean {
  return blocks.every((block) => block.type !== "table" || planTable(block, total).readable);
}
