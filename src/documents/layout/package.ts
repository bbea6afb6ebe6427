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
// Even so, each letter of a batch was still a whole docx Document (its default styles, theme and numbering
// built again: a fifth of a letter's time) only to format its body, and most of that body is the same in
// every letter. So a batch's document of one section (packPieces) is written in a "frame": one Document
// per kind of frame (the same options but for the section's children, the same section properties and the
// same header objects), whose section holds a stand-in component (docx's public `writtenAs`), made and
// packed by docx once from the kind's first document. The body comes in pieces (render.ts: the header
// table, "Kính gửi", each block, the closing), each keyed by everything it is made from: a piece is made
// and formatted in the frame's context only the first time its key is met, and document.xml is the
// frame's own text around the pieces' XML. The first two documents of each frame are also written by docx
// whole and every part compared; a frame that does not give docx's very bytes, or whose body adds lists,
// relationships, media or parts, or fields that need the whole body, is not used again (its documents are
// written as below).
//
// Every part's compressed bytes are kept too: a part whose text is the same as the last time it was
// zipped (all but document.xml in a batch of letters) is not compressed again.
import { Document, FileChild, Packer } from "docx";
import type { BaseXmlComponent } from "docx";
import type { File, IPropertiesOptions, ISectionOptions, IXmlableObject } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { deflateEntry, readZipEntries, writeZip } from "../../zip/index.js";
import type { DeflatedZipEntry, ZipEntry } from "../../zip/index.js";
import { deterministicParts, isText } from "./deterministic.js";
import type { PackagePart } from "./deterministic.js";
import { withNormalStyle } from "./styles.js";
import { escapeText, STANDALONE_DECLARATION, stringifyXml } from "./xml.js";

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
  return withListIds(STANDALONE_DECLARATION + stringifyXml(formatted), file);
}

/** The ids of the lists filled in where docx leaves them as `{reference-instance}` until the package is written. */
function withListIds(xml: string, file: File): string {
  const lists = new Map(
    file.Numbering.ConcreteNumbering.map(({ reference, instance, restartedListId, numId }) => [
      restartedListId === undefined ? `${reference}-${instance}` : `${reference}-restart ${restartedListId}`,
      String(numId),
    ]),
  );
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

/** How many frames (see above) serve documents: for tests. */
export function usableFrames(): number {
  return [...frames.values()].filter((frame) => frame !== null).length;
}

/** Forgets every kind (for tests: the next document is written by docx in full); returns how many were reusable. */
export function forgetPackageKinds(): number {
  const reusable = [...kinds.values(), ...frames.values()].filter((parts) => parts !== null).length;
  kinds.clear();
  frames.clear();
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

/** Written as the components it is given, in its frame's body (docx's public `writtenAs`). */
class StandIn extends FileChild {
  parts: readonly BaseXmlComponent[] = [];
  constructor() {
    super("w:standIn");
  }
  override get writtenAs(): readonly BaseXmlComponent[] {
    return this.parts;
  }
}

/** A run of a document's top-level components, made only when its XML is not known yet. */
export interface BodyPiece {
  /**
   * Everything the components depend on: the same key, the same XML (in the same frame). Null for a piece
   * that is not worth remembering (it differs in every document: the header with the letter's number).
   */
  readonly key: string | null;
  readonly make: () => readonly FileChild[];
  /**
   * The same piece but for the text of one run: made with `placeholder` in its place (and `key` naming
   * what it is made from), its XML is known once for all documents and `text` is put in. Both are one
   * run's text as it is written (no line break, no tab). When the placeholder is not found exactly once
   * in that XML, the piece itself is made.
   */
  readonly line?: {
    readonly key: string;
    readonly placeholder: string;
    readonly text: string;
    readonly make: () => readonly FileChild[];
  };
}

interface Frame {
  readonly file: File;
  readonly standIn: StandIn;
  /** The parts of the frame's first document: every part but document.xml is every document's. */
  readonly parts: readonly PackagePart[];
  /** document.xml around the body's components: up to <w:body>, and from the section's properties on. */
  readonly head: string;
  readonly tail: string;
  /** The XML of the pieces met so far, by key. */
  readonly pieces: Map<string, string>;
  /** The XML of pieces with a placeholder line (BodyPiece.line), by key; null: the placeholder was not found once. */
  readonly lines: Map<string, string | null>;
  /** Documents still to be checked against docx's whole package. */
  checks: number;
  /** The checks begun, each settling to whether its document came out as docx wrote it. */
  readonly checking: Promise<boolean>[];
}

/** Documents of a new frame written both ways and compared before the frame is trusted alone. */
const FRAME_CHECKS = 2;
/** Pieces a frame remembers: more than any letter template has, fewer than a batch has letters. */
const PIECES_KEPT = 512;
/** Frames by key; null: a frame that cannot be used (its documents are written as before). */
const frames = new Map<string, Frame | null>();
/** Frames being made (newFrame is asynchronous), by key. */
const framesMade = new Map<string, Promise<Frame | null>>();
/** Header and footer objects by identity (the same objects for every letter of a batch: render.ts). */
const componentIds = new WeakMap<object, number>();
let lastComponentId = 0;

function idOf(component: object | undefined): number | null {
  if (component === undefined) return null;
  const known = componentIds.get(component);
  if (known !== undefined) return known;
  componentIds.set(component, ++lastComponentId);
  return lastComponentId;
}

/** What decides every part of a one-section document but its body's children; null: not one section. */
function frameKey(options: IPropertiesOptions): string | null {
  if (options.sections.length !== 1) return null;
  const { sections, ...rest } = options;
  const { headers = {}, footers = {}, properties } = sections[0]!;
  const slots = (group: ISectionOptions["headers"]) => [idOf(group?.default), idOf(group?.first), idOf(group?.even)];
  return JSON.stringify([rest, properties ?? null, slots(headers), slots(footers)]);
}

/** What the body can add to a frame's other parts: while these stay the same, so do the parts. */
function frameState(file: File): string {
  return JSON.stringify([
    file.Media.Array.length,
    file.PackageParts.Array.length,
    file.Document.Relationships.RelationshipCount,
    file.Numbering.ConcreteNumbering.map(({ numId }) => numId),
  ]);
}

/** The top-level elements of the body as docx formats it with the stand-in holding `children`. */
function bodyElements(file: File, standIn: StandIn, children: readonly BaseXmlComponent[]): string[] | null {
  standIn.parts = children;
  try {
    const formatted = file.Document.View.prepForXml({ file, viewWrapper: file.Document, stack: [] });
    const content: unknown = formatted?.["w:document"];
    const body = Array.isArray(content)
      ? (content as Record<string, unknown>[]).find((element) => Object.keys(element)[0] === "w:body")?.["w:body"]
      : undefined;
    return Array.isArray(body) ? (body as IXmlableObject[]).map(stringifyXml) : null;
  } finally {
    standIn.parts = [];
  }
}

/**
 * Body XML that depends on the rest of the document (fields such as page numbers, bookmarks, tables of
 * contents; docx fills them in once the whole body is written): a piece with it cannot be written alone.
 */
const DOCUMENT_WIDE = /<w:(fldChar|instrText|fldSimple|bookmarkStart|sdt)\b/;

/** A new frame, from the first document of its kind (`children`: all its components); null: not usable. */
async function newFrame(options: IPropertiesOptions, children: readonly FileChild[]): Promise<Frame | null> {
  const section = options.sections[0]!;
  const standIn = new StandIn();
  standIn.parts = children;
  const file = new Document({ ...options, sections: [{ ...section, children: [standIn] }] });
  const parts = await packedParts(file);
  standIn.parts = [];
  if (file.Media.Array.length > 0 || file.PackageParts.Array.length > 0) return null;
  const empty = bodyElements(file, standIn, []);
  const whole = documentXml(file);
  if (empty?.length !== 1) return null;
  const at = whole.lastIndexOf(empty[0]!);
  if (at < 0) return null;
  return {
    file,
    standIn,
    parts,
    head: whole.slice(0, at),
    tail: whole.slice(at),
    pieces: new Map(),
    lines: new Map(),
    checks: FRAME_CHECKS,
    checking: [],
  };
}

/**
 * The XML of a piece's components in the frame, or null when it cannot be written alone. Each component is
 * formatted as the body formats its children (docx's own loop: a component written as others is written
 * as those, one that writes nothing is left out), in the frame's context with the document and its body on
 * the stack, where docx finds the section a component is in; not the whole document each time. What the
 * body does once all its children are written (tables of contents, page numbers) concerns only fields and
 * bookmarks, which a piece may not hold (DOCUMENT_WIDE).
 */
function pieceXml(frame: Frame, children: readonly FileChild[]): string | null {
  const view = frame.file.Document.View;
  const context = { file: frame.file, viewWrapper: frame.file.Document, stack: [view, view.Body] };
  let xml = "";
  for (const child of children)
    for (const component of child.writtenAs ?? [child]) {
      const formatted = component.prepForXml(context);
      if (formatted !== undefined) xml += stringifyXml(formatted);
    }
  return DOCUMENT_WIDE.test(xml) ? null : xml;
}

/**
 * The parts of a one-section document whose body is `pieces`, from its frame; null when no frame can give
 * them (the caller has docx write the document).
 */
async function framedParts(options: IPropertiesOptions, pieces: readonly BodyPiece[]): Promise<PackagePart[] | null> {
  const key = frameKey(options);
  if (key === null) return null;
  let frame = frames.get(key);
  if (frame === null) return null;
  const all = () => pieces.flatMap((piece) => piece.make());
  if (frame === undefined) {
    // Letters in flight meet a new frame together: it is made once, the others wait for it.
    let made = framesMade.get(key);
    if (made === undefined) {
      made = newFrame(options, all());
      framesMade.set(key, made);
    }
    try {
      frame = await made;
    } finally {
      framesMade.delete(key);
    }
    if (!frames.has(key)) {
      if (frames.size >= KINDS_KEPT) frames.delete(frames.keys().next().value ?? "");
      frames.set(key, frame);
    }
    frame = frames.get(key) ?? null;
    if (frame === null) return null;
  }
  const unusable = () => {
    frames.set(key, null);
    return null;
  };
  const before = frameState(frame.file);
  const xml: string[] = [];
  for (const piece of pieces) {
    let known = piece.line === undefined ? undefined : lineXml(frame, piece.line);
    if (known === null) return unusable();
    known ??= piece.key === null ? undefined : frame.pieces.get(piece.key);
    if (known === undefined) {
      const made = pieceXml(frame, piece.make());
      if (made === null) return unusable();
      known = made;
      if (piece.key !== null) {
        if (frame.pieces.size >= PIECES_KEPT) frame.pieces.clear();
        frame.pieces.set(piece.key, known);
      }
    }
    xml.push(known);
  }
  // The body added a list, a relationship, media: the frame's other parts no longer fit.
  if (frameState(frame.file) !== before) return unusable();
  const body = withListIds(frame.head + xml.join("") + frame.tail, frame.file);
  const parts = frame.parts.map((part) => (part.name === DOCUMENT_PART ? { name: part.name, data: body } : part));
  if (frame.checks > 0) {
    frame.checks--;
    const section = options.sections[0]!;
    const docx = packedParts(new Document({ ...options, sections: [{ ...section, children: all() }] }));
    const same = docx.then((whole) => sameParts(parts, whole));
    frame.checking.push(same.catch(() => false));
    if (!(await same)) {
      frames.set(key, null);
      return docx;
    }
    return parts;
  }
  // Letters laid out while the first ones are still being checked (many are in flight at once) wait for
  // those checks: a frame found wrong must not have written any letter; then docx writes this one whole.
  for (const check of frame.checking) if (!(await check)) return null;
  return parts;
}

/** A piece's XML from its placeholder's (BodyPiece.line); undefined: make the piece; null: the frame cannot. */
function lineXml(frame: Frame, line: NonNullable<BodyPiece["line"]>): string | null | undefined {
  if (/[\t\n\r]/.test(line.text)) return undefined;
  const placeholder = escapeText(line.placeholder);
  let known = frame.lines.get(line.key);
  if (known === undefined) {
    const made = pieceXml(frame, line.make());
    if (made === null) return null;
    known = made.split(placeholder).length === 2 ? made : null;
    if (frame.lines.size >= PIECES_KEPT) frame.lines.clear();
    frame.lines.set(line.key, known);
  }
  return known?.replace(placeholder, () => escapeText(line.text));
}

/** core.xml's dates are docx's clock (deterministic.ts replaces them): the rest is compared. */
const CLOCK = /<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g;

function sameParts(a: readonly PackagePart[], b: readonly PackagePart[]): boolean {
  return (
    a.length === b.length &&
    a.every((part, i) => {
      const other = b[i]!;
      if (part.name !== other.name) return false;
      if (typeof part.data === "string" && typeof other.data === "string")
        return part.data === other.data || part.data.replace(CLOCK, "") === other.data.replace(CLOCK, "");
      if (typeof part.data === "string" || typeof other.data === "string") return false;
      return Buffer.compare(part.data, other.data) === 0;
    })
  );
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
  return zipParts(await compileParts(options, batch), date, rewrite);
}

/**
 * packDocument for one of a batch of documents of one section, whose body is given in pieces: the pieces
 * met before are not made or formatted again (see "frame" above). `options.sections[0].children` is not read.
 */
export async function packPieces(
  options: IPropertiesOptions,
  pieces: readonly BodyPiece[],
  date: CalendarDate,
  rewrite?: (name: string, text: string) => string,
): Promise<Buffer> {
  const framed = await framedParts(options, pieces);
  if (framed !== null) return zipParts(framed, date, rewrite);
  const section = options.sections[0]!;
  const children = pieces.flatMap((piece) => piece.make());
  return packDocument({ ...options, sections: [{ ...section, children }] }, date, rewrite, { batch: true });
}

function zipParts(parts: PackagePart[], date: CalendarDate, rewrite?: (name: string, text: string) => string): Buffer {
  const all = (name: string, text: string): string => {
    const styled = name === STYLES_PART ? withNormalStyle(text) : text;
    return rewrite === undefined ? styled : rewrite(name, styled);
  };
  return writeZip(deterministicParts(parts, date, all).map(zipEntry), { date });
}
