// The first-page header: a borderless two-column table, as in Mẫu 1.4/1.5 of Phụ lục III.
//
//   row 1:  [TÊN CQ CHỦ QUẢN]            | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//           TÊN CƠ QUAN BAN HÀNH (bold)  | Độc lập - Tự do - Hạnh phúc
//           ───── (1/3–1/2)              | ─────────────── (= the motto's length)
//   row 2:  Số: 841/BC-STTTT             | Hưng Yên, ngày 03 tháng 7 năm 2023   (italic)
//           [V/v … (letters)]            |
//           [MẬT] [KHẨN]                 |
//
// Two rows, so the number and the date start on the same line whatever the heights above them (ô 3 and
// ô 4 "cùng một dòng"). Cell margins are 0: the columns' widths are the text's widths.
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { formatPlaceDate, DRAFT_BLANK } from "../../vn/dates.js";
import type { DocumentMeta } from "../model.js";
import { headerColumns, MOTTO, NATIONAL_TITLE } from "./columns.js";
import type { Columns } from "./columns.js";
import { cleanText, runs, SIZE } from "./fonts.js";
import type { RunStyle } from "./fonts.js";
import { markParagraphs } from "./marks.js";
import { widestLine, textWidth } from "./metrics.js";
import type { PageGeometry } from "./page.js";
import { ruleParagraph, SHORT_RULE_FRACTION } from "./rules.js";
import { STYLE } from "./styles.js";

/** Space between the rules and the number/date line, and between the number and "V/v" (6 pt, II.5.b). */
const GAP = 120;

/** A line of the header block (style HeaderBlock: 13 pt, centred, kept with the next); runs set a size only where it differs. */
function line(text: string, { size, ...style }: RunStyle, before = 0): Paragraph {
  return new Paragraph({
    style: STYLE.headerBlock,
    ...(before > 0 ? { spacing: { before } } : {}),
    children: runs(text, size === undefined || size === SIZE.agency ? style : { ...style, size }),
  });
}

/** "Số: 841/BC-STTTT"; a blank of six spaces for the records office when the number is not yet given. */
export function numberLine(number: DocumentMeta["number"]): string {
  const symbol = cleanText(number.symbol).trim();
  if (number.value === null) return `Số:${DRAFT_BLANK}/${symbol}`;
  const value = cleanText(number.value).trim();
  // II.3.c: "với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước".
  const padded = /^[1-9]$/.test(value) ? `0${value}` : value;
  return `Số: ${padded}/${symbol}`;
}

/** "V/v tăng cường công tác…" (the summary of a letter, under its number). */
export function letterSummaryLine(summary: string): string {
  return `V/v ${cleanText(summary).trim()}`;
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE.plain })],
  });
}

function agencyColumn(meta: DocumentMeta, width: number): Paragraph[] {
  const parent = (meta.issuer.parentHeader ?? []).map((text) => line(text, { size: SIZE.agency }));
  const issuer = meta.issuer.header.map((text) => line(text, { size: SIZE.agency, bold: true }));
  if (issuer.length === 0) return parent;
  const widest = Math.max(0, ...meta.issuer.header.map((text) => widestLine(cleanText(text), SIZE.agency, true)));
  const rule = ruleParagraph({ length: Math.min(widest, width) * SHORT_RULE_FRACTION, within: width });
  return [...parent, ...issuer, rule];
}

function nationalColumn(width: number): Paragraph[] {
  return [
    line(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }),
    line(MOTTO, { size: SIZE.motto, bold: true }),
    // II.1.b: "đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ".
    ruleParagraph({ length: textWidth(MOTTO, SIZE.motto, true), within: width }),
  ];
}

function numberColumn(meta: DocumentMeta, width: number): Paragraph[] {
  const out = [line(numberLine(meta.number), { size: SIZE.number }, GAP)];
  if (meta.kind === "letter") out.push(line(letterSummaryLine(meta.summary), { size: SIZE.letterSummary }, GAP));
  out.push(...markParagraphs(meta, width));
  return out;
}

function dateColumn(meta: DocumentMeta): Paragraph[] {
  return [line(formatPlaceDate(cleanText(meta.place), meta.date), { size: SIZE.placeDate, italic: true }, GAP)];
}

export function borderlessTable(columns: Columns, rows: readonly (readonly [Paragraph[], Paragraph[]])[]): Table {
  return new Table({
    width: { size: columns.left + columns.right, type: WidthType.DXA },
    columnWidths: [columns.left, columns.right],
    layout: TableLayoutType.FIXED,
    indent: { size: columns.indent, type: WidthType.DXA },
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      ([left, right]) =>
        new TableRow({ cantSplit: true, children: [cell(columns.left, left), cell(columns.right, right)] }),
    ),
  });
}

export function headerTable(meta: DocumentMeta, geometry: PageGeometry): Table {
  const columns = headerColumns(geometry);
  return borderlessTable(columns, [
    [agencyColumn(meta, columns.left), nationalColumn(columns.right)],
    [numberColumn(meta, columns.left), dateColumn(meta)],
  ]);
}
