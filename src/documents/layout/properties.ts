// The document's properties (docProps/core.xml), which Word shows under File › Info and LibreOffice carries
// into the PDF's metadata (and its PDF/A XMP): title = the trích yếu, subject = the type of document,
// author = the issuing body, keywords = the số và ký hiệu (the ký hiệu alone in a draft, whose number the
// records office gives). lastModifiedBy stays "baocao", the program that wrote it.
//
// They are written into core.xml after docx has packed it (withCoreProperties), not through docx's options:
// the options decide which documents of a batch share their package parts (package.ts), and every letter
// of a batch has its own number.
import type { DocumentMeta } from "../model.js";
import { cleanText } from "./fonts.js";

export interface DocumentProperties {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
}

const oneLine = (text: string): string => cleanText(text).replace(/\s+/gu, " ").trim();

/** "Báo cáo" for "BÁO CÁO"; "Công văn" for a letter. */
export function typeNameOf(meta: DocumentMeta): string {
  if (meta.kind === "letter") return "Công văn";
  const name = oneLine(meta.typeName ?? "").toLocaleLowerCase("vi");
  return name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
}

/** "841/BC-STTTT" ("01/…" below 10, as printed); null in a draft, whose number is left blank. */
export function documentNumber(meta: DocumentMeta): string | null {
  if (meta.number.value === null) return null;
  const value = oneLine(meta.number.value);
  return `${/^[1-9]$/.test(value) ? `0${value}` : value}/${oneLine(meta.number.symbol)}`;
}

/** The issuing body's name; its header lines when the document does not give it. */
export function issuerName(meta: DocumentMeta): string {
  return oneLine(meta.issuer.name ?? meta.issuer.header.join(" "));
}

export function documentProperties(meta: DocumentMeta): DocumentProperties {
  return {
    title: oneLine(meta.summary),
    subject: typeNameOf(meta),
    author: issuerName(meta),
    keywords: documentNumber(meta) ?? oneLine(meta.number.symbol),
  };
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const REPLACED = /<(dc:title|dc:subject|dc:creator|cp:keywords)\b[^>]*?(?:\/>|>[^<]*<\/\1>)/g;

/** core.xml (as docx writes it) with the document's title, subject, author and keywords. */
export function withCoreProperties(coreXml: string, properties: DocumentProperties): string {
  const open = /<cp:coreProperties\b[^>]*>/.exec(coreXml);
  if (open === null) throw new Error("core.xml has no cp:coreProperties element");
  const elements =
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:subject>${escapeXml(properties.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(properties.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(properties.keywords)}</cp:keywords>`;
  const at = open.index + open[0].length;
  return coreXml.slice(0, at) + elements + coreXml.slice(at).replace(REPLACED, "");
}
