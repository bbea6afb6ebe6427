// Reading a rendered .docx back: its parts as text and its paragraphs with their runs. For tests and for
// checks of what was written (e.g. "does the document say X?"); string scanning, no XML library.
import { readZipEntries } from "./zip.js";

/** The package's XML parts (and .rels) by path, as text. */
export function docxParts(docx: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const entry of readZipEntries(docx)) {
    if (entry.name.endsWith(".xml") || entry.name.endsWith(".rels")) parts.set(entry.name, entry.data.toString("utf8"));
  }
  return parts;
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

export interface RunInfo {
  readonly text: string;
  /** Half-points, from w:sz; undefined when the run sets none. */
  readonly size: number | undefined;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly xml: string;
}

export interface ParagraphInfo {
  /** The text: w:t contents, tabs as "\t", breaks as "\n". */
  readonly text: string;
  readonly runs: readonly RunInfo[];
  readonly xml: string;
}

function onOff(rPr: string, tag: string): boolean {
  const match = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`).exec(rPr);
  if (match === null) return false;
  return match[1] === undefined || match[1] === "true" || match[1] === "1" || match[1] === "on";
}

function runText(xml: string): string {
  let text = "";
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (match[0] === "<w:tab/>") text += "\t";
    else if (match[0] === "<w:br/>") text += "\n";
    else text += decodeXml(match[1] ?? "");
  }
  return text;
}

export function runsOf(paragraphXml: string): RunInfo[] {
  const runs: RunInfo[] = [];
  for (const match of paragraphXml.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
    const xml = match[1] ?? "";
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(xml)?.[1] ?? "";
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    runs.push({
      text: runText(xml),
      size: size === undefined ? undefined : Number(size),
      bold: onOff(rPr, "b"),
      italic: onOff(rPr, "i"),
      xml,
    });
  }
  return runs;
}

/** The paragraphs of a part (document.xml, header1.xml …), in order, including those in tables. */
export function paragraphsOf(partXml: string): ParagraphInfo[] {
  const paragraphs: ParagraphInfo[] = [];
  for (const match of partXml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/gs)) {
    const xml = match[0];
    const runs = runsOf(xml);
    paragraphs.push({ text: runs.map((run) => run.text).join(""), runs, xml });
  }
  return paragraphs;
}
