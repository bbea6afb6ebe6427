// Typeface and text runs. Decree 30 (Phụ lục I, I.3): "Phông chữ tiếng Việt Times New Roman, bộ mã ký tự
// Unicode theo TCVN 6909:2001, màu đen". The face is set in all four rFonts slots (ascii, hAnsi, eastAsia,
// cs) in the document defaults, never a theme font, so no slot falls back to another face (Word picks the
// eastAsia or cs slot for some characters, e.g. after a language change). Runs inherit it, and their size,
// from the paragraph's style (styles.ts); a run sets only what differs from its style.
import { TextRun } from "docx";
import { xmlSafeText } from "../../domain/xml-text.js";
import type { Inline } from "../model.js";

export const FONT_NAME = "Times New Roman";

export const FONT_SLOTS = {
  ascii: FONT_NAME,
  hAnsi: FONT_NAME,
  eastAsia: FONT_NAME,
  cs: FONT_NAME,
} as const;

/** Sizes in points, per Phụ lục I, Mục II (the decree gives ranges; the value chosen is noted). */
export const SIZE = {
  /** Nội dung: 13–14. */
  body: 14,
  /** Quốc hiệu: 12–13 (the brief asks 13). */
  nationalTitle: 13,
  /** Tiêu ngữ: 13–14. */
  motto: 14,
  /** Tên cơ quan chủ quản / ban hành: 12–13. */
  agency: 13,
  /** Số, ký hiệu: 13. */
  number: 13,
  /** Địa danh và thời gian: 13–14. */
  placeDate: 14,
  /** "V/v …" trích yếu công văn: 12–13. */
  letterSummary: 12,
  /** Tên loại and trích yếu: 13–14. */
  title: 14,
  /** Kính gửi: 13–14. */
  recipients: 14,
  /** "Nơi nhận:": 12. */
  copiesLabel: 12,
  /** The Nơi nhận list: 11. */
  copies: 11,
  /** Quyền hạn, chức vụ, họ tên người ký: 13–14. */
  signature: 14,
  /** Số trang: 13–14. */
  pageNumber: 14,
  /** Dấu mức độ khẩn, độ mật: 13–14. */
  mark: 13,
  /** Tables: not ruled by the decree; 12–13 in practice. */
  table: 13,
  /** "Phụ lục I" 14; title 13–14; the guidance line 13–14. */
  appendix: 14,
} as const;

export interface RunStyle {
  /** Points; omitted: the paragraph style's. */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/**
 * Text as text: what a field holds is only ever characters in w:t (docx escapes &, <, > and writes
 * xml:space="preserve"). Characters XML 1.0 cannot hold (C0 controls other than tab and newline, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD (domain/xml-text.ts, the one sanitiser of every writer), so no
 * value can corrupt the package. NFC-normalised, so
 * decomposed Vietnamese (NFD, as some systems export it) prints with precomposed glyphs.
 */
export function cleanText(text: string): string {
  return xmlSafeText(text.replace(/\r\n?/g, "\n")).normalize("NFC");
}

/**
 * Runs for `text` in `style`. A newline becomes a line break (w:br) inside the same paragraph: it never
 * starts a paragraph, a cell or anything else.
 */
export function runs(text: string, style: RunStyle): TextRun[] {
  const lines = cleanText(text).split("\n");
  return lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        ...(index > 0 ? { break: 1 } : {}),
        ...(style.size !== undefined ? { size: style.size * 2 } : {}),
        ...(style.bold === true ? { bold: true } : {}),
        ...(style.italic === true ? { italics: true } : {}),
      }),
  );
}

/** Runs for inline content: the block's style, plus bold/italic where the inline asks for it. */
export function inlineRuns(content: readonly Inline[], style: RunStyle): TextRun[] {
  return content.flatMap((inline) =>
    runs(inline.text, {
      ...(style.size !== undefined ? { size: style.size } : {}),
      bold: style.bold === true || inline.bold === true,
      italic: style.italic === true || inline.italic === true,
    }),
  );
}

/** The plain text of inline content. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => inline.text).join("");
}
