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

// Styles: what a paragraph and its runs look like once the document defaults, the paragraph's style and the
// styles it is based on are applied under its direct formatting (the way Word resolves them, simplified:
// the last value set wins; w:ind and w:spacing merge attribute by attribute).

interface StyleEntry {
  readonly basedOn: string | undefined;
  readonly pPr: string;
  readonly rPr: string;
}

export interface StyleSheet {
  readonly defaults: { readonly pPr: string; readonly rPr: string };
  readonly defaultStyle: string;
  readonly styles: ReadonlyMap<string, StyleEntry>;
}

const inner = (xml: string, tag: string): string => new RegExp(`<w:${tag}>(.*?)</w:${tag}>`, "s").exec(xml)?.[1] ?? "";

/** Paragraph properties without the paragraph mark's run properties. */
const ownPPr = (pPr: string): string => pPr.replace(/<w:rPr>.*?<\/w:rPr>/s, "");

/** The paragraph styles of a styles.xml part. */
export function styleSheet(stylesXml: string): StyleSheet {
  const defaults = {
    pPr: ownPPr(inner(inner(stylesXml, "pPrDefault"), "pPr")),
    rPr: inner(inner(stylesXml, "rPrDefault"), "rPr"),
  };
  const styles = new Map<string, StyleEntry>();
  let defaultStyle = "Normal";
  for (const match of stylesXml.matchAll(/<w:style ([^>]*)>(.*?)<\/w:style>/gs)) {
    const attributes = match[1] ?? "";
    if (!attributes.includes('w:type="paragraph"')) continue;
    const id = /w:styleId="([^"]*)"/.exec(attributes)?.[1] ?? "";
    if (/w:default="(1|true)"/.test(attributes)) defaultStyle = id;
    const body = match[2] ?? "";
    styles.set(id, {
      basedOn: /<w:basedOn w:val="([^"]*)"\/>/.exec(body)?.[1],
      pPr: ownPPr(inner(body, "pPr")),
      rPr: inner(body, "rPr"),
    });
  }
  return { defaults, defaultStyle, styles };
}

/** The style's chain, the root first. */
function chain(sheet: StyleSheet, id: string): StyleEntry[] {
  const out: StyleEntry[] = [];
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at);) {
    seen.add(at);
    const entry = sheet.styles.get(at);
    if (entry === undefined) break;
    out.unshift(entry);
    at = entry.basedOn;
  }
  return out;
}

function lastOnOff(layers: readonly string[], tag: string): boolean {
  let value = false;
  for (const layer of layers) {
    const match = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`).exec(layer);
    if (match !== null) value = match[1] === undefined || match[1] === "true" || match[1] === "1" || match[1] === "on";
  }
  return value;
}

function lastSize(layers: readonly string[]): number | undefined {
  let size: number | undefined;
  for (const layer of layers) {
    const value = /<w:sz w:val="(\d+)"\/>/.exec(layer)?.[1];
    if (value !== undefined) size = Number(value);
  }
  return size;
}

function mergedAttributes(layers: readonly string[], tag: string): string {
  const merged = new Map<string, string>();
  for (const layer of layers) {
    const element = new RegExp(`<w:${tag} ([^>]*?)/>`).exec(layer)?.[1];
    if (element === undefined) continue;
    for (const attribute of element.matchAll(/(w:\w+)="([^"]*)"/g)) merged.set(attribute[1] ?? "", attribute[2] ?? "");
  }
  return merged.size === 0 ? "" : `<w:${tag} ${[...merged].map(([key, value]) => `${key}="${value}"`).join(" ")}/>`;
}

export interface StyledParagraph extends ParagraphInfo {
  /** The paragraph's style id (the default paragraph style when it names none). */
  readonly style: string;
  /**
   * The paragraph's effective properties as XML: w:jc, w:ind, w:spacing (merged), w:keepNext, w:keepLines —
   * for the same regular expressions that read a paragraph's own w:pPr.
   */
  readonly props: string;
}

/** A paragraph with its runs' size, bold and italic, and its properties, as the styles make them. */
export function styled(paragraph: ParagraphInfo, sheet: StyleSheet): StyledParagraph {
  const pPr = ownPPr(inner(paragraph.xml, "pPr"));
  const style = /<w:pStyle w:val="([^"]*)"\/>/.exec(pPr)?.[1] ?? sheet.defaultStyle;
  const styles = chain(sheet, style);
  const pLayers = [sheet.defaults.pPr, ...styles.map((entry) => entry.pPr), pPr];
  const rLayers = [sheet.defaults.rPr, ...styles.map((entry) => entry.rPr)];
  const jc = pLayers.reduce<string | undefined>(
    (found, layer) => /<w:jc w:val="\w+"\/>/.exec(layer)?.[0] ?? found,
    undefined,
  );
  const props = [
    jc ?? "",
    mergedAttributes(pLayers, "ind"),
    mergedAttributes(pLayers, "spacing"),
    lastOnOff(pLayers, "keepNext") ? "<w:keepNext/>" : "",
    lastOnOff(pLayers, "keepLines") ? "<w:keepLines/>" : "",
  ].join("");
  const runs = paragraph.runs.map((run) => {
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(run.xml)?.[1] ?? "";
    const layers = [...rLayers, rPr];
    return { ...run, size: lastSize(layers), bold: lastOnOff(layers, "b"), italic: lastOnOff(layers, "i") };
  });
  return { ...paragraph, runs, style, props };
}

/** paragraphsOf with the styles applied (see styled). */
export function styledParagraphsOf(partXml: string, sheet: StyleSheet): StyledParagraph[] {
  return paragraphsOf(partXml).map((paragraph) => styled(paragraph, sheet));
}
