// Byte-identical output. What docx 9.15 writes differently on each run, and what is done about it:
// - docProps/core.xml: dcterms:created / dcterms:modified are `new Date()` → the document's own date
//   (a draft's: the first of its month), 00:00:00Z.
// - relationship ids of package parts (the chart and its workbook) are random nanoids ("rIdk3…") →
//   renamed rIdP1, rIdP2… in the order they appear, in every part that refers to them.
// - wp:docPr ids come from a counter shared by every document the process builds → renumbered 1, 2…
// - zip entry times are the clock's (fflate) → the document's date (writeZip stamps it); the chart's
//   embedded workbook is a zip too, and gets the same treatment (withFixedZipTimestamps).
// The package is then written by zip/write.ts (node:zlib deflates, whose output depends only on its input).
import type { CalendarDate } from "../../domain/calendar-date.js";
import { readZipEntries, withFixedZipTimestamps, writeZip } from "../../zip/index.js";
import type { ZipEntry } from "../../zip/index.js";

/** An XML part (text), as opposed to media and embedded packages. */
export function isText(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".rels");
}

function isoStamp(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}T00:00:00Z`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A part of the package as docx compiles it: XML text, or bytes (media, embedded workbooks). */
export interface PackagePart {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/**
 * The parts made deterministic, in their order, [Content_Types].xml first; text parts stay text (so a
 * caller can reuse the compressed form of a part it has seen before, see package.ts).
 * `rewrite`, when given, changes the text of XML parts first (combine.ts points every section at the
 * package's shared headers with it).
 */
export function deterministicParts(
  parts: readonly PackagePart[],
  date: CalendarDate,
  rewrite?: (name: string, text: string) => string,
): PackagePart[] {
  const texts = new Map<string, string>();
  for (const part of parts) {
    if (!isText(part.name)) continue;
    const text =
      typeof part.data === "string"
        ? part.data
        : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength).toString("utf8");
    texts.set(part.name, rewrite === undefined ? text : rewrite(part.name, text));
  }

  // Relationship ids that are not docx's own counted ones (rId1, rId2…).
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const [name, text] of texts) {
    if (!name.endsWith(".rels")) continue;
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) taken.add(match[1] ?? "");
  }
  let counter = 0;
  for (const [name, text] of texts) {
    if (!name.endsWith(".rels")) continue;
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1] ?? "";
      if (/^rId\d+$/.test(id) || renames.has(id)) continue;
      let replacement: string;
      do {
        counter += 1;
        replacement = `rIdP${counter}`;
      } while (taken.has(replacement));
      renames.set(id, replacement);
    }
  }

  let drawingId = 0;
  const out: PackagePart[] = parts.map((part) => {
    if (part.name.startsWith("word/embeddings/") && part.name.endsWith(".xlsx") && typeof part.data !== "string") {
      return { name: part.name, data: withFixedZipTimestamps(part.data, date) };
    }
    let text = texts.get(part.name);
    if (text === undefined) return part;
    for (const [from, to] of renames) text = text.replace(new RegExp(`"${escapeRegExp(from)}"`, "g"), `"${to}"`);
    if (part.name === "docProps/core.xml") {
      text = text.replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_all, open: string, _kind: string, close: string) => `${open}${isoStamp(date)}${close}`,
      );
    }
    // Only drawings carry wp:docPr; the test keeps the regular expression off the other parts.
    if (part.name.startsWith("word/") && part.name.endsWith(".xml") && text.includes("<wp:docPr ")) {
      text = text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawingId += 1)}"`);
    }
    return { name: part.name, data: text };
  });
  // [Content_Types].xml first, where tools that sniff the format look for it.
  out.sort((a, b) => Number(b.name === "[Content_Types].xml") - Number(a.name === "[Content_Types].xml"));
  return out;
}

/** A .docx (as docx's Packer writes it) rewritten deterministically: unzipped, made deterministic, zipped once. */
export async function makeDeterministic(
  docx: Uint8Array,
  date: CalendarDate,
  rewrite?: (name: string, text: string) => string,
): Promise<Buffer> {
  const parts = deterministicParts(await readZipEntries(docx, null), date, rewrite);
  const entries: ZipEntry[] = parts.map((part) => ({
    name: part.name,
    data: typeof part.data === "string" ? Buffer.from(part.data, "utf8") : Buffer.from(part.data),
  }));
  return writeZip(entries, { date });
}
