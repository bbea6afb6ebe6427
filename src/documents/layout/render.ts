// renderDocument: an AdminDocument → the bytes of a .docx laid out as Decree 30/2020/NĐ-CP, Phụ lục I.
// Pure: the same document gives the same bytes, whatever the clock says (deterministic.ts).
// The work is split in two so that renderCombined (combine.ts) can put many documents in one package:
// documentSections builds one document's sections (its own content), documentOptions the parts a package
// has once (properties, theme, fonts, styles).
import { Document, Paragraph, SectionType } from "docx";
import type { Header, IPropertiesOptions, ISectionOptions, Table } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import type { AdminDocument, Block, DocumentMeta } from "../model.js";
import { appendixSection } from "./appendix.js";
import { bodyChildren } from "./body.js";
import { closingTable } from "./closing.js";
import { cleanText, FONT_NAME } from "./fonts.js";
import { headerTable, numberLine } from "./header-table.js";
import { packDocument, packPieces } from "./package.js";
import type { BodyPiece, PackOptions } from "./package.js";
import { A4, pageGeometry, resolveMargins, sectionPage } from "./page.js";
import type { PageGeometry } from "./page.js";
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
  /**
   * One of a batch of documents: the main section's page-number headers are the same objects for every
   * document, so that package.ts knows the documents' frames alike without formatting them (see there).
   */
  readonly sharedHeaders?: boolean;
}

/** The page-number headers every document of a batch shares (docx formats a component as often as asked). */
let batchHeaders: { readonly page: Header; readonly empty: Header } | null = null;

function mainHeaders(choices: SectionChoices): ISectionOptions["headers"] {
  if (!(choices.headers ?? true)) return {};
  if (choices.sharedHeaders !== true) return { default: pageNumberHeader(), first: emptyHeader() };
  batchHeaders ??= { page: pageNumberHeader(), empty: emptyHeader() };
  return { default: batchHeaders.page, first: batchHeaders.empty };
}

/** A number no letter has: the header table is made once with it, and each letter's number put in its place. */
const NUMBER_PLACEHOLDER = "987654321";

/**
 * The header table. It differs from letter to letter of a batch only by the number line, so it is made once
 * with a placeholder number, from the fields it reads (not "Kính gửi", "Nơi nhận" or the signer, which
 * differ or do not matter; package.ts checks the first letters of each frame against docx whole).
 */
function headerPiece(meta: DocumentMeta, geometry: PageGeometry): BodyPiece {
  const make = () => [headerTable(meta, geometry)];
  const shared: DocumentMeta = {
    ...meta,
    number: { ...meta.number, value: meta.number.value === null ? null : NUMBER_PLACEHOLDER },
    recipients: [],
    copies: [],
    signer: { authority: [], title: "", name: "" },
  };
  // A draft's number is a blank for the records office, the same in every letter: the whole table is shared.
  if (meta.number.value === null)
    return { key: JSON.stringify(["header", shared, geometry]), make: () => [headerTable(shared, geometry)] };
  return {
    key: null,
    make,
    line: {
      key: JSON.stringify(["header", shared, geometry]),
      placeholder: cleanText(numberLine(shared.number)),
      text: cleanText(numberLine(meta.number)),
      make: () => [headerTable(shared, geometry)],
    },
  };
}

/** The main section's first components: the header table, the title (typed documents), "Kính gửi". */
function leadPieces(meta: DocumentMeta, geometry: PageGeometry): BodyPiece[] {
  const pieces: BodyPiece[] = [headerPiece(meta, geometry)];
  // Each key holds everything its components are made from (see BodyPiece).
  if (meta.kind === "typed")
    pieces.push({
      key: JSON.stringify(["title", meta.kind, meta.typeName, meta.summary, geometry]),
      make: () => titleBlock(meta, geometry),
    });
  pieces.push({
    key: JSON.stringify(["recipients", meta.recipients, geometry, meta.kind]),
    make: () => recipientsBlock(meta.recipients, geometry, meta.kind),
  });
  if (meta.kind === "letter" && meta.recipients.length === 0) {
    // Keep the content clear of the header when there is no "Kính gửi".
    pieces.push({
      key: JSON.stringify(["spacer"]),
      make: () => [new Paragraph({ style: STYLE.plain, spacing: { after: 120 }, children: [] })],
    });
  }
  return pieces;
}

/** One piece per block (bodyChildren lays each block out on its own); `endMark`: "./." after the last. */
function blockPieces(blocks: readonly Block[], width: number, endMark: boolean): BodyPiece[] {
  return blocks.map((block, index) => {
    const last = endMark && index === blocks.length - 1;
    return {
      key: JSON.stringify(["block", block, width, last]),
      make: () => bodyChildren([block], { width, endMark: last }),
    };
  });
}

function closingPiece(meta: DocumentMeta, geometry: PageGeometry): BodyPiece {
  return {
    key: JSON.stringify(["closing", meta.copies, meta.signer, geometry]),
    make: () => [closingTable(meta, geometry)],
  };
}

const made = (pieces: readonly BodyPiece[]) => pieces.flatMap((piece) => piece.make()) as (Paragraph | Table)[];

/** The main section without its children, which `pieces` make. */
function mainSection(
  choices: SectionChoices,
  geometry: PageGeometry,
  children: (Paragraph | Table)[],
): ISectionOptions {
  const page = sectionPage(geometry);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: choices.restartPageNumbers === true ? { ...page, pageNumbers: { start: 1 } } : page,
    },
    headers: mainHeaders(choices),
    children,
  };
}

/**
 * A document of one section (no landscape table, no appendix: every letter baocao makes), as the pieces
 * of its body (package.ts's packPieces); null for another document.
 */
export function documentPieces(
  doc: AdminDocument,
  choices: SectionChoices = {},
): { section: ISectionOptions; pieces: BodyPiece[] } | null {
  if (doc.appendices.length > 0) return null;
  const geometry = pageGeometry(resolveMargins(doc.meta.margins));
  const segments = bodySegments(doc.body, geometry.textWidth);
  if (segments.length !== 1) return null;
  return {
    section: mainSection(choices, geometry, []),
    pieces: [
      ...leadPieces(doc.meta, geometry),
      ...blockPieces(doc.body, geometry.textWidth, true),
      closingPiece(doc.meta, geometry),
    ],
  };
}

/** One document's sections: the main one (first page without a number, w:titlePg), then its appendices. */
export function documentSections(doc: AdminDocument, choices: SectionChoices = {}): ISectionOptions[] {
  const { meta } = doc;
  const margins = resolveMargins(meta.margins);
  const geometry = pageGeometry(margins);
  const withHeaders = choices.headers ?? true;

  const children: (Paragraph | Table)[] = made(leadPieces(meta, geometry));
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
    const blocks = made(blockPieces(segment.blocks, within.textWidth, endMark));
    if (last) blocks.push(...made([closingPiece(meta, geometry)]));
    if (index === 0) children.push(...blocks);
    else
      continued.push({
        properties: { type: SectionType.NEXT_PAGE, page: sectionPage(within) },
        headers: withHeaders ? { default: pageNumberHeader() } : {},
        children: blocks,
      });
  });

  const main = mainSection(choices, geometry, children);
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
  const date = packageDate(doc.meta.date);
  const rewrite = (name: string, text: string) => (name === CORE_PART ? withCoreProperties(text, properties) : text);
  // One of a batch (letters): its body in pieces, those met before not laid out again (package.ts).
  const pieces = options.batch === true ? documentPieces(doc, { sharedHeaders: true }) : null;
  if (pieces !== null) return packPieces(documentOptions([pieces.section]), pieces.pieces, date, rewrite);
  return packDocument(documentOptions(documentSections(doc)), date, rewrite, options);
}
