// renderDocument: an AdminDocument → the bytes of a .docx laid out as Decree 30/2020/NĐ-CP, Phụ lục I.
// Pure: the same document gives the same bytes, whatever the clock says (deterministic.ts).
// The work is split in two so that renderCombined (combine.ts) can put many documents in one package:
// documentSections builds one document's sections (its own content), documentOptions the parts a package
// has once (properties, theme, fonts, styles).
import { Document, Paragraph, SectionType } from "docx";
import type { IPropertiesOptions, ISectionOptions, Table } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import type { AdminDocument, Block, DocumentMeta } from "../model.js";
import { appendixSection } from "./appendix.js";
import { bodyChildren } from "./body.js";
import { closingTable } from "./closing.js";
import { FONT_NAME } from "./fonts.js";
import { headerTable } from "./header-table.js";
import { packDocument } from "./package.js";
import type { PackOptions } from "./package.js";
import { A4, pageGeometry, resolveMargins, sectionPage } from "./page.js";
import { documentProperties, withCoreProperties } from "./properties.js";
import { emptyHeader, pageNumberHeader } from "./page-number.js";
import { recipientsBlock } from "./recipients.js";
import { documentStyles, STYLE } from "./styles.js";
import { planTable } from "./table-widths.js";
import { titleBlock } from "./title-block.js";

export const CREATOR = "baocao";
export const CORE_PART = "docProps/core.xml";

/** The date stamped in the package (core properties, zip entries): the document's, or a draft's 1st. */
export function packageDate(date: DocumentMeta["date"]): CalendarDate {
  return "draft" in date ? { year: date.year, month: date.month, day: 1 } : date;
}

export interface SectionChoices {
  /**
   * Start the page numbers of the main section at 1 (w:pgNumType w:start="1"), as a document that follows
   * others in one package must. Off for a document alone, where Word starts at 1 anyway.
   */
  readonly restartPageNumbers?: boolean;
  /**
   * Give the sections their page-number headers. Off when the caller points them at headers shared by the
   * whole package (combine.ts), so that 1,000 letters do not make 2,000 header parts.
   */
  readonly headers?: boolean;
}

/** One document's sections: the main one (first page without a number, w:titlePg), then its appendices. */
export function documentSections(doc: AdminDocument, choices: SectionChoices = {}): ISectionOptions[] {
  const { meta } = doc;
  const margins = resolveMargins(meta.margins);
  const geometry = pageGeometry(margins);
  const withHeaders = choices.headers ?? true;

  const children: (Paragraph | Table)[] = [
    headerTable(meta, geometry),
    ...titleBlock(meta, geometry),
    ...recipientsBlock(meta.recipients, geometry, meta.kind),
  ];
  if (meta.kind === "letter" && meta.recipients.length === 0) {
    // Keep the content clear of the header when there is no "Kính gửi".
    children.push(new Paragraph({ style: STYLE.plain, spacing: { after: 120 }, children: [] }));
  }
  // A table too wide for a portrait page even at 12 pt gets a landscape section of its own (Phụ lục I, I.1:
  // pages of tables may be landscape); the content then continues on a new portrait page.
  const segments = bodySegments(doc.body, geometry.textWidth);
  const landscape = pageGeometry(margins, true);
  const continued: ISectionOptions[] = [];
  const final = segments.length - 1;
  segments.forEach((segment, index) => {
    const last = index === final;
    const within = segment.landscape ? landscape : geometry;
    // "./." after the content's last block: in the landscape section when a wide table ends the content.
    const endMark = last || (index === final - 1 && segments[final]?.blocks.length === 0);
    const blocks = bodyChildren(segment.blocks, { width: within.textWidth, endMark });
    if (last) blocks.push(closingTable(meta, geometry));
    if (index === 0) children.push(...blocks);
    else
      continued.push({
        properties: { type: SectionType.NEXT_PAGE, page: sectionPage(within) },
        headers: withHeaders ? { default: pageNumberHeader() } : {},
        children: blocks,
      });
  });

  const page = sectionPage(geometry);
  const main: ISectionOptions = {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: choices.restartPageNumbers === true ? { ...page, pageNumbers: { start: 1 } } : page,
    },
    headers: withHeaders ? { default: pageNumberHeader(), first: emptyHeader() } : {},
    children,
  };
  const appendices = doc.appendices.map((appendix) => {
    const section = appendixSection(appendix, margins);
    return withHeaders ? section : { ...section, headers: {} };
  });
  return [main, ...continued, ...appendices];
}

/**
 * The content cut where a table cannot fit a portrait page without splitting a word (table-widths.ts) but
 * fits a landscape one: portrait runs of blocks and landscape tables, in order. One segment for a content
 * without such a table (every document baocao makes itself). A section cannot be empty: a landscape table
 * that ends the content is followed by the closing in its own portrait section.
 */
export function bodySegments(
  blocks: readonly Block[],
  portraitWidth: number,
): { blocks: Block[]; landscape: boolean }[] {
  const landscapeWidth = portraitWidth + (A4.height - A4.width);
  const segments: { blocks: Block[]; landscape: boolean }[] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    const wide =
      block.type === "table" && !planTable(block, portraitWidth).fits && planTable(block, landscapeWidth).fits;
    if (!wide) {
      current.push(block);
      continue;
    }
    segments.push({ blocks: current, landscape: false }, { blocks: [block], landscape: true });
    current = [];
  }
  segments.push({ blocks: current, landscape: false });
  return segments;
}

/**
 * The options of a package holding `sections`: theme fonts and the styles. The same for every document:
 * title, subject, author and keywords are written into core.xml afterwards (properties.ts).
 */
export function documentOptions(sections: readonly ISectionOptions[]): IPropertiesOptions {
  return {
    lastModifiedBy: CREATOR,
    revision: 1,
    theme: { fonts: { headings: FONT_NAME, body: FONT_NAME } },
    styles: documentStyles(),
    sections,
  };
}

/** The docx object model of the document (before packing). */
export function buildDocument(doc: AdminDocument): Document {
  return new Document(documentOptions(documentSections(doc)));
}

export async function renderDocument(doc: AdminDocument, options: PackOptions = {}): Promise<Buffer> {
  const properties = documentProperties(doc.meta);
  return packDocument(
    documentOptions(documentSections(doc)),
    packageDate(doc.meta.date),
    (name, text) => (name === CORE_PART ? withCoreProperties(text, properties) : text),
    options,
  );
}
