// The template's package, split once into what patchDocument needs to read and what it never changes.
// patchDocument unzips and parses every XML part of the package it is given (styles, theme, fonts,
// settings: in a Word template most of the bytes) and zips them all again, on every call; for text
// placeholders only the parts that hold text matter. So it is given the content parts (body, headers,
// footers, notes, comments: the parts whose placeholders it patches), their relationships and
// [Content_Types].xml; the other parts are deflated once here and copied into each letter as they are.
// A letter's .docx is therefore the template byte for byte but for the parts that held placeholders.
import type { CalendarDate } from "../../domain/calendar-date.js";
import { deflateEntry, writeZip } from "../../zip/index.js";
import type { DeflatedZipEntry, ZipEntry } from "../../zip/index.js";

/** The roots of the parts patchDocument patches (its PATCHED_PART_ROOTS). */
const CONTENT_ROOTS = new Set(["w:document", "w:hdr", "w:ftr", "w:footnotes", "w:endnotes", "w:comments"]);
const CONTENT_TYPES = "[Content_Types].xml";

export interface SplitPackage {
  /** Every part's name, in the template's order. */
  readonly order: readonly string[];
  /** The parts given to patchDocument. */
  readonly active: readonly ZipEntry[];
  /** The others, deflated once. */
  readonly rest: ReadonlyMap<string, DeflatedZipEntry>;
  /**
   * The parts patchDocument returned last time, deflated: most come back the same for every letter
   * (relationships, [Content_Types].xml, a header without placeholders), and are not deflated again.
   */
  readonly lastPatched: Map<string, DeflatedZipEntry>;
}

/** The name of the root element of an XML part, skipping its declaration and comments. */
function rootName(xml: string): string | undefined {
  return /^(?:\uFEFF)?(?:\s*<\?[^>]*\?>|\s*<!--.*?-->)*\s*<([\w:.-]+)/s.exec(xml.slice(0, 4096))?.[1];
}

export function isContentPart(entry: ZipEntry): boolean {
  return (
    entry.name.startsWith("word/") &&
    entry.name.endsWith(".xml") &&
    CONTENT_ROOTS.has(rootName(entry.data.toString("utf8")) ?? "")
  );
}

/** "word/header1.xml" → "word/_rels/header1.xml.rels" */
function relationshipsOf(name: string): string {
  const slash = name.lastIndexOf("/");
  return `${name.slice(0, slash)}/_rels/${name.slice(slash + 1)}.rels`;
}

/**
 * A Word template saved as .dotx declares its body a template ("…template.main+xml"); a letter is a
 * document, and Word refuses a .docx that says otherwise.
 */
function asDocument(entry: ZipEntry): ZipEntry {
  if (entry.name !== CONTENT_TYPES) return entry;
  const text = entry.data.toString("utf8");
  const fixed = text.replace(/wordprocessingml\.template\.main\+xml/g, "wordprocessingml.document.main+xml");
  return fixed === text ? entry : { name: entry.name, data: Buffer.from(fixed, "utf8") };
}

export function splitPackage(entries: readonly ZipEntry[]): SplitPackage {
  const content = new Set(entries.filter(isContentPart).map((entry) => entry.name));
  const needed = new Set([CONTENT_TYPES, ...content, ...[...content].map(relationshipsOf)]);
  return {
    order: entries.map((entry) => entry.name),
    active: entries.filter((entry) => needed.has(entry.name)).map(asDocument),
    rest: new Map(entries.filter((entry) => !needed.has(entry.name)).map((entry) => [entry.name, deflateEntry(entry)])),
    lastPatched: new Map(),
  };
}

/**
 * The whole package again: the template's order, the parts patchDocument returned in place of the ones it
 * was given (and any it added, at the end), [Content_Types].xml first. Every zip entry is stamped `date`
 * (without it, 1980-01-01).
 */
export function joinPackage(split: SplitPackage, patched: readonly ZipEntry[], date?: CalendarDate): Buffer {
  return writeZip(packageEntries(split, patched), date === undefined ? {} : { date });
}

/** The entries joinPackage writes, in its order, every one deflated. */
export function packageEntries(split: SplitPackage, patched: readonly ZipEntry[]): DeflatedZipEntry[] {
  const byName = new Map(
    patched.map((entry) => {
      const last = split.lastPatched.get(entry.name);
      if (last !== undefined && last.data.equals(entry.data)) return [entry.name, last];
      const deflated = deflateEntry(entry);
      split.lastPatched.set(entry.name, deflated);
      return [entry.name, deflated];
    }),
  );
  for (const name of byName.keys()) {
    // It would replace a part it never saw (a styles.xml of its own, say): a patch that is not text.
    if (split.rest.has(name)) throw new Error(`patchDocument wrote ${name}, which it was not given`);
  }
  const known = new Set(split.order);
  const entries: DeflatedZipEntry[] = [
    ...split.order.flatMap((name) => byName.get(name) ?? split.rest.get(name) ?? []),
    ...patched.flatMap((entry) => (known.has(entry.name) ? [] : (byName.get(entry.name) ?? []))),
  ];
  entries.sort((a, b) => Number(b.name === CONTENT_TYPES) - Number(a.name === CONTENT_TYPES));
  return entries;
}
