// An administrative document as data (Nghị định 30/2020/NĐ-CP, Phụ lục I): what the templates produce
// and the layout engine renders. Nothing here knows about docx; nothing in the layout engine knows
// about templates.
import type { CalendarDate } from "../domain/calendar-date.js";

/** A run of text; bold/italic only where the template asks (e.g. **…** in Markdown). */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type Block =
  /** I. / 1. / a) headings; the text includes its numbering ("I. TÌNH HÌNH"). */
  | { readonly type: "heading"; readonly level: 1 | 2 | 3; readonly content: readonly Inline[] }
  /** A body paragraph: justified, first-line indent, 6 pt after. */
  | { readonly type: "paragraph"; readonly content: readonly Inline[] }
  /** A line starting "- " (kept as text, not a Word list, as in official documents). */
  | { readonly type: "bullet"; readonly content: readonly Inline[] }
  | {
      readonly type: "table";
      readonly header: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
      /** Relative column widths, kept as far as the widest words allow; default: from the content. */
      readonly widths?: readonly number[];
      readonly align?: readonly ("left" | "center" | "right")[];
      /** Optional line above the table, e.g. "Đơn vị tính: triệu đồng" (right-aligned, italic). */
      readonly caption?: string;
    }
  /** A column chart comparing series over categories (a native Word chart). */
  | {
      readonly type: "chart";
      readonly title: string;
      readonly categories: readonly string[];
      readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
    };

export interface Signer {
  /** e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]; empty when the head signs. */
  readonly authority: readonly string[];
  readonly title: string;
  readonly name: string;
}

export interface DocumentMeta {
  /** "letter" = công văn (no type name, "V/v …" under the number); "typed" = văn bản có tên loại (BÁO CÁO …). */
  readonly kind: "letter" | "typed";
  /** The type name for a typed document: "BÁO CÁO". */
  readonly typeName?: string;
  /** Trích yếu: for a letter the text after "V/v "; for a typed document the bold line(s) under the type name. */
  readonly summary: string;
  readonly issuer: {
    /** Cơ quan chủ quản lines (upright, not bold), e.g. ["UBND TỈNH HƯNG YÊN"]. */
    readonly parentHeader?: readonly string[];
    /** Cơ quan ban hành lines (bold), e.g. ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"]. */
    readonly header: readonly string[];
    /** The issuing body's name as written in text ("Sở Thông tin và Truyền thông"): the document's author. */
    readonly name?: string;
  };
  /** "Số: 841/BC-STTTT": number null leaves it blank for the records office (draft). */
  readonly number: { readonly value: string | null; readonly symbol: string };
  readonly place: string;
  /** A date, or the draft form with the day left blank. */
  readonly date: CalendarDate | { readonly draft: true; readonly year: number; readonly month: number };
  readonly urgency?: "KHẨN" | "THƯỢNG KHẨN" | "HỎA TỐC";
  readonly secrecy?: "MẬT" | "TỐI MẬT" | "TUYỆT MẬT";
  /** "Kính gửi:" lines; one goes on the same line, several each on its own line "- …;", the last ending ".". */
  readonly recipients: readonly string[];
  /** "Nơi nhận:" lines as printed, without the leading "- " and final punctuation ("Như trên", "Lưu: VT, KGVX"). */
  readonly copies: readonly string[];
  readonly signer: Signer;
  /** Margins in millimetres; default top 20, bottom 20, left 30, right 15 (Decree 30 ranges). */
  readonly margins?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

export interface Appendix {
  /** "I", "II" … */
  readonly numeral: string;
  readonly title: string;
  /** "(Kèm theo Báo cáo số 841/BC-STTTT ngày 03 tháng 7 năm 2023 của Sở Thông tin và Truyền thông)" */
  readonly subtitle: string;
  readonly landscape?: boolean;
  readonly blocks: readonly Block[];
}

export interface AdminDocument {
  readonly meta: DocumentMeta;
  readonly body: readonly Block[];
  readonly appendices: readonly Appendix[];
}
