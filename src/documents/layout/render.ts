// renderDocument: an AdminDocument → the bytes of a .docx laid out as Decree 30/2020/NĐ-CP, Phụ lục I.
// Pure: the same document gives the same bytes, whatever the clock says (deterministic.ts).
import { Document, LineRuleType, Packer, Paragraph, SectionType } from "docx";
import type { ISectionOptions, Table } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import type { AdminDocument, DocumentMeta } from "../model.js";
import { appendixSection } from "./appendix.js";
import { bodyChildren } from "./body.js";
import { closingTable } from "./closing.js";
import { makeDeterministic } from "./deterministic.js";
import { cleanText, FONT_NAME, FONT_SLOTS, SIZE } from "./fonts.js";
import { headerTable } from "./header-table.js";
import { pageGeometry, resolveMargins, sectionPage } from "./page.js";
import { emptyHeader, pageNumberHeader } from "./page-number.js";
import { recipientsBlock } from "./recipients.js";
import { titleBlock } from "./title-block.js";

export const CREATOR = "baocao";

/** The date stamped in the package (core properties, zip entries): the document's, or a draft's 1st. */
export function packageDate(date: DocumentMeta["date"]): CalendarDate {
  return "draft" in date ? { year: date.year, month: date.month, day: 1 } : date;
}

/** The docx object model of the document (before packing). */
export function buildDocument(doc: AdminDocument): Document {
  const { meta } = doc;
  const margins = resolveMargins(meta.margins);
  const geometry = pageGeometry(margins);

  const children: (Paragraph | Table)[] = [
    headerTable(meta, geometry),
    ...titleBlock(meta, geometry),
    ...recipientsBlock(meta.recipients, geometry, meta.kind),
  ];
  if (meta.kind === "letter" && meta.recipients.length === 0) {
    // Keep the content clear of the header when there is no "Kính gửi".
    children.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  }
  children.push(...bodyChildren(doc.body, { width: geometry.textWidth, endMark: true }));
  children.push(closingTable(meta, geometry));

  const main: ISectionOptions = {
    properties: { type: SectionType.NEXT_PAGE, titlePage: true, page: sectionPage(geometry) },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children,
  };

  return new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    revision: 1,
    title: cleanText(meta.kind === "typed" ? `${meta.typeName ?? ""} ${meta.summary}` : `V/v ${meta.summary}`)
      .replace(/\s+/gu, " ")
      .trim(),
    theme: { fonts: { headings: FONT_NAME, body: FONT_NAME } },
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: SIZE.body * 2 },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [main, ...doc.appendices.map((appendix) => appendixSection(appendix, margins))],
  });
}

export async function renderDocument(doc: AdminDocument): Promise<Buffer> {
  const packed = await Packer.toBuffer(buildDocument(doc));
  return makeDeterministic(packed, packageDate(doc.meta.date));
}
