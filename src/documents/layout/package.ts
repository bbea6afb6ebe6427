// packDocument: the docx object model → the bytes of a deterministic .docx.
//
// docx's public Packer writes every part of the package each time: for a one-page letter, styles and
// theme alone were about half of its work, and a batch of letters writes the same styles, theme,
// settings, fonts, notes, headers and properties a thousand times. So the package is written by docx
// (Packer.toBuffer) once per kind of document, and for the next document of the same kind only the part
// that differs, word/document.xml, is written here, from the document's own formatted components
// (their public prepForXml, written out by xml.ts), and put in the place of docx's.
//
// "The same kind": the same package options but for the sections (properties, theme, fonts, styles,
// title), and the same of everything the sections add to the package's other parts — the header and
// footer parts' XML, the document's relationships and its lists. A document that adds media or parts
// (a picture, a chart: not in letters) is written by docx in full every time. The first document of a
// kind is written both ways and the two document.xml compared; where they differ (a component this
// writer does not write as docx does), that kind is always written by docx in full. Either way the
// bytes are the same as docx's, made deterministic (deterministic.ts).
//
// Every part's compressed bytes are kept too: a part whose text is the same as the last time it was
// zipped (all but document.xml in a batch of letters) is not compressed again.
import { Document, Packer } from "docx";
import type { File, IPropertiesOptions } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { deflateEntry, readZipEntries, writeZip } from "../../zip/index.js";
import type { DeflatedZipEntry, ZipEntry } from "../../zip/index.js";
import { deterministicParts, isText } from "./deterministic.js";
import type { PackagePart } from "./deterministic.js";
import { withNormalStyle } from "./styles.js";
import { STANDALONE_DECLARATION, stringifyXml } from "./xml.js";

const DOCUMENT_PART = "word/document.xml";
const STYLES_PART = "word/styles.xml";

/** The package's parts in docx's order (the order of its zip), from docx's public Packer. */
async function packedParts(file: File): Promise<PackagePart[]> {
  const entries = await readZipEntries(await Packer.toBuffer(file), null);
  return entries.map(({ name, data }) => ({ name, data: isText(name) ? data.toString("utf8") : data }));
}

/** word/document.xml as docx writes it: the body formatted, then the ids of its lists filled in. */
function documentXml(file: File): string {
  const formatted = file.Document.View.prepForXml({ file, viewWrapper: file.Document, stack: [] });
  if (formatted === undefined) throw new Error("docx formatted no document body");
  const lists = new Map(
    file.Numbering.ConcreteNumbering.map(({ reference, instance, restartedListId, numId }) => [
      restartedListId === undefined ? `${reference}-${instance}` : `${reference}-restart ${restartedListId}`,
      String(numId),
    ]),
  );
  const xml = STANDALONE_DECLARATION + stringifyXml(formatted);
  return lists.size === 0
    ? xml
    : xml.replace(/\{([^{}]+)\}/g, (placeholder, key: string) => lists.get(key) ?? placeholder);
}

/**
 * What, besides the options, decides every part but document.xml, once the body has been formatted (the
 * body can add relationships and lists); null when the body added media or package parts.
 */
function kindOf(file: File, options: IPropertiesOptions): string | null {
  if (file.Media.Array.length > 0 || file.PackageParts.Array.length > 0) return null;
  const { sections: _sections, ...rest } = options;
  const wrappers = [...file.Headers, ...file.Footers].map(
    (wrapper) =>
      `${stringifyXml(wrapper.View.prepForXml({ file, viewWrapper: wrapper, stack: [] }) ?? {})}#${wrapper.Relationships.RelationshipCount}`,
  );
  if (file.Media.Array.length > 0 || file.PackageParts.Array.length > 0) return null;
  return JSON.stringify([
    rest,
    wrappers,
    stringifyXml(file.Document.Relationships.prepForXml({ file, viewWrapper: file.Document, stack: [] }) ?? {}),
    file.Numbering.ConcreteNumbering.map(({ reference, instance, restartedListId, numId }) => [
      reference,
      instance,
      restartedListId ?? null,
      numId,
    ]),
  ]);
}

/** The parts of the first document of each kind (document.xml included); null: written in full each time. */
const kinds = new Map<string, readonly PackagePart[] | null>();
/** More kinds than any batch has: past this the oldest are forgotten. */
const KINDS_KEPT = 64;

/** Forgets every kind (for tests: the next document is written by docx in full); returns how many were reusable. */
export function forgetPackageKinds(): number {
  const reusable = [...kinds.values()].filter((parts) => parts !== null).length;
  kinds.clear();
  return reusable;
}

export interface PackOptions {
  /**
   * One of many documents of the same kind (a batch of letters): worth writing document.xml here and
   * reusing the other parts. A document made alone (a report) is written by docx straight away, without
   * formatting its body twice.
   */
  readonly batch?: boolean;
}

async function compileParts(options: IPropertiesOptions, batch: boolean): Promise<PackagePart[]> {
  if (!batch) return packedParts(new Document(options));
  const file = new Document(options);
  let body: string;
  let kind: string | null;
  try {
    body = documentXml(file);
    kind = kindOf(file, options);
  } catch {
    // A component this writer cannot format on its own: docx writes the package.
    return packedParts(new Document(options));
  }
  if (kind === null) return packedParts(new Document(options));
  const known = kinds.get(kind);
  if (known === null) return packedParts(new Document(options));
  if (known !== undefined)
    return known.map((part) => (part.name === DOCUMENT_PART ? { name: part.name, data: body } : part));
  const parts = await packedParts(new Document(options));
  const docxBody = parts.find((part) => part.name === DOCUMENT_PART)?.data;
  const same = docxBody === body;
  if (kinds.size >= KINDS_KEPT) kinds.delete(kinds.keys().next().value ?? "");
  kinds.set(kind, same ? parts : null);
  return parts;
}

/** Parts larger than this are not kept for reuse (a combined batch's document.xml). */
const KEEP_LIMIT = 256 * 1024;
const lastZipped = new Map<string, { readonly text: string; readonly entry: DeflatedZipEntry }>();

function zipEntry(part: PackagePart): ZipEntry | DeflatedZipEntry {
  if (typeof part.data !== "string")
    return { name: part.name, data: Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength) };
  const last = lastZipped.get(part.name);
  if (last !== undefined && last.text === part.data) return last.entry;
  const entry = deflateEntry({ name: part.name, data: Buffer.from(part.data, "utf8") });
  if (part.data.length <= KEEP_LIMIT) lastZipped.set(part.name, { text: part.data, entry });
  return entry;
}

/**
 * The .docx of a package with these options, deterministic (deterministic.ts), every zip entry stamped
 * `date`. styles.xml gets the document's Normal style (styles.ts); `rewrite` then changes the text of XML
 * parts (see deterministicParts).
 */
export async function packDocument(
  options: IPropertiesOptions,
  date: CalendarDate,
  rewrite?: (name: string, text: string) => string,
  { batch = false }: PackOptions = {},
): Promise<Buffer> {
  const all = (name: string, text: string): string => {
    const styled = name === STYLES_PART ? withNormalStyle(text) : text;
    return rewrite === undefined ? styled : rewrite(name, styled);
  };
  return writeZip(deterministicParts(await compileParts(options, batch), date, all).map(zipEntry), { date });
}
