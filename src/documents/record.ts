// The metadata sidecar "<name>.meta.json" written beside a document: the fields a records office (văn thư)
// registers for an outgoing document (Nghị định 30/2020/NĐ-CP, Phụ lục VI, "văn bản đi": số, ký hiệu, ngày
// ban hành, tên loại, trích yếu, người ký and chức vụ, nơi nhận, số trang, độ mật, mức độ khẩn), so that it
// can be entered into the document-management system without retyping. Pure: values in, a value out.
import type { DocumentMeta } from "./model.js";
import { issuerName, typeNameOf } from "./layout/properties.js";
import { copyLines } from "./layout/closing.js";
import { recipientLines } from "./layout/recipients.js";
import { cleanText } from "./layout/fonts.js";

export const RECORD_FORMAT = "baocao/document-record@1";

export interface DocumentRecord {
  readonly format: typeof RECORD_FORMAT;
  /** The .docx and the PDF beside it (file names, the record's own folder), the PDF null when none was made. */
  readonly docx: string;
  readonly pdf: string | null;
  /** Số (CodeNumber): "841", "05"; null in a draft, where the records office gives it. */
  readonly number: string | null;
  /** Ký hiệu (CodeNotation): "BC-STTTT". */
  readonly notation: string;
  /** Ngày ban hành (IssuedDate) as YYYY-MM-DD; null in a draft (the day left blank). */
  readonly issuedDate: string | null;
  /** A draft's month and year ("2023-07"), or null when the date is given. */
  readonly draftMonth: string | null;
  readonly place: string;
  /** Tên loại (TypeName): "Báo cáo", "Công văn". */
  readonly typeName: string;
  /** Trích yếu nội dung (Subject), without "V/v". */
  readonly summary: string;
  /** Cơ quan ban hành. */
  readonly issuer: string;
  /** Người ký: name and chức vụ (the title printed above the name), with the authority lines (TM., KT. …). */
  readonly signer: { readonly name: string; readonly position: string; readonly authority: readonly string[] };
  /** Kính gửi. */
  readonly recipients: readonly string[];
  /** Nơi nhận, as printed (without the leading "- " and final punctuation). */
  readonly copies: readonly string[];
  readonly language: "vi";
  /** Số trang: counted in the PDF; null when no PDF was made (no estimate is given). */
  readonly pages: number | null;
  /** The PDF's PDF/A level as its metadata declares it ("2B"); null without a PDF or when it is not PDF/A. */
  readonly pdfA: string | null;
  /** Mức độ khẩn (Priority), only when set. */
  readonly urgency?: NonNullable<DocumentMeta["urgency"]>;
  /** Độ mật, only when set. */
  readonly secrecy?: NonNullable<DocumentMeta["secrecy"]>;
}

const oneLine = (text: string): string => cleanText(text).replace(/\s+/gu, " ").trim();
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
/** A printed line without its "- " and final ";" or ".". */
const bare = (line: string): string => line.replace(/^- /u, "").replace(/[;.]$/u, "");

export function documentRecord(
  meta: DocumentMeta,
  files: {
    readonly docx: string;
    readonly pdf: string | null;
    readonly pages: number | null;
    readonly pdfA?: string | null;
  },
): DocumentRecord {
  const value = meta.number.value === null ? null : oneLine(meta.number.value);
  const date = meta.date;
  const draft = "draft" in date;
  return {
    format: RECORD_FORMAT,
    docx: files.docx,
    pdf: files.pdf,
    number: value === null ? null : /^[1-9]$/.test(value) ? `0${value}` : value,
    notation: oneLine(meta.number.symbol),
    issuedDate: draft ? null : `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`,
    draftMonth: draft ? `${pad(date.year, 4)}-${pad(date.month)}` : null,
    place: oneLine(meta.place),
    typeName: typeNameOf(meta),
    summary: oneLine(meta.summary),
    issuer: issuerName(meta),
    signer: {
      name: oneLine(meta.signer.name),
      position: oneLine(meta.signer.title),
      authority: meta.signer.authority.map(oneLine).filter((line) => line !== ""),
    },
    recipients: recipientLines(meta.recipients).map(bare),
    copies: copyLines(meta.copies).map(bare),
    language: "vi",
    pages: files.pages,
    pdfA: files.pdfA ?? null,
    ...(meta.urgency === undefined ? {} : { urgency: meta.urgency }),
    ...(meta.secrecy === undefined ? {} : { secrecy: meta.secrecy }),
  };
}

/** The sidecar's path for a .docx: "bao-cao-2023-H1.docx" → "bao-cao-2023-H1.meta.json". */
export function recordPathFor(docx: string): string {
  return `${docx.replace(/\.docx$/i, "")}.meta.json`;
}

/** The sidecar's text: indented JSON and a final newline. */
export function recordText(record: DocumentRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
