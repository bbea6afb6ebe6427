// packDocument: the docx object model → the bytes of a deterministic .docx, zipped once.
//
// Packer.toBuffer writes every part's XML and zips it (fflate), and making the package deterministic then
// meant unzipping and zipping it again. Instead the parts are taken from docx's own compiler (the object
// Packer uses), made deterministic as text (deterministic.ts) and zipped once with node:zlib.
//
// A batch of letters packs the same parts again and again, so two things are kept from one document to
// the next (in this thread, for the life of the process; the output is the same with or without them):
// - styles, theme, settings, font table, footnotes and endnotes (styles and theme alone were about half
//   of docx's work for a one-page letter) depend only on the package's options other than its title and
//   sections (documentOptions in render.ts: theme fonts, default styles). Once written for those options
//   they are reused: the File's own objects are swapped for an empty placeholder so that docx does not
//   write them again.
// - every part's compressed bytes: a part whose text is the same as the last time it was zipped (all but
//   document.xml and core.xml in a batch of letters) is not compressed again.
import { Document, Packer, XmlComponent } from "docx";
import type { File, IPropertiesOptions } from "docx";
import type { CalendarDate } from "../../domain/calendar-date.js";
import { deterministicParts } from "./deterministic.js";
import type { PackagePart } from "./deterministic.js";
import { deflateEntry, readZip, writeZip } from "./zip.js";
import type { DeflatedZipEntry, ZipEntry } from "./zip.js";

/** What docx's compiler is at run time (Packer.compiler, not part of docx's typed API). */
interface DocxCompiler {
  compile(file: File): Map<string, string | Uint8Array>;
}

function docxCompiler(): DocxCompiler | null {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return compiler !== undefined && typeof compiler.compile === "function" ? (compiler as DocxCompiler) : null;
}

/** The package's parts in docx's order (the order of its zip). */
async function compileParts(file: File): Promise<PackagePart[]> {
  const compiler = docxCompiler();
  // A docx without the compiler we know: the same parts, from the zip Packer writes (slower).
  if (compiler === null) return readZip(await Packer.toBuffer(file));
  return [...compiler.compile(file)].map(([name, data]) => ({ name, data }));
}

/**
 * Written in place of a reused part's object, so that docx has next to nothing to write. While writing
 * other parts docx reads the theme's colours (colour attributes), which it keeps; the styles only for
 * tables of contents and SEQ fields, and the notes only for footnote references, which the Decree 30
 * layout never uses (were one used, docx would fail on the placeholder, and packDocument writes the
 * package again without reuse).
 */
class Placeholder extends XmlComponent {
  readonly Colors: unknown;
  constructor(original: unknown) {
    super("baocao:reused");
    this.Colors = (original as { Colors?: unknown }).Colors;
  }
}

/** A File field's object for a part written only from the options: the File only ever reads its View. */
interface Wrapper {
  readonly View: unknown;
  readonly Relationships: unknown;
}

const isWrapper = (value: unknown): value is Wrapper => typeof value === "object" && value !== null && "View" in value && "Relationships" in value;

/**
 * The parts docx writes the same for the same options (whatever the sections), the File field holding
 * each one's object, and what takes its place. A wrapper keeps its relationships (their own small part).
 */
const REUSED: readonly { readonly name: string; readonly field: string; readonly swap: (original: unknown) => unknown }[] = [
  { name: "word/styles.xml", field: "styles", swap: (original) => original instanceof XmlComponent && new Placeholder(original) },
  { name: "word/theme/theme1.xml", field: "theme", swap: (original) => original instanceof XmlComponent && new Placeholder(original) },
  { name: "word/settings.xml", field: "settings", swap: (original) => original instanceof XmlComponent && new Placeholder(original) },
  ...[
    { name: "word/fontTable.xml", field: "fontWrapper" },
    { name: "word/footnotes.xml", field: "footnotesWrapper" },
    { name: "word/endnotes.xml", field: "endnotesWrapper" },
  ].map(({ name, field }) => ({
    name,
    field,
    // The wrapper itself underneath (its relationships, its files), with a View of its own.
    swap: (original: unknown) => isWrapper(original) && (Object.create(original, { View: { value: new Placeholder(original.View) } }) as unknown),
  })),
];

const reusedParts = new Map<string, Map<string, string>>();
/** Options whose documents docx could not write with the placeholders: written in full. */
const noReuse = new Set<string>();

/** The options that decide the reused parts: all but the title and the sections. */
function reuseKey(options: IPropertiesOptions): string {
  const { sections: _sections, title: _title, ...rest } = options;
  return JSON.stringify(rest);
}

function swapReused(file: File, texts: Map<string, string>): boolean {
  const fields = file as unknown as Record<string, unknown>;
  const swapped = REUSED.map(({ name, field, swap }) => (texts.has(name) ? swap(fields[field]) : false));
  if (swapped.some((replacement) => replacement === false)) return false;
  REUSED.forEach(({ field }, index) => {
    fields[field] = swapped[index];
  });
  return true;
}

/** Parts larger than this are not kept for reuse (a combined batch's document.xml). */
const KEEP_LIMIT = 256 * 1024;
const lastZipped = new Map<string, { readonly text: string; readonly entry: DeflatedZipEntry }>();

function zipEntry(part: PackagePart): ZipEntry | DeflatedZipEntry {
  if (typeof part.data !== "string") return { name: part.name, data: Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength) };
  const last = lastZipped.get(part.name);
  if (last !== undefined && last.text === part.data) return last.entry;
  const entry = deflateEntry({ name: part.name, data: Buffer.from(part.data, "utf8") });
  if (part.data.length <= KEEP_LIMIT) lastZipped.set(part.name, { text: part.data, entry });
  return entry;
}

/**
 * The .docx of a package with these options, deterministic (deterministic.ts), every zip entry stamped
 * `date`. `rewrite` changes the text of XML parts first (see deterministicParts).
 */
export async function packDocument(
  options: IPropertiesOptions,
  date: CalendarDate,
  rewrite?: (name: string, text: string) => string,
): Promise<Buffer> {
  const key = reuseKey(options);
  const reused = noReuse.has(key) ? undefined : reusedParts.get(key);
  let parts: PackagePart[] | undefined;
  if (reused !== undefined) {
    const file = new Document(options);
    if (swapReused(file, reused)) {
      try {
        parts = (await compileParts(file)).map((part) => {
          const text = reused.get(part.name);
          return text === undefined ? part : { name: part.name, data: text };
        });
      } catch {
        // docx needed a part's object after all (see Placeholder): these options are written in full.
        noReuse.add(key);
      }
    }
  }
  if (parts === undefined) {
    parts = await compileParts(new Document(options));
    if (!reusedParts.has(key)) {
      const texts = new Map<string, string>();
      for (const part of parts) {
        if (REUSED.some(({ name }) => name === part.name) && typeof part.data === "string") texts.set(part.name, part.data);
      }
      if (texts.size === REUSED.length) reusedParts.set(key, texts);
    }
  }
  return writeZip(deterministicParts(parts, date, rewrite).map(zipEntry), { date });
}
