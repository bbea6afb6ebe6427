// renderDocument: an AdminDocument → the bytes of a .docx laid out as Decree 30/2020/NĐ-CP, Phụ lục I.
// Pure: the same document gives the same bytes, whatever the clock says (deterministic.ts).
// The work is split in two so that renderCombined (combine.ts) can put many documents in one package:
// documentSections builds one document's sections (its own content), documentOptions the parts a package
// has once (properties, theme, fonts, styles).
import { Document, Paragraph, SectionType } from "docx";
import type { IPropertiesOptions, ISectionOptions, Table } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import type { AdminDocument, DocumentMeta } from "../model.js";
import { appendixSection } from "./appendix.js";
import { bodyChildren } from "./body.js";
import { closingTable } from "./closing.js";
import { FONT_NAME } from "./fonts.js";
import { headerTable } from "./header-table.js";
import { packDocument } from "./package.js";
import type { PackOptions } from "./package.js";
import { pageGeometry, resolveMargins, sectionPage } from "./page.js";
import { documentProperties, withCoreProperties } from "./properties.js";
import { emptyHeader, pageNumberHeader } from "./page-number.js";
import { recipientsBlock } from "./recipients.js";
import { documentStyles, STYLE } from "./styles.js";
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
  children.push(...bodyChildren(doc.body, { width: geometry.textWidth, endMark: true }));
  children.push(closingTable(meta, geometry));

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
  return [main, ...appendices];
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
