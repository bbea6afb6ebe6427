// Table blocks: a bordered table across the text width. Decree 30 does not size table text; 13 pt
// (SIZE.table) keeps wide tables readable, 12 pt when the table's figures would not fit otherwise; column
// widths come from the content (table-widths.ts), so no figure is split. Header row bold and centred,
// repeated on each page; body cells aligned per column (default left). An optional caption ("Đơn vị tính:
// triệu đồng") right-aligned, italic.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Block, Inline } from "../model.js";
import { inlineRuns, runs, SIZE } from "./fonts.js";
import { STYLE } from "./styles.js";
import { planTable } from "./table-widths.js";

type TableBlock = Extract<Block, { type: "table" }>;
type Align = "left" | "center" | "right";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const CELL_MARGIN = { top: 40, bottom: 40, left: 85, right: 85 } as const;

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Column widths in twips from relative widths (default equal), summing exactly to `total`. */
export function columnWidths(count: number, total: number, relative?: readonly number[]): number[] {
  const weights = Array.from({ length: count }, (_, index) => {
    const weight = relative?.[index];
    return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 1;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((weight / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/**
 * A cell's paragraph: style TableText (13 pt, single spacing, flush left); a table shrunk to 12 pt to fit
 * (table-widths.ts) says so on its runs. Its paragraph mark stays at the body's 14 pt, as it always was: the
 * mark's size counts in the height of a cell's last line, so a 13 pt mark would make every row a little
 * shorter and move rows between pages.
 */
function cellParagraph(
  content: readonly Inline[],
  align: Align,
  style: { size: number; bold: boolean },
  keepNext: boolean,
): Paragraph {
  return new Paragraph({
    style: STYLE.tableText,
    run: { size: SIZE.body * 2 },
    ...(align !== "left" ? { alignment: ALIGNMENT[align] } : {}),
    ...(keepNext ? { keepNext } : {}),
    children: inlineRuns(content, { bold: style.bold, ...(style.size !== SIZE.table ? { size: style.size } : {}) }),
  });
}

export function dataTable(block: TableBlock, width: number): (Paragraph | Table)[] {
  const { widths, size } = planTable(block, width);
  const alignOf = (index: number): Align => block.align?.[index] ?? "left";
  const row = (cells: readonly (readonly Inline[])[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map(
        (cellWidth, index) =>
          new TableCell({
            width: { size: cellWidth, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              cellParagraph(cells[index] ?? [], header ? "center" : alignOf(index), { size, bold: header }, header),
            ],
          }),
      ),
    });
  const rows = [
    ...(block.header.length > 0 ? [row(block.header, true)] : []),
    ...block.rows.map((cells) => row(cells, false)),
  ];
  const out: (Paragraph | Table)[] = [];
  if (block.caption !== undefined && block.caption.trim() !== "") {
    out.push(
      new Paragraph({
        style: STYLE.tableText,
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        spacing: { before: 60, after: 60 },
        children: runs(block.caption, { italic: true, ...(size !== SIZE.table ? { size } : {}) }),
      }),
    );
  }
  out.push(
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
      margins: CELL_MARGIN,
      rows: rows.length > 0 ? rows : [row([], false)],
    }),
  );
  return out;
}
