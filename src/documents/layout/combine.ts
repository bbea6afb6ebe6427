// renderCombined: many documents (a batch of letters) in one .docx, for printing or sending as one file.
// Each document is its own section(s) and starts on a new page, with its own margins, its own page
// numbers restarting at 1 (w:pgNumType w:start="1") and no number on its first page (w:titlePg), exactly
// as renderDocument lays it out alone.
//
// Done once for the package, not per document: properties, theme, fonts, styles, numbering (one Document),
// and the two page-number headers. docx writes a header part for every section that is given one, so
// only the first section is; the others are then pointed at the same two parts (the rewrite below),
// rather than left to inherit them ("Same as Previous"), so every section names its headers itself.
import type { CalendarDate } from "../../domain/calendar-date.js";
import type { AdminDocument } from "../model.js";
import { packDocument } from "./package.js";
import { documentNumber, documentProperties, withCoreProperties } from "./properties.js";
import { CORE_PART, documentOptions, documentSections, packageDate } from "./render.js";

const SECTION_START = /<w:sectPr>((?:<w:headerReference [^>]*\/>)*)/g;

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  const key = (date: CalendarDate) => date.year * 10_000 + date.month * 100 + date.day;
  return key(b) > key(a) ? b : a;
}

/** document.xml with the first section's header references in every section that has none. */
export function shareHeaders(documentXml: string): string {
  let shared: string | undefined;
  return documentXml.replace(SECTION_START, (all, references: string) => {
    if (shared === undefined) {
      shared = references;
      return all;
    }
    return references === "" ? `<w:sectPr>${shared}` : all;
  });
}

/** The numbers of the documents ("120/STTTT-TTBCXB, 121/…"), or their ký hiệu when drafts. */
function combinedKeywords(documents: readonly AdminDocument[]): string {
  const numbers = documents.map((doc) => documentNumber(doc.meta) ?? doc.meta.number.symbol.trim());
  return [...new Set(numbers)].join(", ");
}

/**
 * One .docx holding `documents` in order, each from a new page. Deterministic like renderDocument; the
 * package is stamped with the latest of the documents' dates and titled as the first one.
 * Throws RangeError on an empty list (and whatever renderDocument throws for a document).
 */
export async function renderCombined(documents: readonly AdminDocument[]): Promise<Buffer> {
  const first = documents[0];
  if (first === undefined) throw new RangeError("renderCombined needs at least one document");
  const sections = documents.flatMap((doc, index) =>
    documentSections(doc, { restartPageNumbers: true, headers: index === 0 }),
  );
  const date = documents.map((doc) => packageDate(doc.meta.date)).reduce(later);
  // The package's properties are the first document's, its keywords every document's number.
  const properties = { ...documentProperties(first.meta), keywords: combinedKeywords(documents) };
  return packDocument(documentOptions(sections), date, (name, text) =>
    name === "word/document.xml"
      ? shareHeaders(text)
      : name === CORE_PART
        ? withCoreProperties(text, properties)
        : text,
  );
}
