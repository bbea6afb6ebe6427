// Byte-identical output. What docx 9.15 writes differently on each run, and what is done about it:
// - docProps/core.xml: dcterms:created / dcterms:modified are `new Date()` → the document's own date
//   (a draft's: the first of its month), 00:00:00Z.
// - relationship ids of package parts (the chart and its workbook) are random nanoids ("rIdk3…") →
//   renamed rIdP1, rIdP2… in the order they appear, in every part that refers to them.
// - wp:docPr ids come from a counter shared by every document the process builds → renumbered 1, 2…
// - zip entry times are the clock's (fflate) → the document's date, via withFixedZipTimestamps; the
//   chart's embedded workbook is a zip too, and gets the same treatment.
// The package is then rewritten with node:zlib, whose output depends only on its input.
import type { CalendarDate } from "../../domain/calendar-date.js";
import { withFixedZipTimestamps } from "../../forms/blank/zip-timestamps.js";
import { readZip, writeZip } from "./zip.js";
import type { ZipEntry } from "./zip.js";

function isText(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".rels");
}

function isoStamp(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}T00:00:00Z`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * `rewrite`, when given, changes the text of XML parts first (combine.ts points every section at the
 * package's shared headers with it), so the package is unzipped and zipped once.
 */
export function makeDeterministic(
  docx: Uint8Array,
  date: CalendarDate,
  rewrite?: (name: string, text: string) => string,
): Buffer {
  const entries = readZip(docx);
  const texts = new Map<string, string>();
  for (const entry of entries) {
    if (!isText(entry.name)) continue;
    const text = entry.data.toString("utf8");
    texts.set(entry.name, rewrite === undefined ? text : rewrite(entry.name, text));
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
  const out: ZipEntry[] = entries.map((entry) => {
    if (entry.name.startsWith("word/embeddings/") && entry.name.endsWith(".xlsx")) {
      return { name: entry.name, data: withFixedZipTimestamps(entry.data, date) };
    }
    let text = texts.get(entry.name);
    if (text === undefined) return entry;
    for (const [from, to] of renames) text = text.replace(new RegExp(`"${escapeRegExp(from)}"`, "g"), `"${to}"`);
    if (entry.name === "docProps/core.xml") {
      text = text.replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_all, open: string, _kind: string, close: string) => `${open}${isoStamp(date)}${close}`,
      );
    }
    if (entry.name.startsWith("word/") && entry.name.endsWith(".xml")) {
      text = text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawingId += 1)}"`);
    }
    return { name: entry.name, data: Buffer.from(text, "utf8") };
  });
  // [Content_Types].xml first, where tools that sniff the format look for it.
  out.sort((a, b) => Number(b.name === "[Content_Types].xml") - Number(a.name === "[Content_Types].xml"));
  return withFixedZipTimestamps(writeZip(out), date);
}
