// The closing: "Nơi nhận" (ô 9b) beside the signature block (ô 7a–7c), in a borderless two-column table
// with the header's columns, so the signature block stands under the Quốc hiệu as in Mẫu 1.4/1.5.
//
// Left (II.9.b): "Nơi nhận:" 12 pt bold italic, flush left, level with the first line of the signature
// block; each recipient 11 pt upright on its own line "- …;", the last (Lưu: VT, …) ending ".".
// Right (II.7.đ): the authority lines (TM./KT./TL./TUQ./Q. …) and the title in capitals, 14 pt, bold,
// centred; room for the signature and the seal; the name, 14 pt, bold, centred.
// The row cannot split across pages, so the two halves stay together.
import { Paragraph } from "docx";
import type { Table } from "docx";
import type { DocumentMeta } from "../model.js";
import { headerColumns } from "./columns.js";
import { cleanText, runs, SIZE } from "./fonts.js";
import type { RunStyle } from "./fonts.js";
import { borderlessTable } from "./header-table.js";
import type { PageGeometry } from "./page.js";
import { STYLE } from "./styles.js";

export const COPIES_LABEL = "Nơi nhận:";
/** Space above the closing, after the content's last paragraph (which has 6 pt after it). */
const BEFORE_CLOSING = 240;
/** Room for the signature and the seal: about four 14 pt lines (3 cm). */
const SIGNATURE_SPACE = 1680;

/** "- Như trên;" … "- Lưu: VT, KGVX." */
export function copyLines(copies: readonly string[]): string[] {
  const items = copies.map((item) =>
    cleanText(item)
      .trim()
      .replace(/^-\s*/u, "")
      .replace(/[;.,]+$/u, ""),
  );
  const kept = items.filter((item) => item !== "");
  return kept.map((item, index) => `- ${item}${index === kept.length - 1 ? "." : ";"}`);
}

/** A paragraph in the Copies (11 pt, left) or Signature (14 pt bold, centred) style, both kept together. */
function paragraph(text: string, style: string, run: RunStyle, before = 0): Paragraph {
  return new Paragraph({
    style,
    ...(before > 0 ? { spacing: { before } } : {}),
    children: runs(text, run),
  });
}

function copiesColumn(copies: readonly string[]): Paragraph[] {
  const lines = copyLines(copies);
  if (lines.length === 0) return [];
  return [
    paragraph(COPIES_LABEL, STYLE.copies, { size: SIZE.copiesLabel, bold: true, italic: true }, BEFORE_CLOSING),
    ...lines.map((text) => paragraph(text, STYLE.copies, {})),
  ];
}

// The room for the signature and the seal is empty space (Phụ lục I, II.7–8: a digital signature's image
// and the seal's are placed there by the records office's software); nothing is drawn in it.
function signatureColumn(signer: DocumentMeta["signer"]): Paragraph[] {
  const heading = [...signer.authority, signer.title].map((text) => cleanText(text).trim()).filter((t) => t !== "");
  return [
    ...heading.map((text, index) => paragraph(text, STYLE.signature, {}, index === 0 ? BEFORE_CLOSING : 0)),
    paragraph(
      signer.name,
      STYLE.signature,
      {},
      heading.length === 0 ? BEFORE_CLOSING + SIGNATURE_SPACE : SIGNATURE_SPACE,
    ),
  ];
}

export function closingTable(meta: DocumentMeta, geometry: PageGeometry): Table {
  return borderlessTable(headerColumns(geometry), [[copiesColumn(meta.copies), signatureColumn(meta.signer)]]);
}
